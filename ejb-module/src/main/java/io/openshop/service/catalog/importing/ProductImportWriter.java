package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.ImportReferences.Resolved;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductImportRow;
import io.openshop.domain.catalog.Slug;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk in the chunk's transaction: new products (with their default variant and
 * attributes) in JDBC batches, ids taken the way EclipseLink takes them (each nextval of a
 * sequence is a block of 50); existing products through the domain ({@link Product#importFrom}),
 * so the shared cache of every instance learns of the change and an unchanged product is not
 * touched; price-list prices and stock levels (never below what orders have reserved, each
 * change with its stock movement) as upserts that leave equal values alone; then the chunk's row
 * errors and counts. A row is "unchanged" when none of this changed anything.
 */
@Named("productImportWriter")
@Dependent
public class ProductImportWriter extends AbstractItemWriter {

    private static final int BLOCK = 50;

    @Inject
    JobContext job;

    @Inject
    ImportCatalog catalog;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        long importId = ProductImportReader.importId(job);
        List<RowOutcome> failed = new ArrayList<>();
        Map<String, RowOutcome> ok = new LinkedHashMap<>();
        for (Object item : items) {
            RowOutcome row = (RowOutcome) item;
            if (row.isOk()) {
                ok.put(row.sku(), row);
            } else {
                failed.add(row);
            }
        }
        int created = 0;
        int updated = 0;
        try (Connection c = dataSource.getConnection()) {
            String actor = text(c, "select created_by from catalog_import where id = ?", importId);
            Map<String, Long> existing = ids(c, "select sku, id from product where sku = any(?)", ok.keySet());
            refuseStockBelowReserved(c, ok, failed);
            List<RowOutcome> fresh = ok.values().stream().filter(r -> !existing.containsKey(r.sku())).toList();
            refuseTakenSlugs(c, fresh, ok, failed);
            fresh = fresh.stream().filter(r -> ok.containsKey(r.sku())).toList();

            Map<String, Long> productIds = new HashMap<>(existing);
            productIds.putAll(insertProducts(c, fresh));
            created = fresh.size();

            Set<String> changed = new HashSet<>(updateProducts(ok, existing));
            changed.addAll(upsertPrices(c, ok, productIds));
            changed.addAll(upsertStock(c, ok, actor, importId));
            for (String sku : changed) {
                if (existing.containsKey(sku)) {
                    updated++;
                }
            }
            insertErrors(c, importId, failed);
            try (PreparedStatement ps = c.prepareStatement("update catalog_import set rows_read = rows_read + ?, rows_created = rows_created + ?,"
                    + " rows_updated = rows_updated + ?, rows_unchanged = rows_unchanged + ?, rows_failed = rows_failed + ? where id = ?")) {
                ps.setInt(1, items.size());
                ps.setInt(2, created);
                ps.setInt(3, updated);
                ps.setInt(4, ok.size() - created - updated);
                ps.setInt(5, failed.size());
                ps.setLong(6, importId);
                ps.executeUpdate();
            }
        }
    }

    /** Stock a row sets below what orders have reserved in a warehouse refuses the row. */
    private static void refuseStockBelowReserved(Connection c, Map<String, RowOutcome> ok, List<RowOutcome> failed) throws SQLException {
        Set<String> withStock = new HashSet<>();
        ok.values().stream().filter(r -> !r.row().stock().isEmpty()).forEach(r -> withStock.add(r.sku()));
        if (withStock.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select p.sku, l.warehouse_id, l.reserved from stock_level l"
                + " join product_variant v on v.id = l.variant_id join product p on p.id = v.product_id"
                + " where p.sku = any(?) and v.signature = '' and l.reserved > 0")) {
            ps.setArray(1, c.createArrayOf("varchar", withStock.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RowOutcome row = ok.get(rs.getString(1));
                    Integer wanted = row == null ? null : row.row().stock().get(rs.getLong(2));
                    if (wanted != null && wanted < rs.getInt(3)) {
                        ok.remove(row.sku());
                        failed.add(RowOutcome.failed(row.line(), row.sku(), "stock." + warehouseCode(row.row(), rs.getLong(2)),
                                "would be " + wanted + ", below the " + rs.getInt(3) + " units orders have reserved there"));
                    }
                }
            }
        }
    }

    private static String warehouseCode(Resolved row, long warehouseId) {
        List<Long> ids = new ArrayList<>(row.stock().keySet());
        List<String> codes = new ArrayList<>(row.row().stock().keySet());
        return codes.get(ids.indexOf(warehouseId));
    }

    private static String slugOf(ProductImportRow row) {
        String base = Slug.fromName(row.name()).value();
        String suffix = "-" + row.sku().value().toLowerCase(Locale.ROOT);
        return (base.length() + suffix.length() > Slug.MAX_LENGTH ? base.substring(0, Slug.MAX_LENGTH - suffix.length()) : base)
                .replaceAll("-+$", "") + suffix;
    }

    /** A new product's slug (its name and SKU) that another product already has refuses the row. */
    private static void refuseTakenSlugs(Connection c, List<RowOutcome> fresh, Map<String, RowOutcome> ok, List<RowOutcome> failed)
            throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, RowOutcome> bySlug = new HashMap<>();
        fresh.forEach(r -> bySlug.put(slugOf(r.row().row()), r));
        try (PreparedStatement ps = c.prepareStatement("select slug from product where slug = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", bySlug.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RowOutcome row = bySlug.get(rs.getString(1));
                    ok.remove(row.sku());
                    failed.add(RowOutcome.failed(row.line(), row.sku(), "name", "gives the address " + rs.getString(1)
                            + ", which another product has"));
                }
            }
        }
    }

    /** New products, their default variants and attributes: one statement per table for the chunk (arrays unnested). */
    private static Map<String, Long> insertProducts(Connection c, List<RowOutcome> fresh) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        int n = fresh.size();
        List<Long> productIds = block(c, "product_seq", n);
        List<Long> variantIds = block(c, "product_variant_seq", n);
        Object[] id = new Object[n];
        Object[] category = new Object[n];
        Object[] slug = new Object[n];
        Object[] sku = new Object[n];
        Object[] name = new Object[n];
        Object[] description = new Object[n];
        Object[] price = new Object[n];
        Object[] currency = new Object[n];
        Object[] type = new Object[n];
        Object[] taxClass = new Object[n];
        Object[] weight = new Object[n];
        Object[] status = new Object[n];
        List<Object> attributeProduct = new ArrayList<>();
        List<Object> attributeCode = new ArrayList<>();
        List<Object> attributeValue = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Resolved r = fresh.get(i).row();
            ProductImportRow row = r.row();
            id[i] = productIds.get(i);
            ids.put(row.sku().value(), productIds.get(i));
            category[i] = r.categoryId();
            slug[i] = slugOf(row);
            sku[i] = row.sku().value();
            name[i] = row.name();
            description[i] = row.description();
            price[i] = row.price().amount();
            currency[i] = row.price().currency().getCurrencyCode();
            type[i] = r.typeId();
            taxClass[i] = row.taxClass();
            weight[i] = row.weightGrams();
            status[i] = row.status().name();
            for (Map.Entry<String, String> a : r.attributes().entrySet()) {
                attributeProduct.add(productIds.get(i));
                attributeCode.add(a.getKey());
                attributeValue.add(a.getValue());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into product (id, category_id, slug, sku, name, description,"
                + " price_amount, price_currency, created_at, version, product_type_id, tax_class, weight_grams, status)"
                + " select t.id, t.category, t.slug, t.sku, t.name, t.description, t.price, t.currency, now(), 0, t.type, t.tax,"
                + " t.weight, t.status from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[],"
                + " ?::numeric[], ?::varchar[], ?::bigint[], ?::varchar[], ?::int[], ?::varchar[])"
                + " as t(id, category, slug, sku, name, description, price, currency, type, tax, weight, status)")) {
            Object[][] columns = {id, category, slug, sku, name, description, price, currency, type, taxClass, weight, status};
            String[] types = {"bigint", "bigint", "varchar", "varchar", "varchar", "text", "numeric", "varchar", "bigint", "varchar",
                    "int4", "varchar"};
            for (int col = 0; col < columns.length; col++) {
                ps.setArray(col + 1, c.createArrayOf(types[col], columns[col]));
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into product_variant (id, product_id, position, sku, signature)"
                + " select t.id, t.product, 0, t.sku, '' from unnest(?::bigint[], ?::bigint[], ?::varchar[]) as t(id, product, sku)")) {
            ps.setArray(1, c.createArrayOf("bigint", variantIds.toArray()));
            ps.setArray(2, c.createArrayOf("bigint", id));
            ps.setArray(3, c.createArrayOf("varchar", sku));
            ps.executeUpdate();
        }
        if (!attributeProduct.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("insert into product_attribute (product_id, code, value)"
                    + " select * from unnest(?::bigint[], ?::varchar[], ?::varchar[])")) {
                ps.setArray(1, c.createArrayOf("bigint", attributeProduct.toArray()));
                ps.setArray(2, c.createArrayOf("varchar", attributeCode.toArray()));
                ps.setArray(3, c.createArrayOf("varchar", attributeValue.toArray()));
                ps.executeUpdate();
            }
        }
        return ids;
    }

    /** Existing products brought to their rows through the domain; returns the SKUs that changed. */
    private List<String> updateProducts(Map<String, RowOutcome> ok, Map<String, Long> existing) {
        List<String> changed = new ArrayList<>();
        List<Long> ids = ok.keySet().stream().filter(existing::containsKey).map(existing::get).toList();
        for (Product product : catalog.products(ids)) {
            Resolved r = ok.get(product.getSku().value()).row();
            if (product.importFrom(r.row(), catalog.category(r.categoryId()), catalog.type(r.typeId()), r.attributes())) {
                changed.add(product.getSku().value());
            }
        }
        em.flush();
        return changed;
    }

    /** Price-list prices set as the rows say, equal ones left alone; returns the SKUs whose prices changed. */
    private static List<String> upsertPrices(Connection c, Map<String, RowOutcome> ok, Map<String, Long> productIds) throws SQLException {
        List<Object> list = new ArrayList<>();
        List<Object> product = new ArrayList<>();
        List<Object> amount = new ArrayList<>();
        Map<Long, String> skus = new HashMap<>();
        for (RowOutcome row : ok.values()) {
            for (Map.Entry<Long, BigDecimal> price : row.row().prices().entrySet()) {
                list.add(price.getKey());
                product.add(productIds.get(row.sku()));
                amount.add(price.getValue());
                skus.put(productIds.get(row.sku()), row.sku());
            }
        }
        List<String> changed = new ArrayList<>();
        if (list.isEmpty()) {
            return changed;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into price_list_entry (price_list_id, product_id, amount)"
                + " select * from unnest(?::bigint[], ?::bigint[], ?::numeric[])"
                + " on conflict (price_list_id, product_id) do update set amount = excluded.amount"
                + " where price_list_entry.amount <> excluded.amount returning product_id")) {
            ps.setArray(1, c.createArrayOf("bigint", list.toArray()));
            ps.setArray(2, c.createArrayOf("bigint", product.toArray()));
            ps.setArray(3, c.createArrayOf("numeric", amount.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(skus.get(rs.getLong(1)));
                }
            }
        }
        return changed;
    }

    /**
     * Stock levels set to the rows' quantities in one statement, equal ones left alone, each change
     * recorded as a movement (its quantity the difference); returns the SKUs whose stock changed.
     */
    private static List<String> upsertStock(Connection c, Map<String, RowOutcome> ok, String actor, long importId) throws SQLException {
        List<String> changed = new ArrayList<>();
        Set<String> withStock = new HashSet<>();
        ok.values().stream().filter(r -> !r.row().stock().isEmpty()).forEach(r -> withStock.add(r.sku()));
        if (withStock.isEmpty()) {
            return changed;
        }
        Map<String, Long> variants = ids(c, "select p.sku, v.id from product_variant v join product p on p.id = v.product_id"
                + " where p.sku = any(?) and v.signature = ''", withStock);
        List<Object> variant = new ArrayList<>();
        List<Object> warehouse = new ArrayList<>();
        List<Object> onHand = new ArrayList<>();
        Map<Long, String> skus = new HashMap<>();
        for (String sku : withStock) {
            Long v = variants.get(sku);
            if (v == null) {
                continue; // a product with options keeps its stock per variant (not a column of this import)
            }
            skus.put(v, sku);
            for (Map.Entry<Long, Integer> level : ok.get(sku).row().stock().entrySet()) {
                variant.add(v);
                warehouse.add(level.getKey());
                onHand.add(level.getValue());
            }
        }
        if (variant.isEmpty()) {
            return changed;
        }
        try (PreparedStatement ps = c.prepareStatement("with input as (select * from unnest(?::bigint[], ?::bigint[], ?::int[])"
                + " as t(variant_id, warehouse_id, on_hand)),"
                + " old as (select l.variant_id, l.warehouse_id, l.on_hand from stock_level l join input i using (variant_id, warehouse_id)),"
                + " s as (insert into stock_level (variant_id, warehouse_id, on_hand) select variant_id, warehouse_id, on_hand from input"
                + " on conflict (variant_id, warehouse_id) do update set on_hand = excluded.on_hand, version = stock_level.version + 1"
                + " where stock_level.on_hand <> excluded.on_hand returning variant_id, warehouse_id, on_hand, reserved)"
                + " insert into stock_movement (variant_id, warehouse_id, kind, quantity, on_hand_after, reserved_after, reason,"
                + " reference, actor) select s.variant_id, s.warehouse_id, 'ADJUSTED', s.on_hand - coalesce(o.on_hand, 0), s.on_hand,"
                + " s.reserved, 'IMPORTED', ?, ? from s left join old o using (variant_id, warehouse_id)"
                + " where s.on_hand - coalesce(o.on_hand, 0) <> 0 returning variant_id")) {
            ps.setArray(1, c.createArrayOf("bigint", variant.toArray()));
            ps.setArray(2, c.createArrayOf("bigint", warehouse.toArray()));
            ps.setArray(3, c.createArrayOf("int4", onHand.toArray()));
            ps.setString(4, "import-" + importId);
            ps.setString(5, actor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(skus.get(rs.getLong(1)));
                }
            }
        }
        return changed;
    }

    private static void insertErrors(Connection c, long importId, List<RowOutcome> failed) throws SQLException {
        if (failed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into catalog_import_error (import_id, line, sku, field, reason)"
                + " values (?, ?, ?, ?, ?) on conflict (import_id, line) do nothing")) {
            for (RowOutcome row : failed) {
                ps.setLong(1, importId);
                ps.setInt(2, row.line());
                ps.setString(3, row.sku());
                ps.setString(4, truncate(row.field(), 80));
                ps.setString(5, truncate(row.reason(), 500));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }

    /** {@code count} ids of a sequence, EclipseLink's way: each nextval N is the block N-49..N. */
    private static List<Long> block(Connection c, String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
            ps.setInt(1, (count + BLOCK - 1) / BLOCK);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long top = rs.getLong(1);
                    for (long id = top - BLOCK + 1; id <= top && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private static Map<String, Long> ids(Connection c, String sql, Set<String> skus) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (skus.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", skus.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static String text(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "import";
            }
        }
    }
}
