package io.openshop.service.checkout.infrastructure;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * TaxJar's sales tax calculation (https://developers.taxjar.com/api/reference/#post-calculate-sales-tax-for-an-order)
 * as a MicroProfile Rest Client: {@code POST /v2/taxes} with the order's addresses, amount,
 * shipping and line items answers with the tax to collect and, per line and for shipping, the
 * combined rate. Authentication is {@code Authorization: Bearer <token>}. No {@code @Path} on the
 * interface: the server's JAX-RS scan would take it for a resource of the shop's own API.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TaxJarApi {

    @POST
    @Path("v2/taxes")
    Response taxes(@HeaderParam("Authorization") String authorization, JsonObject order);
}
