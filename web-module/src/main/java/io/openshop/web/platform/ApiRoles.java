package io.openshop.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces a resource method's (or, failing that, its class's) {@code @RolesAllowed} at the API's
 * boundary, before the method runs or reads its input: no valid token answers 401 with
 * {@code WWW-Authenticate}, a token without one of the roles 403, both as problems, in the words
 * of {@link AccessDeniedMapper}. {@code @PermitAll} on the method opens it to anyone. The EJB services
 * check their callers again; the resources' roles are what the OpenAPI document declares for each
 * operation ({@link ApiDocument}). Jersey's own RolesAllowedDynamicFeature is not used because it
 * answers 403 to a caller who has not signed in at all.
 */
@Provider
public class ApiRoles implements DynamicFeature {

    /** In {@code @RolesAllowed}: any signed-in account, whatever its roles. */
    public static final String ANY_ACCOUNT = "**";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Check(List.of(allowed.value())));
        }
    }

    /** The check of one resource method's roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Sign in to do this."))
                        .header("WWW-Authenticate", "Bearer realm=\"openshop\"").build());
            } else if (!roles.contains(ANY_ACCOUNT) && roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Your account may not do this."));
            }
        }

        @Override
        public String toString() {
            return "roles " + Arrays.toString(roles.toArray());
        }
    }
}
