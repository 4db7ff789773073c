package io.openshop.web.promotion;

import jakarta.ws.rs.QueryParam;
import io.openshop.domain.promotion.CouponColumn;
import io.openshop.domain.shared.Sort;
import io.openshop.web.platform.QueryParameters;
import io.openshop.web.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.service.promotion.CouponAdminService;
import io.openshop.service.promotion.CouponView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Coupons for ADMIN and CATALOG_MANAGER (the EJB boundary checks the role and the body; every change is audited). */
@Path("admin/coupons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coupons")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CouponAdminResource {

    @Inject
    CouponAdminService coupons;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Coupons whose code starts with the text given (any case; all without one), with their uses and whether"
            + " they are active, one page at a time: newest first by default, sort=code, uses or created (a leading - for descending)")
    @APIResponse(responseCode = "200", description = "One page of coupons")
    @APIResponse(responseCode = "400", description = "A sort or paging parameter is malformed")
    @APIResponse(responseCode = "403", description = "The caller may not manage coupons")
    public PageResponse<CouponResponse> list(@QueryParam("code") String code, @QueryParam("sort") String sort,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(coupons.coupons(code, Sort.parse(CouponColumn.class, sort, CouponColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)), CouponResponse::of);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One coupon")
    @APIResponse(responseCode = "404", description = "No coupon with this code")
    public CouponResponse one(@PathParam("code") String code) {
        return CouponResponse.of(coupons.coupon(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Defines a coupon (audited)")
    @APIResponse(responseCode = "201", description = "Created; Location of the coupon",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouponResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the code is already a coupon's; the field is named")
    public Response create(CouponRequest body) {
        CouponView created = coupons.create(body == null ? null : body.toDraft(), request.getRemoteAddr());
        return Response.created(UriBuilder.fromResource(CouponAdminResource.class).path("{code}").build(created.getCode()))
                .entity(CouponResponse.of(created)).build();
    }

    @POST
    @Path("{code}/deactivate")
    @Operation(summary = "Deactivates a coupon: checkout refuses it from now on (audited)")
    @APIResponse(responseCode = "200", description = "The coupon, inactive")
    @APIResponse(responseCode = "404", description = "No coupon with this code")
    public CouponResponse deactivate(@PathParam("code") String code) {
        return CouponResponse.of(coupons.deactivate(code, request.getRemoteAddr()));
    }

    @POST
    @Path("{code}/activate")
    @Operation(summary = "Activates a deactivated coupon again (audited)")
    @APIResponse(responseCode = "200", description = "The coupon, active")
    @APIResponse(responseCode = "404", description = "No coupon with this code")
    public CouponResponse activate(@PathParam("code") String code) {
        return CouponResponse.of(coupons.activate(code, request.getRemoteAddr()));
    }
}
