package io.openshop.web.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes the OpenAPI document Payara generates from the resources a contract other systems can
 * build on (lint-clean under Redocly's recommended rules, docs/integrations.md#the-api-contract):
 * <ul>
 * <li>each operation's id is its resource and method ({@code couponAdminOne}), unique in the
 * document, so a client can be generated from it;</li>
 * <li>each operation's security is declared from the {@code @RolesAllowed} or {@code @PermitAll}
 * of its resource method (or class), which {@link ApiRoles} enforces: a bearer token
 * ({@code components.securitySchemes.bearer}) and the roles (as {@code x-roles} and in the
 * description), or none for a public operation; a protected operation documents its 401 and 403;</li>
 * <li>path templates without the JAX-RS regular expressions ({@code {id}}, not {@code {id: [0-9]+}});</li>
 * <li>every error response is application/problem+json with the {@link Problem} schema;</li>
 * <li>schemas without the defaults Payara writes for {@code @Schema} (a {@code maxProperties: 0}
 * would forbid every property of an object);</li>
 * <li>the tags described once, the server relative to the document, Payara's own
 * {@code endpoints} member removed.</li>
 * </ul>
 * Named by mp.openapi.filter in the EJB module's microprofile-config.properties: Payara reads an
 * EAR's configuration through the EAR's class loader, which does not see WEB-INF/classes.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";
    static final String ROLES_EXTENSION = "x-roles";
    private static final String API_ROOT = "/api";

    /** What the document says of each resource method, by "METHOD /path/template". */
    private final Map<String, Endpoint> endpoints = endpoints();

    /** One JAX-RS resource method: its operation id, who may call it (empty roles: public), and the method. */
    record Endpoint(String operationId, Optional<List<String>> roles, Method method) {
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (isError(code)) {
                    response.setContent(problemContent());
                }
            });
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        // Payara writes the annotation's defaults as if they had been set
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        // @Schema(example = "10") is a string even on a number
        if (schema.getExample() instanceof String example && schema.getType() != null) {
            try {
                if (schema.getType() == Schema.SchemaType.NUMBER) {
                    schema.setExample(new java.math.BigDecimal(example));
                } else if (schema.getType() == Schema.SchemaType.INTEGER) {
                    schema.setExample(Long.parseLong(example));
                }
            } catch (NumberFormatException e) {
                schema.setExample(null);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A token from POST /api/auth/token, sent as 'Authorization: Bearer <token>'"));
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("The shop that serves this document")));
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0"));
        }
        openAPI.setTags(distinctTags(openAPI.getTags()));
        if (openAPI.getPaths() != null) {
            openAPI.setPaths(documented(openAPI.getPaths(), components));
        }
        withoutPayaraEndpoints(openAPI);
        ApiSchemas.unmark(components);
        ApiSchemas.removeUnused(openAPI);
    }

    private Paths documented(Paths paths, Components components) {
        Map<String, PathItem> byTemplate = new TreeMap<>();
        paths.getPathItems().forEach((path, item) -> byTemplate.merge(template(path), item, ApiDocument::merged));
        Paths result = OASFactory.createPaths();
        byTemplate.forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> describe(method.name() + " " + path, operation, components));
            result.addPathItem(path, item);
        });
        return result;
    }

    private static PathItem merged(PathItem a, PathItem b) {
        b.getOperations().forEach(a::setOperation);
        return a;
    }

    private void describe(String key, Operation operation, Components components) {
        Endpoint endpoint = endpoints.get(key);
        if (endpoint == null) {
            throw new IllegalStateException("no resource method answers " + key + "; is its class in ApiResources?");
        }
        operation.setOperationId(endpoint.operationId());
        success(endpoint.method(), operation, components);
        requestBody(endpoint.method(), operation, components);
        APIResponses answers = operation.getResponses();
        if (!key.startsWith("GET ") && answers.getAPIResponse("409") == null) {
            answers.addAPIResponse("409", problem("The change breaks a rule of the thing's current state; the problem says which"));
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
                && answers.getAPIResponse("428") == null) {
            answers.addAPIResponse("428", problem("If-Match is missing"));
        }
        if (endpoint.roles().isEmpty()) {
            // public: the empty requirement (anonymous) is the one to meet; Payara leaves out an empty list
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
            return;
        }
        List<String> roles = endpoint.roles().get();
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        operation.addExtension(ROLES_EXTENSION, roles);
        String who = roles.isEmpty() ? "Any signed-in account." : "Roles: " + String.join(", ", roles) + ".";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token").content(problemContent()));
        }
        if (!roles.isEmpty() && responses.getAPIResponse("403") == null) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("The caller has none of the roles " + String.join(", ", roles))
                    .content(problemContent()));
        }
    }

    /**
     * The success answer from the method's return type: Payara gives the return type to whichever
     * response a method declares first, even an error, and to none when the type is another
     * module's, so a declared 2xx often had no content and an undeclared one was missing.
     */
    private static void success(Method method, Operation operation, Components components) {
        Type returned = method.getGenericReturnType();
        boolean nothing = returned == void.class;
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean declared = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        APIResponse fallback = responses.getDefaultValue();
        if (!declared) {
            responses.addAPIResponse(nothing ? "204" : "200", OASFactory.createAPIResponse()
                    .description(fallback == null || "Default Response.".equals(fallback.getDescription()) ? "Done"
                            : fallback.getDescription()));
        }
        if (fallback != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        // what any operation of its kind can answer, where the method does not say it in its own words
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if ((parameters || operation.getRequestBody() != null) && responses.getAPIResponse("400") == null) {
            responses.addAPIResponse("400", problem("A parameter or the body is malformed or breaks a rule"));
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)
                && responses.getAPIResponse("404") == null) {
            responses.addAPIResponse("404", problem("Nothing has this address"));
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            responses.addAPIResponse("406", problem("The Accept header names no media type this operation answers"));
        }
        if (operation.getRequestBody() != null && responses.getAPIResponse("415") == null) {
            responses.addAPIResponse("415", problem("The body is not of a media type this operation reads"));
        }
        if (responses.getAPIResponse("500") == null) {
            responses.addAPIResponse("500", problem("Something failed that should not have; the problem names the incident logged"));
        }
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", problem("The database cannot be reached; try again after Retry-After seconds"));
        }
        String mediaType = produces(method);
        for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse annotated
                : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            // a declared implementation class, as a reference to its schema rather than inlined
            APIResponse response = responses.getAPIResponse(annotated.responseCode());
            for (org.eclipse.microprofile.openapi.annotations.media.Content content : annotated.content()) {
                if (response == null || isError(annotated.responseCode())) {
                    continue;
                }
                // Payara mixes another schema's properties into a bare @Schema(type = ...): built here from the annotation
                org.eclipse.microprofile.openapi.annotations.media.Schema declaredSchema = content.schema();
                Schema schema;
                if (declaredSchema.implementation() != Void.class) {
                    schema = ApiSchemas.of(declaredSchema.implementation(), components);
                } else if (declaredSchema.type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
                    schema = OASFactory.createSchema().type(Schema.SchemaType.valueOf(declaredSchema.type().name()));
                    if (!declaredSchema.format().isEmpty()) {
                        schema.setFormat(declaredSchema.format());
                    }
                } else {
                    continue;
                }
                if (response.getContent() == null) {
                    response.setContent(OASFactory.createContent());
                }
                response.getContent().addMediaType(content.mediaType().isEmpty() ? mediaType : content.mediaType(),
                        OASFactory.createMediaType().schema(schema));
            }
        }
        if (nothing || returned == Response.class) {
            return; // a Response's content is declared by the method's own @APIResponse
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && !"204".equals(code)) {
                response.setContent(OASFactory.createContent().addMediaType(mediaType,
                        OASFactory.createMediaType().schema(ApiSchemas.of(returned, components))));
            }
        });
    }

    /** The request body's schema from the method's entity parameter (the one without a JAX-RS annotation). */
    private static void requestBody(Method method, Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (java.lang.reflect.Parameter parameter : parameters) {
            boolean bound = Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                    || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
            if (!bound && parameter.getType().isRecord()) {
                Schema schema = ApiSchemas.of(parameter.getParameterizedType(), components);
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> type.setSchema(schema));
                return;
            }
        }
    }

    private static String produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0].split(",")[0].strip();
    }

    /** The resource methods of {@link ApiResources}, by "METHOD /api/path/template". */
    static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (Class<?> resource : ApiResources.CLASSES) {
            String stem = resource.getSimpleName().replaceFirst("Resource$", "");
            stem = stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1);
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                Optional<String> httpMethod = Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                        .filter(t -> t.isAnnotationPresent(HttpMethod.class)).map(t -> t.getAnnotation(HttpMethod.class).value()).findFirst();
                if (httpMethod.isEmpty()) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = template(API_ROOT + "/" + classPath + (methodPath == null ? "" : "/" + methodPath.value()));
                String id = stem + method.getName().substring(0, 1).toUpperCase(Locale.ROOT) + method.getName().substring(1);
                Endpoint previous = endpoints.put(httpMethod.get() + " " + path, new Endpoint(id, roles(method), method));
                if (previous != null) {
                    throw new IllegalStateException("two resource methods answer " + httpMethod.get() + " " + path);
                }
            }
        }
        List<String> ids = endpoints.values().stream().map(Endpoint::operationId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalStateException("operation ids are not unique: " + ids);
        }
        return endpoints;
    }

    /** Who may call the method: empty when anyone may; an empty list for any signed-in account ({@code @RolesAllowed("**")}). */
    static Optional<List<String>> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            throw new IllegalStateException(method + " is @DenyAll: remove it instead");
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return Optional.empty();
        }
        List<String> roles = Arrays.stream(allowed.value()).filter(r -> !ApiRoles.ANY_ACCOUNT.equals(r)).sorted().toList();
        return Optional.of(roles);
    }

    /**
     * A path as OpenAPI writes it: slashes single, no trailing one, and each parameter's regular
     * expression removed ({@code /reviews/{id: [0-9]{1,18}}/publish} becomes {@code /reviews/{id}/publish}).
     */
    static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    inRegex = false;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(c);
                }
            } else if (depth == 1 && c == ':') {
                inRegex = true;
            } else if (depth == 0 || (depth == 1 && !inRegex && c != ' ')) {
                out.append(c);
            }
        }
        String normalised = out.toString().replaceAll("/{2,}", "/");
        return normalised.length() > 1 && normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
    }

    private static List<Tag> distinctTags(List<Tag> tags) {
        Map<String, Tag> byName = new TreeMap<>();
        if (tags != null) {
            for (Tag tag : tags) {
                Tag kept = byName.putIfAbsent(tag.getName(), tag);
                if (kept != null && kept.getDescription() == null) {
                    kept.setDescription(tag.getDescription());
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Payara adds its own {@code endpoints} member (a list of the paths by context root), which OpenAPI does not have. */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing of Payara's to remove
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    static boolean isError(String code) {
        return code != null && (code.startsWith("4") || code.startsWith("5"));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** RFC 9457's members as {@link Problem} writes them, and the field messages of a refused input. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json)")
                .addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .description("Field name to message, for input that broke a rule")
                        .additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }
}
