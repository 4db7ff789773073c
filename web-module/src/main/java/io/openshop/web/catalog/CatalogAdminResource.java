package io.openshop.web.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.BulkPriceChange;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.service.catalog.ProductDraft;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.web.platform.Problem;
import io.openshop.web.platform.MoneyResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Staff edit the catalog: ADMIN and CATALOG_MANAGER only (checked by the EJB boundary). A
 * product's representation carries its version as an ETag; a change must send it back in
 * If-Match, so that nobody overwrites a change they have not seen.
 */
@Path("admin/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog administration")
public class CatalogAdminResource {

    /** A new product. Only these fields are read; an id, version or anything else sent is ignored. */
    public record NewProductRequest(String category, String slug, String sku, String name, String description,
                                    BigDecimal price, String currency) {
    }

    public record ProductChange(String name, String description, BigDecimal price, String currency) {
    }

    public record Classification(String type, Map<String, String> attributes) {
    }

    public record NewCategoryRequest(String slug, String name, String description, String parent) {
    }

    public record CategoryMove(String parent) {
    }

    /** A selection (a category and its subtree, a text in the name or SKU) and a change: PERCENT or AMOUNT and its value. */
    public record PriceChangeRequest(String category, String text, String kind, BigDecimal value, Integer expectedProducts) {
    }

    /** A price change's preview or result. */
    public record PriceChangeResponse(int products, List<LineResponse> lines, String change) {
        /** One product's price before and after. */
        public record LineResponse(String sku, String name, MoneyResponse before, MoneyResponse after) {
        }

        static PriceChangeResponse of(BulkPriceChange c) {
            return new PriceChangeResponse(c.products(), c.lines().stream().map(l -> new LineResponse(l.sku(), l.name(),
                    MoneyResponse.of(l.before()), MoneyResponse.of(l.after()))).toList(), c.change());
        }
    }

    public record StaffProductResponse(String slug, String sku, String name, String description,
                                       ProductResponse.PriceResponse basePrice, String category, String type,
                                       Map<String, String> attributes, long version) {
        static StaffProductResponse of(StaffProduct p) {
            return new StaffProductResponse(p.slug(), p.sku(), p.name(), p.description(),
                    new ProductResponse.PriceResponse(p.basePrice().amount(), p.basePrice().currency().getCurrencyCode()),
                    p.category(), p.type(), p.attributes(), p.version());
        }
    }

    public record CategoryResponse(String slug, String name, String parent) {
        static CategoryResponse of(CategoryView c) {
            return new CategoryResponse(c.slug(), c.name(), c.parent());
        }
    }

    @Inject
    CatalogAdminService admin;

    @POST
    @Path("products")
    @Operation(summary = "Creates a product (staff)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new product")
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the slug or SKU is taken")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in without a catalog role")
    public Response create(NewProductRequest body) {
        NewProductRequest r = required(body);
        StaffProduct created = admin.createProduct(new ProductDraft(r.category(), r.slug(), r.sku(), r.name(), r.description(),
                r.price(), r.currency()));
        URI location = UriBuilder.fromResource(CatalogAdminResource.class).path("products/{slug}")
                .build(created.slug());
        return Response.created(location).tag(etag(created)).entity(StaffProductResponse.of(created)).build();
    }

    @GET
    @Path("products/{slug}")
    @Operation(summary = "A product as staff edit it, with its version as ETag")
    public Response get(@PathParam("slug") String slug) {
        StaffProduct product = admin.product(slug);
        return Response.ok(StaffProductResponse.of(product)).tag(etag(product)).build();
    }

    @PUT
    @Path("products/{slug}")
    @Operation(summary = "Changes a product's name, description and base price; If-Match must carry the ETag read")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, ProductChange body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.response(Response.Status.PRECONDITION_REQUIRED,
                    "Send the product's ETag in If-Match, so that a change made since you read it is not overwritten", null);
        }
        ProductChange c = required(body);
        StaffProduct changed = admin.updateProduct(slug, version(ifMatch), c.name(), c.description(), c.price(), c.currency());
        return Response.ok(StaffProductResponse.of(changed)).tag(etag(changed)).build();
    }

    @PUT
    @Path("products/{slug}/attributes")
    @Operation(summary = "Sets a product's type and attribute values; values are checked against the type")
    public StaffProductResponse classify(@PathParam("slug") String slug, Classification body) {
        Classification c = required(body);
        return StaffProductResponse.of(admin.classify(slug, c.type(), c.attributes()));
    }

    @POST
    @Path("categories")
    @Operation(summary = "Creates a category, at the top or under a parent")
    public Response createCategory(NewCategoryRequest body) {
        NewCategoryRequest r = required(body);
        CategoryView created = admin.createCategory(r.slug(), r.name(), r.description(), r.parent());
        return Response.status(Response.Status.CREATED).entity(CategoryResponse.of(created)).build();
    }

    @PUT
    @Path("categories/{slug}/parent")
    @Operation(summary = "Moves a category with its whole subtree under another (parent null: to the top)")
    @APIResponse(responseCode = "400", description = "The move would make a cycle, or the parent does not exist")
    public CategoryResponse move(@PathParam("slug") String slug, CategoryMove body) {
        return CategoryResponse.of(admin.moveCategory(slug, required(body).parent()));
    }

    @POST
    @Path("price-changes/preview")
    @Operation(summary = "What a price change to a selection of products would do (PERCENT or AMOUNT), changing nothing:"
            + " the number of products and the first 100 by SKU, before and after")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "400", description = "A bad selection or change, or one that would make a price negative; the field is named")
    public PriceChangeResponse previewPriceChange(PriceChangeRequest body) {
        PriceChangeRequest r = body == null ? new PriceChangeRequest(null, null, null, null, null) : body;
        return PriceChangeResponse.of(admin.previewPriceChange(r.category(), r.text(), r.kind(), r.value()));
    }

    @POST
    @Path("price-changes")
    @Operation(summary = "Applies a previewed price change in one transaction, each product's change audited; refused when the"
            + " selection no longer has expectedProducts")
    @APIResponse(responseCode = "200", description = "What was changed, with the name the audit entries carry")
    @APIResponse(responseCode = "400", description = "A bad selection or change, or the selection changed since the preview; the field is named")
    public PriceChangeResponse applyPriceChange(PriceChangeRequest body) {
        PriceChangeRequest r = body == null ? new PriceChangeRequest(null, null, null, null, null) : body;
        return PriceChangeResponse.of(admin.applyPriceChange(r.category(), r.text(), r.kind(), r.value(),
                r.expectedProducts() == null ? -1 : r.expectedProducts()));
    }

    private static EntityTag etag(StaffProduct product) {
        return new EntityTag(String.valueOf(product.version()));
    }

    private static long version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the product as read");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required (JSON)");
        }
        return body;
    }
}
