package io.openshop.service.catalog.infrastructure;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.PriceList;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductColumn;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.EntityPages;
import io.openshop.service.platform.infrastructure.GridOrder;
import io.openshop.service.platform.infrastructure.GridTotals;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The catalog in PostgreSQL. Listings fetch each product's category in the same statement. */
@ApplicationScoped
public class JpaCatalogRepository implements CatalogRepository {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Override
    public Page<Product> products(PageRequest request) {
        TypedQuery<Product> rows = em.createQuery(
                "select p from Product p join fetch p.category where p.status = :published"
                        + " order by p.createdAt desc, p.id desc", Product.class)
                .setParameter("published", ProductStatus.PUBLISHED);
        long total = productCount();
        return page(rows, request, total);
    }

    @Override
    public Page<Product> productsIn(Slug category, PageRequest request) {
        List<Long> subtree = subtreeIds(category);
        TypedQuery<Product> rows = em.createQuery(
                        "select p from Product p join fetch p.category c where c.id in :ids and p.status = :published"
                                + " order by p.createdAt desc, p.id desc", Product.class)
                .setParameter("ids", subtree)
                .setParameter("published", ProductStatus.PUBLISHED);
        long total = em.createQuery("select count(p) from Product p where p.category.id in :ids and p.status = :published", Long.class)
                .setParameter("ids", subtree)
                .setParameter("published", ProductStatus.PUBLISHED)
                .getSingleResult();
        return page(rows, request, total);
    }

    @Override
    public List<Product> selection(Slug categoryOrNull, String text, int max) {
        String contains = text == null || text.isBlank() ? null
                : "%" + SqlValues.likeEscaped(text.strip().toLowerCase(Locale.ROOT)) + "%";
        StringBuilder jpql = new StringBuilder("select p from Product p join fetch p.category c where 1 = 1");
        if (categoryOrNull != null) {
            jpql.append(" and c.id in :ids");
        }
        if (contains != null) {
            jpql.append(" and (lower(p.name) like :text escape '\\' or lower(p.sku) like :text escape '\\')");
        }
        TypedQuery<Product> query = em.createQuery(jpql.append(" order by p.sku").toString(), Product.class).setMaxResults(max);
        if (categoryOrNull != null) {
            query.setParameter("ids", subtreeIds(categoryOrNull));
        }
        if (contains != null) {
            query.setParameter("text", contains);
        }
        return query.getResultList();
    }

    /** The category and all categories below it. */
    private List<Long> subtreeIds(Slug category) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("with recursive subtree(id) as ("
                        + " select id from category where slug = ?1"
                        + " union all select c.id from category c join subtree s on c.parent_id = s.id)"
                        + " select id from subtree")
                .setParameter(1, category.value())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Category> topCategories() {
        return em.createQuery("select c from Category c where c.parent is null order by c.name", Category.class)
                .getResultList();
    }

