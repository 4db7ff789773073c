package io.openshop.web.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.ProductView;
import io.openshop.web.review.ProductReviews;
import io.openshop.web.analytics.Tracker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The product detail page, bookmarkable by slug; an unknown slug is a 404. */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    CatalogService catalog;

    @Inject
    FacesContext faces;

    @Inject
    Tracker tracker;

    @Inject
    CurrencyPreference currency;

    @Inject
    ProductReviews reviews;

    private String slug;
    private ProductView product;
    private ProductView.VariantView selected;
    private final Map<String, String> choice = new HashMap<>();

    public void load() throws IOException {
        if (product != null) {
            return;
        }
        try {
            product = catalog.view(slug, currency.getCurrent());
            reviews.show(product.id());
            Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
            for (ProductView.Option option : product.options()) {
                String value = params.get(OPTION_PARAM + option.code());
                if (value != null && option.values().contains(value)) {
                    choice.put(option.code(), value);
                }
            }
            selected = product.variantWith(choice).orElse(null);
            if (!faces.isPostback()) {
                tracker.productView(product.slug());
            }
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    /**
     * The product, loaded on first use. On a GET the view action loads it; on a postback of the
     * review form Faces evaluates the page's rendered conditions while decoding, before any action
     * runs, so the first getter loads it (the slug then comes from the form's own hidden field).
     */
    private void loaded() {
        if (product != null || faces.getResponseComplete()) {
            return;
        }
        if (slug == null) {
            slug = faces.getExternalContext().getRequestParameterMap().get("slug");
        }
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The absolute address of this product's page, for the canonical link and structured data. */
    public String getCanonicalUrl() {
        loaded();
        ExternalContext ext = faces.getExternalContext();
        int port = ext.getRequestServerPort();
        boolean defaultPort = ("http".equals(ext.getRequestScheme()) && port == 80) || ("https".equals(ext.getRequestScheme()) && port == 443);
        return ext.getRequestScheme() + "://" + ext.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + ext.getRequestContextPath() + "/product.xhtml?slug=" + product.slug();
    }

    /**
     * schema.org Product data, with aggregateRating and reviews once some are published. JSON-P
     * escapes quotes and control characters, and every "<" becomes \\u003c, so no value (a review's
     * "</script>" included) can end the script element or open a comment in it.
     */
    public String getJsonLd() {
        loaded();
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Product")
                .add("name", product.name())
                .add("description", product.description())
                .add("sku", product.sku())
                .add("url", getCanonicalUrl())
                .add("category", product.category().name());
        ProductView.VariantView shown = getShown();
        Money offered = getPrice();
        if (offered != null) {
            JsonObjectBuilder offer = Json.createObjectBuilder()
                    .add("@type", "Offer")
                    .add("price", offered.amount().toPlainString())
                    .add("priceCurrency", offered.currency().getCurrencyCode());
            if (shown != null) {
                offer.add("sku", shown.sku())
                        .add("availability", shown.stock() == StockStatus.OUT_OF_STOCK
                                ? "https://schema.org/OutOfStock" : "https://schema.org/InStock");
            }
            data.add("offers", offer);
        }
        reviews.addTo(data);
        return data.build().toString().replace("<", "\\u003c");
    }

    public String getMetaDescription() {
        loaded();
        String text = product.description().isBlank() ? product.name() : product.description();
        return text.length() <= 155 ? text : text.substring(0, 152) + "...";
    }

    /** Option values are chosen with parameters named opt-CODE (opt-size=M): bookmarkable, no script needed. */
    public static final String OPTION_PARAM = "opt-";

    /** The price now in the shopper's currency: the chosen variant's, else the product's; null when not sold in it. */
    public Money getPrice() {
        loaded();
        return selected != null ? selected.price() : product == null ? null : product.price();
    }

    public ProductView.VariantView getSelected() {
        loaded();
        return selected;
    }

    /** A product without options is its one variant: chosen from the start. */
    public ProductView.VariantView getShown() {
        loaded();
        if (product == null) {
            return null; // the page answered 404 (no such product)
        }
        return selected != null ? selected : product.options().isEmpty() ? product.variants().get(0) : null;
    }

    public boolean isChosen(String option, String value) {
        loaded();
        return value.equals(choice.get(option));
    }

    public String getOptionParam() {
        return OPTION_PARAM;
    }

    /** A product's attributes as label and value, in the order its type defines them. */
    public record Fact(String label, String value) {
    }

    public List<Fact> getFacts() {
        loaded();
        if (product == null) {
            return List.of();
        }
        return product.facts().stream()
                .map(a -> new Fact(a.label(), switch (a.value()) {
                    case "true" -> a.kind() == AttributeKind.BOOLEAN ? "Yes" : "true";
                    case "false" -> a.kind() == AttributeKind.BOOLEAN ? "No" : "false";
                    default -> a.value();
                }))
                .toList();
    }

    public String stockLabel(ProductView.VariantView variant) {
        return switch (variant.stock()) {
            case IN_STOCK -> "In stock";
            case LOW_STOCK -> "Only " + variant.available() + " left";
            case OUT_OF_STOCK -> "Out of stock";
        };
    }

    /** What a shopper must choose before price and stock show: "size and colour". */
    public String getChoicePrompt() {
        loaded();
        return product == null ? "" : String.join(" and ", product.options().stream()
                .map(o -> o.label().toLowerCase(Locale.ROOT)).toList());
    }

    public ProductView getProduct() {
        loaded();
        return product;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
