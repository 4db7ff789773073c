package io.openshop.web.analytics;

import io.openshop.web.platform.SameOrigin;
import jakarta.annotation.security.PermitAll;
import io.openshop.domain.analytics.AnalyticsConsent;
import io.openshop.web.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The consent banner's and the privacy choices page's form: remembers the visitor's answer for
 * 180 days and, with a yes, gives the browser a random visitor id; a no (or a withdrawal) deletes
 * the id. A plain HTML form (the catalog pages carry no Faces view state), so a request from
 * another site is refused by its Origin: no page elsewhere can answer for the visitor.
 */
@Path("privacy/consent")
@RequestScoped
@Tag(name = "Privacy")
@PermitAll
public class ConsentResource {

    static final int DAYS = 180;
    /** A path of this shop: one slash, then no slash or backslash right after it. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, // the storefront's cookie-banner form, not an API for other systems
            summary = "Records the visitor's analytics choice (analytics or none) in cookies and returns to the page")
    @APIResponse(responseCode = "303", description = "Back to the page the form was on")
    @APIResponse(responseCode = "400", description = "The choice is neither analytics nor none")
    @APIResponse(responseCode = "403", description = "The form was sent from another site")
    public Response choose(@FormParam("choice") String choice, @FormParam("return") String back) {
        if (!SameOrigin.of(request)) {
            return Problem.response(Response.Status.FORBIDDEN, "Choose on this shop's own pages.");
        }
        AnalyticsConsent consent = AnalyticsConsent.fromChoice(choice);
        Response.ResponseBuilder answer = Response.seeOther(local(back))
                .cookie(cookie(VisitorConsent.CONSENT_COOKIE, consent.cookieValue(), DAYS));
        if (consent == AnalyticsConsent.GIVEN) {
            answer.cookie(cookie(VisitorConsent.VISITOR_COOKIE, UUID.randomUUID().toString(), DAYS));
        } else {
            answer.cookie(cookie(VisitorConsent.VISITOR_COOKIE, "", 0));
        }
        return answer.build();
    }

    private NewCookie cookie(String name, String value, int days) {
        return new NewCookie.Builder(name).value(value).path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(days * 86_400).httpOnly(true).secure(request.isSecure()).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The page to go back to: a path of this shop, else its home page. */
    private URI local(String back) {
        if (back != null && LOCAL_PATH.matcher(back).matches()) {
            try {
                return URI.create(back);
            } catch (IllegalArgumentException notAUri) {
                // fall through to the home page
            }
        }
        return URI.create(request.getContextPath() + "/");
    }
}
