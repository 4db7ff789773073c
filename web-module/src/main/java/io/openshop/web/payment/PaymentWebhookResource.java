package io.openshop.web.payment;

import jakarta.annotation.security.PermitAll;
import io.openshop.service.payment.PaymentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where Stripe posts its events. The body is taken as the exact text that was signed; the
 * signature is checked before anything is read from it.
 */
@Path("payments/webhooks/stripe")
@RequestScoped
@Tag(name = "Payments")
@PermitAll
public class PaymentWebhookResource {

    @Inject
    PaymentService payments;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receives a Stripe event (signed with the endpoint's secret in the Stripe-Signature header)",
            description = "Each event id is handled once; a replay is acknowledged with duplicate=true and changes nothing.")
    @APIResponse(responseCode = "200", description = "Handled, skipped or ignored; see outcome",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing, bad or stale signature, or not an event")
    public WebhookResponse receive(String payload) {
        Map<String, String> values = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        return WebhookResponse.of(payments.receiveWebhook(payload, values));
    }
}
