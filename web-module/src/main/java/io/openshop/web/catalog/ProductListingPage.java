package io.openshop.web.catalog;

import io.openshop.domain.catalog.FacetValue;
import io.openshop.domain.catalog.PriceBand;
import io.openshop.domain.catalog.ProductQuery;
import io.openshop.domain.catalog.ProductSort;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.service.catalog.ProductListing;
import io.openshop.web.platform.QueryParameters;
import io.openshop.web.analytics.Tracker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The category listing and the search results: one bookmarkable page of products, its facets
 * and orders, all from the URL's parameters (q, c, price, sort, after, size).
 */
@Named
@RequestScoped
public class ProductListingPage {

    static final int PAGE_SIZE = 24;

    @Inject
    CatalogService catalog;

    @Inject
    FacesContext faces;

    @Inject
    Tracker tracker;

    @Inject
    CurrencyPreference currency;

    private String q;
    private String c;
    private String price;
    private String sort;
    private String after;
    private String size;
    private ProductListing result;
    private CategoryView category;
    private Map<String, String> attributes = Map.of();

    /** Runs before rendering: a missing category is a 404, an exact SKU goes straight to its product. */
    public void load() throws IOException {
        try {
            if (c != null && !c.isBlank()) {
                category = catalog.category(c.strip());
            }
            Map<String, List<String>> params = new HashMap<>();
            faces.getExternalContext().getRequestParameterValuesMap().forEach((k, v) -> params.put(k, List.of(v)));
            attributes = QueryParameters.attributeFilters(params);
            result = catalog.search(ProductQuery.of(q, c, price, sort, after,
                    QueryParameters.integer("size", size, PAGE_SIZE), currency.getCurrent(), attributes));
            if (isSearch() && after == null) {
                tracker.search(q, result.total());
            }
            if (result.exactProduct().isPresent() && after == null) {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/product.xhtml?slug=" + result.exactProduct().get());
            }
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        } catch (InvalidInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "That listing cannot be shown: " + e.getMessage() + ".", null));
        }
    }

    public String getTitle() {
        if (category != null) {
            return category.name();
        }
        return q == null || q.isBlank() ? "All products" : "Results for \u201c" + q.strip() + "\u201d";
    }

    public boolean isSearch() {
        return q != null && !q.isBlank();
    }

    /** The current listing's URL with one parameter changed (null removes it); the page position resets. */
    public String link(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("c", c);
        params.put("price", price);
        params.put("sort", sort);
        params.put("size", size);
        attributes.forEach((code, v) -> params.put(QueryParameters.ATTRIBUTE_PREFIX + code, v));
        params.put(name, value);
        if (!"after".equals(name)) {
            params.remove("after");
        }
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String view = category != null && !isSearch() ? "/category.xhtml" : "/search.xhtml";
        return faces.getExternalContext().getRequestContextPath() + view + (query.isEmpty() ? "" : "?" + query);
    }

    public List<ProductSort> getSorts() {
        return isSearch() ? List.of(ProductSort.values())
                : List.of(ProductSort.NEWEST, ProductSort.PRICE_ASC, ProductSort.PRICE_DESC);
    }

    public String sortLabel(ProductSort s) {
        return switch (s) {
            case RELEVANCE -> "Best match";
            case NEWEST -> "Newest";
            case PRICE_ASC -> "Price, low to high";
            case PRICE_DESC -> "Price, high to low";
        };
    }

    public String getCurrentSort() {
        return ProductSort.parse(sort, isSearch()).key();
    }

    public boolean isAttributeSelected(String code, String value) {
        return value.equals(attributes.get(code));
    }

    public String attributeParam(String code) {
        return QueryParameters.ATTRIBUTE_PREFIX + code;
    }

    public boolean isPriceSelected(FacetValue band) {
        return band.key().equals(price);
    }

    public String priceLabel(FacetValue band) {
        return PriceBand.ALL.stream().filter(b -> b.key().equals(band.key())).findFirst()
                .map(b -> {
                    String symbol = currency.getCurrent().getSymbol(Locale.ENGLISH);
                    return b.to() == null ? symbol + b.from() + " and more" : symbol + b.from() + " to " + symbol + b.to();
                })
                .orElse(band.label());
    }

    public ProductListing getResult() {
        return result;
    }

    public CategoryView getCategory() {
        return category;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
