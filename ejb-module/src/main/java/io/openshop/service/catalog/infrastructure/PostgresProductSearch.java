package io.openshop.service.catalog.infrastructure;

import io.openshop.domain.catalog.FacetValue;
import io.openshop.domain.catalog.Offer;
import io.openshop.domain.catalog.PriceBand;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductQuery;
import io.openshop.domain.catalog.ProductSearch;
import io.openshop.domain.catalog.ProductSort;
import io.openshop.domain.catalog.SearchResult;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Product search on PostgreSQL itself: full text on a weighted tsvector (name and SKU above
 * description), trigram word similarity on the punctuation-free name for typos, facet counts
 * computed over the same conditions, and keyset pagination. A search costs the same handful of
 * statements whatever the page size; what it computes over all its hits (total, facets, first
 * page) is kept in the {@link ListingCache} under the catalog's version, so a repeated listing
 * costs the version check, the page's products and their prices.
 */
@ApplicationScoped
public class PostgresProductSearch implements ProductSearch {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    private record Node(long id, Long parentId, String slug, String name) {
    }

    /**
     * The FROM and WHERE clauses of a search, with their parameters; built with or without some
     * conditions. The FROM item is the products with their price in the query's currency.
     */
    private static final class Conditions {
        final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();
        String from;

        String param(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        String where() {
            return " from " + from + (parts.isEmpty() ? "" : " where " + String.join(" and ", parts));
        }
    }

    /**
     * How alike a word must be to a word of a product name to count as a typo of it. pg_trgm's
     * default (0.6) misses one dropped letter in short words ("tshrt" for "tshirt" scores 0.5).
     */
    static final String WORD_SIMILARITY_THRESHOLD = "0.4";

    /** What is computed over all of a query's hits, the same for every page of it. */
    private record Counts(long total, List<FacetValue> categories, List<FacetValue> prices,
                          List<SearchResult.AttributeFacet> attributes, Optional<String> exactSku) {
    }

    /** A query's cache key, leaving out what does not change its counts (order, page size, cursor). */
    private record CountsKey(String catalogState, String currency, String text, Long scope, String price,
                             Map<String, String> attributes) {
    }

    private record FirstPageKey(CountsKey counts, ProductSort sort, int size) {
    }

    private record StateKey(String what, String catalogState) {
    }

    @Inject
    ListingCache cache;

    @Override
    public SearchResult search(ProductQuery query) {
        String state = catalogState(query.currency());
        Map<Long, Node> tree = cache.get(new StateKey("category-tree", state), this::categoryTree);
        Node scope = query.category() == null ? null : tree.values().stream()
                .filter(n -> n.slug().equals(query.category())).findFirst()
                .orElseThrow(() -> new NotFoundException("Category", query.category()));

        Map<String, String> facetLabels = cache.get(new StateKey("facet-labels", state), this::facetAttributes);
        for (String code : query.attributes().keySet()) {
            if (!facetLabels.containsKey(code)) {
                throw new InvalidInputException("attr." + code, "is not an attribute products can be filtered by");
            }
        }
        boolean[] thresholdSet = {false};
        Runnable beforeTextStatements = () -> {
            if (query.hasText() && !thresholdSet[0]) {
                // Local to this transaction, so the trigram index still serves the <% operator.
                em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                        .setParameter(1, WORD_SIMILARITY_THRESHOLD).getSingleResult();
                thresholdSet[0] = true;
            }
        };
        Conditions all = conditions(query, tree, scope, true, true);
        CountsKey countsKey = new CountsKey(state, query.currency().getCurrencyCode(), query.text(),
                scope == null ? null : scope.id(), query.price().map(PriceBand::key).orElse(null), query.attributes());
        List<Object[]> rows;
        if (query.after() == null) {
            rows = cache.get(new FirstPageKey(countsKey, query.sort(), query.size()), () -> {
                beforeTextStatements.run();
                return hits(query, all);
            });
        } else {
            beforeTextStatements.run();
            rows = hits(query, all);
        }
        boolean more = rows.size() > query.size();
        List<Object[]> page = more ? rows.subList(0, query.size()) : rows;

        Counts counts = cache.get(countsKey, () -> {
            beforeTextStatements.run();
            // The category facet lists only the listed category's children, whose subtrees lie
            // inside it: counting per category under the query's own conditions gives those
            // numbers and, summed, the total, in one pass over the hits instead of two passes,
            // one of them over the whole catalog (docs/performance.md).
            Map<Long, Long> perCategory = countsPerCategory(all);
            return new Counts(perCategory.values().stream().mapToLong(Long::longValue).sum(),
                    categoryFacet(perCategory, tree, scope),
                    priceFacet(conditions(query, tree, scope, true, false)),
                    attributeFacets(query, tree, scope, facetLabels),
                    exactSku(query));
        });
        return new SearchResult(
                offers(page, query.currency()),
                counts.total(),
                counts.categories(),
                counts.prices(),
                counts.attributes(),
                more ? Optional.of(cursor(query.sort(), page.get(page.size() - 1))) : Optional.empty(),
                counts.exactSku());
    }

