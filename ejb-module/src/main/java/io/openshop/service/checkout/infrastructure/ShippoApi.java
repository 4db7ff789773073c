package io.openshop.service.checkout.infrastructure;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of Shippo's REST API (https://docs.goshippo.com/shippoapi/public-api/) the shop uses,
 * as a MicroProfile Rest Client: a shipment with {@code async=false} answers with its rates,
 * a track with the parcel's status, an address with {@code validate=true} with its validation
 * results. Authentication is the header {@code Authorization: ShippoToken <token>}. No {@code @Path}
 * on the interface: the server's JAX-RS scan would take it for a resource of the shop's own API.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShippoApi {

    @POST
    @Path("shipments/")
    Response createShipment(@HeaderParam("Authorization") String authorization, JsonObject shipment);

    @GET
    @Path("tracks/{carrier}/{trackingNumber}")
    Response track(@HeaderParam("Authorization") String authorization, @PathParam("carrier") String carrier,
                   @PathParam("trackingNumber") String trackingNumber);

    @POST
    @Path("addresses/")
    Response createAddress(@HeaderParam("Authorization") String authorization, JsonObject address);
}
