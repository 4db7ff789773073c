package io.openshop.web.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.service.identity.AddressBookService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in customer's address book (bearer token). Another customer's address id is a 404. */
@Path("me/addresses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed(Roles.CUSTOMER)
public class AddressBookResource {

    @Inject
    AddressBookService addresses;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's addresses")
    public List<AddressResponse> list() {
        signedIn();
        return addresses.myAddresses().stream().map(AddressResponse::of).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One of the caller's addresses")
    @APIResponse(responseCode = "404", description = "No such address in the caller's address book")
    public AddressResponse get(@PathParam("id") long id) {
        signedIn();
        return AddressResponse.of(addresses.myAddress(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an address")
    @APIResponse(responseCode = "201", description = "The new address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddressResponse.class)))
    public Response add(AddressRequest body) {
        signedIn();
        AddressResponse created = AddressResponse.of(addresses.add(required(body).draft()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces one of the caller's addresses")
    public AddressResponse change(@PathParam("id") long id, AddressRequest body) {
        signedIn();
        return AddressResponse.of(addresses.change(id, required(body).draft()));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Removes one of the caller's addresses")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") long id) {
        signedIn();
        addresses.remove(id);
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
    }

    private static AddressRequest required(AddressRequest body) {
        if (body == null) {
            throw new InvalidInputException("address", "is required");
        }
        return body;
    }
}