    private static Page<Product> page(TypedQuery<Product> rows, PageRequest request, long total) {
        List<Product> items = rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public List<Product> newestSoldIn(Currency currency, int count) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select p.id from " + PriceSql.pricedProducts("?1")
                        + " where p.eff_price is not null order by p.created_at desc, p.id desc limit ?2")
                .setParameter(1, currency.getCurrencyCode())
                .setParameter(2, count)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(Number::longValue).toList();
        Map<Long, Product> byId = em.createQuery("select p from Product p join fetch p.category where p.id in :ids", Product.class)
                .setParameter("ids", order)
                .getResultStream()
                .collect(Collectors.toMap(Product::getId, p -> p));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Product> productBySlug(Slug slug) {
        return em.createQuery("select p from Product p join fetch p.category where p.slug = :slug", Product.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Category> categoryBySlug(Slug slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean skuTaken(Sku sku) {
        return !em.createQuery("select v.id from Variant v where v.sku = :sku", Long.class)
                .setParameter("sku", sku.value()).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select p.id from Product p where p.sku = :sku", Long.class)
                .setParameter("sku", sku.value()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<ProductType> productTypeBySlug(Slug slug) {
        return em.createQuery("select t from ProductType t where t.slug = :slug", ProductType.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.name", Category.class).getResultList();
    }

    @Override
    public long productCount() {
        return em.createQuery("select count(p) from Product p where p.status = :published", Long.class)
                .setParameter("published", ProductStatus.PUBLISHED).getSingleResult();
    }

    @Override
    public Page<Product> staffProducts(String text, Slug categoryOrNull, ProductStatus statusOrNull, Sort<ProductColumn> sort, PageRequest request) {
        String words = text == null ? "" : PostgresProductSearch.normalise(text.strip());
        String sku = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!sku.isEmpty()) {
            params.add("%" + SqlValues.likeEscaped(words) + "%");
            params.add(sku);
            where.add("(search_name like ?" + (params.size() - 1) + " escape '\\' or sku = ?" + params.size() + ")");
        }
        if (categoryOrNull != null) {
            // Ids come from our own table, never from the request: safe to inline.
            where.add("category_id in (" + subtreeIds(categoryOrNull).stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")");
        }
        if (statusOrNull != null) {
            params.add(statusOrNull.name());
            where.add("status = ?" + params.size());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query ids = em.createNativeQuery("select id from product" + filter + " order by " + order(sort == null ? ProductColumn.DEFAULT : sort).terms()
                + " offset " + request.offset() + " limit " + request.size());
        for (int i = 0; i < params.size(); i++) {
            ids.setParameter(i + 1, params.get(i));
        }
        return EntityPages.read(em, ids, "select p from Product p join fetch p.category where p.id in :ids", Product.class, Product::getId,
                request, GridTotals.total(em, "product", filter, params));
    }

    /** Each sortable column and the index that serves it: the SKU's unique one, V065's name index, V002's price and V001's created. */
    private static GridOrder order(Sort<ProductColumn> sort) {
        return switch (sort.column()) {
            case SKU -> GridOrder.of(sort, "sku", true);
            case NAME -> GridOrder.of(sort, "lower(name)", false);
            case PRICE -> GridOrder.of(sort, "price_amount", false);
            case CREATED -> GridOrder.of(sort, "created_at", false);
        };
    }

    @Override
    public List<PriceList> priceLists() {
        return em.createQuery("select l from PriceList l order by l.currency, l.priority desc, l.code", PriceList.class).getResultList();
    }

    @Override
    public List<ProductType> productTypes() {
        return em.createQuery("select t from ProductType t order by t.name", ProductType.class).getResultList();
    }

    @Override
    public Map<Long, Money> listEntries(Product product) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.id, cast(e.amount as text), l.currency from price_list_entry e"
                        + " join price_list l on l.id = e.price_list_id where e.product_id = ?1")
                .setParameter(1, product.getId()).getResultList();
        Map<Long, Money> entries = new HashMap<>();
        for (Object[] row : rows) {
            entries.put(((Number) row[0]).longValue(), Money.of((String) row[1], (String) row[2]));
        }
        return entries;
    }

    @Override
    public void setListEntry(PriceList list, Product product, Money amountOrNull) {
        if (amountOrNull == null) {
            em.createNativeQuery("delete from price_list_entry where price_list_id = ?1 and product_id = ?2")
                    .setParameter(1, list.getId()).setParameter(2, product.getId()).executeUpdate();
        } else {
            em.createNativeQuery("insert into price_list_entry (price_list_id, product_id, amount) values (?1, ?2, ?3)"
                            + " on conflict (price_list_id, product_id) do update set amount = excluded.amount")
                    .setParameter(1, list.getId()).setParameter(2, product.getId()).setParameter(3, amountOrNull.amount())
                    .executeUpdate();
        }
    }

    @Override
    public Map<Long, Money> listPrices(Collection<Long> productIds, Currency currency) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        // Ids are ours (Long), never text from a request: safe to inline.
        String ids = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.product_id, cast(b.amount as text) from ("
                        + PriceSql.bestEntries("?1") + ") b where b.product_id in (" + ids + ")")
                .setParameter(1, currency.getCurrencyCode())
                .getResultList();
        Map<Long, Money> prices = new HashMap<>();
        for (Object[] row : rows) {
            prices.put(((Number) row[0]).longValue(), Money.of(new BigDecimal((String) row[1]), currency));
        }
        return prices;
    }

    @Override
    public List<Variant> variants(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Variant v join fetch v.product where v.id in :ids", Variant.class)
                .setParameter("ids", List.copyOf(variantIds)).getResultList();
    }

    @Override
    public Optional<Variant> variantBySku(Sku sku) {
        return em.createQuery("select v from Variant v join fetch v.product where v.sku = :sku", Variant.class)
                .setParameter("sku", sku.value()).getResultStream().findFirst();
    }

    @Override
    public void add(PriceList priceList) {
        em.persist(priceList);
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }

    /** PostgreSQL's refusals (unique slug or SKU, the category tree's cycle check) as the caller's errors. */
    @Override
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String constraint = violatedConstraint(e);
            if (constraint == null) {
                throw e;
            }
            if (constraint.contains("slug")) {
                throw new InvalidInputException("slug", "is already used");
            }
            if (constraint.contains("sku")) {
                throw new InvalidInputException("sku", "is already used");
            }
            if (constraint.contains("cycle")) {
                throw new InvalidInputException("parent", "would make a cycle in the category tree");
            }
            throw new InvalidInputException("input", "breaks the rule " + constraint);
        }
    }

    /** The name of the constraint PostgreSQL reported, or null when the failure was something else. */
    private static String violatedConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || "P0001".equals(sql.getSQLState()))) {
                String message = String.valueOf(sql.getMessage());
                int at = message.indexOf('"');
                int end = at < 0 ? -1 : message.indexOf('"', at + 1);
                return end > at ? message.substring(at + 1, end) : message;
            }
        }
        return null;
    }
}