    /**
     * The catalog's version and the price lists of the currency in force now: together they fix
     * every count a listing shows, so they key the cache (one cheap statement per request).
     */
    private String catalogState(Currency currency) {
        return (String) em.createNativeQuery("select cast(v.value as text) || '/' || coalesce((select string_agg("
                        + "cast(l.id as text), ',' order by l.id) from price_list l where l.currency = ?1"
                        + " and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now())),"
                        + " '') from catalog_version v")
                .setParameter(1, currency.getCurrencyCode())
                .getSingleResult();
    }

    private Map<Long, Node> categoryTree() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, parent_id, slug, name from category").getResultList();
        return rows.stream().map(r -> new Node(((Number) r[0]).longValue(),
                        r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2], (String) r[3]))
                .collect(Collectors.toMap(Node::id, Function.identity()));
    }

    private static Set<Long> subtree(Node root, Map<Long, Node> tree) {
        Set<Long> ids = new HashSet<>();
        ids.add(root.id());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node n : tree.values()) {
                if (n.parentId() != null && ids.contains(n.parentId()) && ids.add(n.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    private static Conditions conditions(ProductQuery query, Map<Long, Node> tree, Node scope,
                                         boolean withCategory, boolean withPrice) {
        return conditions(query, tree, scope, withCategory, withPrice, null);
    }

    /** The conditions of the query, optionally without the category, the price band or one attribute filter. */
    private static Conditions conditions(ProductQuery query, Map<Long, Node> tree, Node scope,
                                         boolean withCategory, boolean withPrice, String withoutAttribute) {
        Conditions c = new Conditions();
        c.from = PriceSql.pricedProducts(c.param(query.currency().getCurrencyCode()));
        c.parts.add("p.eff_price is not null"); // not sold in this currency: not listed
        if (query.hasText()) {
            c.parts.add("(p.search_vector @@ websearch_to_tsquery('english', " + c.param(query.text()) + ")"
                    + " or " + c.param(normalise(query.text())) + " <% p.search_name)");
        }
        if (withCategory && scope != null) {
            // Ids come from our own table, never from the request: safe to inline.
            c.parts.add("p.category_id in (" + subtree(scope, tree).stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")");
        }
        query.attributes().forEach((code, value) -> {
            if (!code.equals(withoutAttribute)) {
                c.parts.add("exists (select 1 from product_attribute a where a.product_id = p.id and a.code = "
                        + c.param(code) + " and a.value = " + c.param(value) + ")");
            }
        });
        if (withPrice && query.price().isPresent()) {
            PriceBand band = query.price().get();
            c.parts.add("p.eff_price >= " + c.param(band.from()));
            if (band.to() != null) {
                c.parts.add("p.eff_price < " + c.param(band.to()));
            }
        }
        return c;
    }

    /** Lowercase letters, digits and spaces, as the search_name column keeps names. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}\\s]+", "").strip();
    }

    private List<Object[]> hits(ProductQuery query, Conditions base) {
        Conditions c = new Conditions();
        c.params.addAll(base.params);
        String score = query.hasText()
                ? "cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', " + c.param(query.text()) + "), 32)"
                  + " + word_similarity(" + c.param(normalise(query.text())) + ", p.search_name) as float8)"
                : "cast(0 as float8)";
        String keyset = "";
        String order;
        Cursor after = query.after() == null ? null : Cursor.parse(query.after(), query.sort());
        switch (query.sort()) {
            case RELEVANCE -> {
                order = "h.score desc, h.id desc";
                if (after != null) {
                    String v = c.param(after.value());
                    keyset = " where (h.score < cast(" + v + " as float8) or (h.score = cast(" + v + " as float8) and h.id < "
                            + c.param(after.id()) + "))";
                }
            }
            case NEWEST -> {
                order = "h.created_at desc, h.id desc";
                if (after != null) {
                    keyset = " where (h.created_at, h.id) < (cast(" + c.param(after.value()) + " as timestamptz), "
                            + c.param(after.id()) + ")";
                }
            }
            case PRICE_ASC -> {
                order = "h.price_amount asc, h.id asc";
                if (after != null) {
                    keyset = " where (h.price_amount, h.id) > (cast(" + c.param(after.value()) + " as numeric), "
                            + c.param(after.id()) + ")";
                }
            }
            case PRICE_DESC -> {
                order = "h.price_amount desc, h.id desc";
                if (after != null) {
                    keyset = " where (h.price_amount, h.id) < (cast(" + c.param(after.value()) + " as numeric), "
                            + c.param(after.id()) + ")";
                }
            }
            default -> throw new IllegalStateException("Unknown sort " + query.sort());
        }
        String sql = "select h.id, h.score, h.price_text, h.created_text from ("
                + "select p.id, " + score + " as score, p.eff_price as price_amount, p.created_at,"
                + " cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text"
                + base.where() + ") h" + keyset
                + " order by " + order + " limit " + (query.size() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), c).getResultList();
        return rows;
    }

    /** The page's products in hit order, each at the price the hit was found at. */
    private List<Offer> offers(List<Object[]> page, Currency currency) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Product> byId = em.createQuery("select p from Product p join fetch p.category where p.id in :ids", Product.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        return page.stream()
                .filter(r -> byId.containsKey(((Number) r[0]).longValue()))
                .map(r -> new Offer(byId.get(((Number) r[0]).longValue()), Money.of(new BigDecimal((String) r[2]), currency)))
                .toList();
    }

    private Map<Long, Long> countsPerCategory(Conditions c) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(
                "select p.category_id, count(*)" + c.where() + " group by p.category_id"), c).getResultList();
        Map<Long, Long> perCategory = new HashMap<>();
        rows.forEach(r -> perCategory.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return perCategory;
    }

    /** The listed category's children (the top categories when none is listed) with the hits in their subtrees. */
    private static List<FacetValue> categoryFacet(Map<Long, Long> perCategory, Map<Long, Node> tree, Node scope) {
        Long parent = scope == null ? null : scope.id();
        return tree.values().stream()
                .filter(n -> Objects.equals(n.parentId(), parent))
                .map(n -> new FacetValue(n.slug(), n.name(),
                        subtree(n, tree).stream().mapToLong(id -> perCategory.getOrDefault(id, 0L)).sum()))
                .filter(f -> f.count() > 0)
                .sorted(Comparator.comparing(FacetValue::label))
                .toList();
    }

    /** Codes and labels of the attributes marked as facets, over all product types. */
    private Map<String, String> facetAttributes() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select code, min(label) from product_type_attribute where facet group by code order by code").getResultList();
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(r -> labels.put((String) r[0], (String) r[1]));
        return labels;
    }

    /**
     * Counts per value of every facet attribute: one statement for the attributes not filtered
     * on, and one more per attribute that is (its own filter left out, so its other values show
     * what choosing them instead would give).
     */
    private List<SearchResult.AttributeFacet> attributeFacets(ProductQuery query, Map<Long, Node> tree, Node scope,
                                                              Map<String, String> labels) {
        if (labels.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        List<String> unfiltered = labels.keySet().stream().filter(code -> !query.attributes().containsKey(code)).toList();
        if (!unfiltered.isEmpty()) {
            countAttributeValues(conditions(query, tree, scope, true, true), unfiltered, counts);
        }
        for (String code : query.attributes().keySet()) {
            countAttributeValues(conditions(query, tree, scope, true, true, code), List.of(code), counts);
        }
        return labels.entrySet().stream()
                .filter(e -> counts.containsKey(e.getKey()))
                .map(e -> new SearchResult.AttributeFacet(e.getKey(), e.getValue(), counts.get(e.getKey()).entrySet().stream()
                        .map(v -> new FacetValue(v.getKey(), v.getKey(), v.getValue())).toList()))
                .toList();
    }

    private void countAttributeValues(Conditions c, List<String> codes, Map<String, Map<String, Long>> counts) {
        String in = codes.stream().map(c::param).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select a.code, a.value, count(*) from product_attribute a"
                + " where a.code in (" + in + ") and a.product_id in (select p.id" + c.where() + ")"
                + " group by a.code, a.value order by a.code, a.value"), c).getResultList();
        rows.forEach(r -> counts.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                .put((String) r[1], ((Number) r[2]).longValue()));
    }

    private List<FacetValue> priceFacet(Conditions c) {
        StringBuilder band = new StringBuilder("case");
        for (PriceBand b : PriceBand.ALL) {
            // Band limits are our own constants: safe to inline.
            band.append(" when p.eff_price >= ").append(b.from().toPlainString());
            if (b.to() != null) {
                band.append(" and p.eff_price < ").append(b.to().toPlainString());
            }
            band.append(" then '").append(b.key()).append("'");
        }
        band.append(" end");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select " + band + " as band, count(*)" + c.where()
                + " group by 1"), c).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return PriceBand.ALL.stream()
                .map(b -> new FacetValue(b.key(), b.label(), counts.getOrDefault(b.key(), 0L)))
                .filter(f -> f.count() > 0)
                .toList();
    }

    private Optional<String> exactSku(ProductQuery query) {
        if (!query.hasText() || query.text().contains(" ")) {
            return Optional.empty();
        }
        Sku sku;
        try {
            sku = Sku.parse(query.text());
        } catch (InvalidInputException notASku) {
            return Optional.empty();
        }
        // A product's own SKU, or the SKU of one of its variants.
        return em.createQuery("select p.slug from Product p where p.sku = :sku", String.class)
                .setParameter("sku", sku.value()).getResultStream().findFirst()
                .or(() -> em.createQuery("select v.product.slug from Variant v where v.sku = :sku", String.class)
                        .setParameter("sku", sku.value()).getResultStream().findFirst());
    }

    private static Query bind(Query q, Conditions c) {
        for (int i = 0; i < c.params.size(); i++) {
            q.setParameter(i + 1, c.params.get(i));
        }
        return q;
    }

    private static String cursor(ProductSort sort, Object[] last) {
        String value = switch (sort) {
            case RELEVANCE -> Double.toString(((Number) last[1]).doubleValue());
            case NEWEST -> (String) last[3];
            case PRICE_ASC, PRICE_DESC -> (String) last[2];
        };
        return new Cursor(sort, value, ((Number) last[0]).longValue()).encode();
    }

    private static final DateTimeFormatter PG_TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true).optionalEnd()
            .appendPattern("X")
            .toFormatter(Locale.ROOT);

    /**
     * Where a page ended: the order, sort value and id of its last row, opaque to clients. A
     * cursor is checked before use, so a forged or stale one is a 400, never a database error.
     */
    record Cursor(ProductSort sort, String value, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((sort.key() + "|" + value + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String text, ProductSort expected) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
                if (parts.length != 3 || !parts[0].equals(expected.key())) {
                    throw new IllegalArgumentException("cursor of another order");
                }
                switch (expected) {
                    case RELEVANCE -> Double.parseDouble(parts[1]);
                    case NEWEST -> OffsetDateTime.parse(parts[1], PG_TIMESTAMPTZ);
                    case PRICE_ASC, PRICE_DESC -> new BigDecimal(parts[1]);
                }
                return new Cursor(expected, parts[1], Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a page position this shop gave out for this order");
            }
        }
    }
}
