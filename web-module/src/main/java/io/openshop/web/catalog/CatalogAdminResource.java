package io.openshop.web.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.catalog.ProductColumn;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Sort;
import io.openshop.service.catalog.BulkPriceChange;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.service.catalog.ProductDraft;
import io.openshop.service.catalog.ImageService;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.service.catalog.StaffProductRow;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.QueryParameters;
import io.openshop.web.platform.Problem;
import io.openshop.web.platform.MoneyResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
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

import java.io.InputStream;
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
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CatalogAdminResource {

    /** A new product. Only these fields are read; an id, version or anything else sent is ignored. */
    public record NewProductRequest(String category, String slug, String sku, String name, String description,
                                    BigDecimal price, String currency, String type, String status) {
    }

    /** An option of a product: its code, label and values in display order. */
    public record OptionRequest(String code, String label, List<String> values) {
    }

    /** A product's options, in display order: none gives it its single default variant. */
    public record OptionsRequest(List<OptionRequest> options) {
    }

    /** A product in the back office's list. */
    public record ProductRowResponse(String slug, String sku, String name, String category, MoneyResponse basePrice,
                                     String status, String imageHash) {
        static ProductRowResponse of(StaffProductRow r) {
            return new ProductRowResponse(r.slug(), r.sku(), r.name(), r.category(), MoneyResponse.of(r.basePrice()),
                    r.status().name(), r.imageHash());
        }
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
                                       Map<String, String> attributes, String status, List<OptionRequest> options,
                                       List<VariantResponse> variants, List<ListPriceResponse> listPrices,
                                       List<ImageResponse> images, long version) {
        /** A variant with its own price (null: the product's). */
        public record VariantResponse(String sku, Map<String, String> options, MoneyResponse ownPrice) {
        }

        /** What a price list sets for the product (amount null: nothing). */
        public record ListPriceResponse(String code, String name, String currency, MoneyResponse amount) {
        }

        public record ImageResponse(String contentHash, String altText) {
        }

        static StaffProductResponse of(StaffProduct p) {
            return new StaffProductResponse(p.slug(), p.sku(), p.name(), p.description(),
                    new ProductResponse.PriceResponse(p.basePrice().amount(), p.basePrice().currency().getCurrencyCode()),
                    p.category(), p.type(), p.attributes(), p.status().name(),
                    p.options().stream().map(o -> new OptionRequest(o.code(), o.label(), o.values())).toList(),
                    p.variants().stream().map(v -> new VariantResponse(v.sku(), v.options(), MoneyResponse.of(v.ownPrice()))).toList(),
                    p.listPrices().stream().map(l -> new ListPriceResponse(l.code(), l.name(), l.currency(), MoneyResponse.of(l.amount())))
                            .toList(),
                    p.images().stream().map(i -> new ImageResponse(i.contentHash(), i.altText())).toList(),
                    p.version());
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
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the slug or SKU is taken")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in without a catalog role")
    public Response create(NewProductRequest body) {
        NewProductRequest r = required(body);
        StaffProduct created = admin.create(new ProductDraft(r.category(), r.slug(), r.sku(), r.name(), r.description(),
                r.price(), r.currency(), r.type()), ProductStatus.parse("status", r.status(), ProductStatus.PUBLISHED));
        URI location = UriBuilder.fromResource(CatalogAdminResource.class).path("products/{slug}")
                .build(created.slug());
        return Response.created(location).tag(etag(created)).entity(StaffProductResponse.of(created)).build();
    }

    @GET
    @Path("products")
    @Operation(summary = "The back office's product list, drafts and unpublished products included: q in the"
            + " name or the exact product SKU, a category's subtree, a status (DRAFT, PUBLISHED, UNPUBLISHED); sorted by"
            + " sku, name, price or created (a leading - for descending; -created, newest first, by default); unfiltered,"
            + " the total is an estimate")
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public PageResponse<ProductRowResponse> list(@QueryParam("q") String q, @QueryParam("category") String category,
                                                 @QueryParam("status") String status, @QueryParam("sort") String sort,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(admin.products(q, category, ProductStatus.parse("status", status, null),
                Sort.parse(ProductColumn.class, sort, ProductColumn.DEFAULT), QueryParameters.pageRequest(page, size)), ProductRowResponse::of);
    }

    @GET
    @Path("products/{slug}")
    @Operation(summary = "A product as staff edit it, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The product; its ETag is the version to send in If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response get(@PathParam("slug") String slug) {
        StaffProduct product = admin.product(slug);
        return Response.ok(StaffProductResponse.of(product)).tag(etag(product)).build();
    }

    @PUT
    @Path("products/{slug}")
    @Operation(summary = "Changes a product's name, description and base price; If-Match must carry the ETag read")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, ProductChange body) {
        ProductChange c = required(body);
        return changed(ifMatch, version -> admin.updateProduct(slug, version, c.name(), c.description(), c.price(), c.currency()));
    }

    @POST
    @Path("products/{slug}/publish")
    @Operation(summary = "Puts a draft or unpublished product on the storefront; If-Match must carry the ETag read")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response publish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        return changed(ifMatch, version -> admin.publish(slug, version));
    }

    @POST
    @Path("products/{slug}/unpublish")
    @Operation(summary = "Takes a product off the storefront (not listed, found, shown nor sold), keeping it; If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response unpublish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        return changed(ifMatch, version -> admin.unpublish(slug, version));
    }

    @PUT
    @Path("products/{slug}/options")
    @Operation(summary = "Sets a product's options (at most 3) and so its variants, one per combination; surviving"
            + " combinations keep their SKU, stock and price; If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response options(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, OptionsRequest body) {
        List<OptionSpec> specs = (required(body).options() == null ? List.<OptionRequest>of() : body.options()).stream()
                .map(o -> new OptionSpec(o == null ? null : o.code(), o == null ? null : o.label(), o == null ? null : o.values()))
                .toList();
        return changed(ifMatch, version -> admin.defineOptions(slug, version, specs));
    }

    @PUT
    @Path("products/{slug}/variant-prices")
    @Operation(summary = "Sets variants' own prices by SKU in the base currency (null: the product's price); If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response variantPrices(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
                                  Map<String, BigDecimal> body) {
        Map<String, BigDecimal> prices = required(body);
        return changed(ifMatch, version -> admin.priceVariants(slug, version, prices));
    }

    @PUT
    @Path("products/{slug}/list-prices")
    @Operation(summary = "Sets what price lists charge for the product, by list code (null: off that list); If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response listPrices(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
                               Map<String, BigDecimal> body) {
        Map<String, BigDecimal> amounts = required(body);
        return changed(ifMatch, version -> admin.setListPrices(slug, version, amounts));
    }

    @POST
    @Path("products/{slug}/images")
    @Consumes(MediaType.WILDCARD) // what the bytes are is decided by reading them, not by what the client says
    @Operation(summary = "Adds a picture (PNG or JPEG, at most 5 MB and 8000 px a side, checked by decoding it); If-Match required")
    @APIResponse(responseCode = "400", description = "Not a readable PNG or JPEG, too large, or the product has 12 pictures")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response addImage(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
                             @QueryParam("alt") String alt, InputStream body) {
        byte[] data;
        try { // one byte more than allowed is enough to refuse it: never read a huge body whole
            data = body == null ? new byte[0] : body.readNBytes(ImageService.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("image", "could not be read");
        }
        return changed(ifMatch, version -> admin.addPicture(slug, version, data, alt));
    }

    @DELETE
    @Path("products/{slug}/images/{hash}")
    @Operation(summary = "Takes a picture off the product; If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response removeImage(@PathParam("slug") String slug, @PathParam("hash") String hash, @HeaderParam("If-Match") String ifMatch) {
        return changed(ifMatch, version -> admin.removePicture(slug, version, hash));
    }

    @PUT
    @Path("products/{slug}/images/{hash}/first")
    @Operation(summary = "Makes a picture the one listings show; If-Match required")
    @APIResponse(responseCode = "200", description = "The product after the change; its ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffProductResponse.class)))
    public Response imageFirst(@PathParam("slug") String slug, @PathParam("hash") String hash, @HeaderParam("If-Match") String ifMatch) {
        return changed(ifMatch, version -> admin.showPictureFirst(slug, version, hash));
    }

    /** A change that names the version it was made against: 428 without If-Match, the new ETag with the answer. */
    private static Response changed(String ifMatch, java.util.function.LongFunction<StaffProduct> change) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.response(Response.Status.PRECONDITION_REQUIRED,
                    "Send the product's ETag in If-Match, so that a change made since you read it is not overwritten", null);
        }
        StaffProduct changed = change.apply(version(ifMatch));
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
    @APIResponse(responseCode = "201", description = "The category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class)))
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
