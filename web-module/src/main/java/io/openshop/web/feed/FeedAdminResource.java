package io.openshop.web.feed;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.feed.FeedGeneration;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.feed.FeedService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sitemap's and product feed's last generation, and regenerating them now (ADMIN). */
@Path("admin/feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class FeedAdminResource {

    @Inject
    FeedService feeds;

    @GET
    @Operation(summary = "The last generation of /sitemap.xml and /feeds/google-merchant.tsv|xml: the catalog state read, when,"
            + " how many products and files (ADMIN, CATALOG_MANAGER)")
    @APIResponse(responseCode = "200", description = "The last generation")
    @APIResponse(responseCode = "404", description = "The feeds were never generated")
    public FeedGeneration last() {
        return feeds.lastGeneration().orElseThrow(() -> new NotFoundException("feed generation", "last"));
    }

    @POST
    @Operation(summary = "Regenerates the sitemap and the product feed now, changed or not (ADMIN)")
    @APIResponse(responseCode = "200", description = "The generation just made")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @RolesAllowed(Roles.ADMIN)
    public FeedGeneration refresh() {
        return feeds.refreshNow();
    }
}
