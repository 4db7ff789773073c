package io.openshop.web.catalog;

import io.openshop.domain.catalog.Offer;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;

/** The product detail page, bookmarkable by slug; an unknown slug is a 404. */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    CatalogService catalog;

    @Inject
    FacesContext faces;

    @Inject
    CurrencyPreference currency;

    private String slug;
    private Product product;
    private Money price;

    public void load() throws IOException {
        try {
            Offer offer = catalog.offer(slug, currency.getCurrent());
            product = offer.product();
            price = offer.price();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    /** The absolute address of this product's page, for the canonical link and structured data. */
    public String getCanonicalUrl() {
        ExternalContext ext = faces.getExternalContext();
        int port = ext.getRequestServerPort();
        boolean defaultPort = ("http".equals(ext.getRequestScheme()) && port == 80) || ("https".equals(ext.getRequestScheme()) && port == 443);
        return ext.getRequestScheme() + "://" + ext.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + ext.getRequestContextPath() + "/product.xhtml?slug=" + product.getSlug().value();
    }

    /** schema.org Product data; JSON-P escapes the text and "<" is escaped so no value can end the script element. */
    public String getJsonLd() {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Product")
                .add("name", product.getName())
                .add("description", product.getDescription())
                .add("sku", product.getSku().value())
                .add("url", getCanonicalUrl())
                .add("category", product.getCategory().getName());
        if (price != null) {
            data.add("offers", Json.createObjectBuilder()
                    .add("@type", "Offer")
                    .add("price", price.amount().toPlainString())
                    .add("priceCurrency", price.currency().getCurrencyCode()));
        }
        return data.build().toString().replace("<", "\\u003c");
    }

    public String getMetaDescription() {
        String text = product.getDescription().isBlank() ? product.getName() : product.getDescription();
        return text.length() <= 155 ? text : text.substring(0, 152) + "...";
    }

    /** The price now in the shopper's currency; null when the product is not sold in it. */
    public Money getPrice() {
        return price;
    }

    public Product getProduct() {
        return product;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
