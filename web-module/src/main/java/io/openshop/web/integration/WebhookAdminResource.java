package io.openshop.web.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.service.integration.SubscriptionView;
import io.openshop.service.integration.WebhookService;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Webhook subscriptions for ADMIN: subscribe a URL to event types (the signing secret is in the
 * answer, once), list and remove subscriptions, read a subscriber's delivery log, replay a
 * delivery. How subscribers check signatures: docs/integrations.md.
 */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhookAdminResource {

    /** A subscription as an administrator asks for it. */
    public record SubscriptionRequest(String url, List<String> events) {
    }

    /** A new subscription with its signing secret, shown this once. */
    public record NewSubscriptionResponse(SubscriptionView subscription, String secret) {
    }

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribes an http(s) URL to event types; the answer holds the signing secret, never shown again (ADMIN)")
    @APIResponse(responseCode = "201", description = "The subscription and its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "No valid URL, or no or an unknown event type")
    public Response subscribe(SubscriptionRequest body) {
        WebhookService.NewSubscription made = webhooks.subscribe(body == null ? null : body.url(), body == null ? null : body.events());
        return Response.status(Response.Status.CREATED)
                .entity(new NewSubscriptionResponse(made.subscription(), made.secret())).build();
    }

    @GET
    @Operation(summary = "The webhook subscriptions, with each one's circuit (ADMIN)")
    public List<SubscriptionView> subscriptions() {
        return webhooks.subscriptions();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stops deliveries to a subscriber; its delivery log stays (ADMIN)")
    @APIResponse(responseCode = "200", description = "The subscription, inactive")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView unsubscribe(@PathParam("id") long id) {
        return webhooks.unsubscribe(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A subscriber's delivery log, newest first: status, attempts, last answer code, latency and error (ADMIN)")
    public List<WebhookDelivery> deliveries(@PathParam("id") long id, @QueryParam("max") String max) {
        return webhooks.deliveries(id, QueryParameters.integer("max", max, 100));
    }

    @POST
    @Path("deliveries/{id}/replay")
    @Operation(summary = "Delivers the event of a logged delivery again, as a new delivery (ADMIN)")
    @APIResponse(responseCode = "200", description = "The new delivery, pending")
    @APIResponse(responseCode = "404", description = "No such delivery")
    public WebhookDelivery replay(@PathParam("id") long id) {
        return webhooks.replay(id);
    }
}
