package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.ImportReferences.Resolved;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductImportRow;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.VariantImportRow;
import io.openshop.domain.catalog.VariantPlan;
import io.openshop.domain.inventory.AdjustmentReason;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LevelTarget;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.SequenceBlocks;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a chunk in the chunk's transaction, on the persistence context's connection: new products (with their default variant and
 * attributes) in JDBC batches, ids taken the way EclipseLink takes them ({@link SequenceBlocks}); existing products, and the options of products with options,
 * through the domain ({@link Product#importFrom}, {@link Product#importOptions}), so the shared
 * cache of every instance learns of the change and an unchanged product is not touched; then
 * variant rows through the domain too ({@link Product#importVariant}: a variant's SKU and own
 * price); price-list prices and stock levels (never below what orders have reserved, each change
 * with its stock movement, through the inventory's {@link InventoryRepository#setLevels}) as
 * upserts that leave equal values alone; then the chunk's row errors
 * and counts. A row is "unchanged" when none of this changed anything; a variant row is
 * "updated" or "unchanged" (its product's options make the variant).
 *
 * <p>What would fail the chunk's statements is refused first, row by row: a new product's SKU or
 * address another one has, a variant SKU another variant or product has, stock below what is
 * reserved, stock on the row of a product with options, and options that would remove a variant
 * with stock or orders.
 */
@Named("productImportWriter")
@Dependent
public class ProductImportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportCatalog catalog;

    @Inject
    InventoryRepository inventory;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /** Where a row's stock goes: the product's default variant (signature '') or one of its variants. */
    private record StockTarget(RowOutcome row, String productSku, String signature, Map<Long, Integer> levels,
                               Map<String, Integer> byCode) {

        static StockTarget of(RowOutcome row) {
            if (row.variant() != null) {
                VariantImportRow v = row.variant().row();
                return new StockTarget(row, v.product().value(), v.signature(), row.variant().stock(), v.stock());
            }
            return new StockTarget(row, row.sku(), "", row.row().stock(), row.row().row().stock());
        }

        String warehouseCode(long warehouseId) {
            return new ArrayList<>(byCode.keySet()).get(new ArrayList<>(levels.keySet()).indexOf(warehouseId));
        }
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        long importId = ProductImportReader.importId(job);
        List<RowOutcome> failed = new ArrayList<>();
        Map<String, RowOutcome> products = new LinkedHashMap<>();
        Map<String, RowOutcome> variants = new LinkedHashMap<>();
        for (Object item : items) {
            RowOutcome row = (RowOutcome) item;
            if (!row.isOk()) {
                failed.add(row);
            } else if (row.variant() != null) {
                variants.put(row.sku(), row);
            } else {
                products.put(row.sku(), row);
            }
        }
        int created;
        int updated = 0;
        // the persistence context's own connection: what the domain writes and what the statements write see each other
        Connection c = em.unwrap(Connection.class);
        {
            String actor = text(c, "select created_by from catalog_import where id = ?", importId);
            Map<String, Long> existing = ids(c, "select sku, id from product where sku = any(?)", products.keySet());
            Refusals refusals = new Refusals(failed);
            refusals.refuse(products, owners(c, products.keySet().stream().filter(s -> !existing.containsKey(s)).toList()),
                    owner -> "sku", owner -> "is the SKU of a variant of " + owner);
            refuseTakenSlugs(c, products, existing, refusals);
            refuseVariantSkus(c, variants, refusals);
            refuseRemovedVariants(c, products, existing, refusals);
            refusals.refuse(products, texts(c, "select p.sku, p.sku from product p where p.sku = any(?) and not exists (select 1 from"
                    + " product_variant v where v.product_id = p.id and v.signature = '')", products.values().stream()
                    .filter(r -> !r.row().row().stock().isEmpty()).map(RowOutcome::sku).toList()), sku -> "stock",
                    sku -> "is per variant for a product with options: it goes on the variants' rows");
            refuseStockBelowReserved(c, products, variants, refusals);

            List<RowOutcome> fresh = products.values().stream().filter(r -> !existing.containsKey(r.sku())).toList();
            Map<String, Long> productIds = new HashMap<>(existing);
            productIds.putAll(insertProducts(c, fresh));
            created = fresh.size();

            Set<String> changed = new HashSet<>(updateProducts(products, productIds, existing));
            changed.addAll(updateVariants(variants, refusals));
            em.flush();
            changed.addAll(upsertPrices(c, products, productIds));
            List<StockTarget> stock = new ArrayList<>();
            products.values().forEach(r -> stock.add(StockTarget.of(r)));
            variants.values().forEach(r -> stock.add(StockTarget.of(r)));
            changed.addAll(setStock(c, stock, actor, importId));
            for (String sku : changed) {
                if (existing.containsKey(sku) || variants.containsKey(sku)) {
                    updated++;
                }
            }
            insertErrors(c, importId, failed);
            try (PreparedStatement ps = c.prepareStatement("update catalog_import set rows_read = rows_read + ?, rows_created = rows_created + ?,"
                    + " rows_updated = rows_updated + ?, rows_unchanged = rows_unchanged + ?, rows_failed = rows_failed + ? where id = ?")) {
                ps.setInt(1, items.size());
                ps.setInt(2, created);
                ps.setInt(3, updated);
                ps.setInt(4, products.size() + variants.size() - created - updated);
                ps.setInt(5, failed.size());
                ps.setLong(6, importId);
                ps.executeUpdate();
            }
        }
    }

    /** Rows taken out of the chunk's writes and into its error report. */
    private record Refusals(List<RowOutcome> failed) {

        /** Refuses each row whose key the map names, with a field and reason made of what the map gives for it. */
        void refuse(Map<String, RowOutcome> rows, Map<String, String> found, Function<String, String> field,
                    Function<String, String> reason) {
            found.forEach((key, value) -> {
                RowOutcome row = rows.remove(key);
                if (row != null) {
                    failed.add(row.refused(field.apply(value), reason.apply(value)));
                }
            });
        }

        void refuse(Map<String, RowOutcome> rows, RowOutcome row, String field, String reason) {
            if (rows.remove(row.sku()) != null) {
                failed.add(row.refused(field, reason));
            }
        }
    }

    /** The SKUs among these that variants have, each with its variant's product's SKU. */
    private static Map<String, String> owners(Connection c, Collection<String> skus) throws SQLException {
        return texts(c, "select v.sku, p.sku from product_variant v join product p on p.id = v.product_id where v.sku = any(?)", skus);
    }

    /**
     * A variant row's SKU that another variant has (of another product, or another combination of
     * its own), or that a product has, refuses the row: a swap of two SKUs takes two imports.
     */
    private static void refuseVariantSkus(Connection c, Map<String, RowOutcome> variants, Refusals refusals) throws SQLException {
        if (variants.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select v.sku, p.sku, v.signature from product_variant v"
                + " join product p on p.id = v.product_id where v.sku = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", variants.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RowOutcome row = variants.get(rs.getString(1));
                    VariantImportRow v = row.variant().row();
                    if (!v.product().value().equals(rs.getString(2)) || !v.signature().equals(rs.getString(3))) {
                        refusals.refuse(variants, row, "sku", "is the SKU of another variant, of " + rs.getString(2)
                                + (rs.getString(3).isEmpty() ? "" : " (" + rs.getString(3) + ")"));
                    }
                }
            }
        }
        refusals.refuse(variants, texts(c, "select sku, sku from product where sku = any(?)", variants.keySet()),
                sku -> "sku", sku -> "is a product's SKU");
    }

    /**
     * A row whose options would remove a variant that has stock or has been ordered refuses the
     * row (the back office removes such a variant, knowingly).
     */
    private static void refuseRemovedVariants(Connection c, Map<String, RowOutcome> products, Map<String, Long> existing,
                                              Refusals refusals) throws SQLException {
        Map<String, Set<String>> planned = new HashMap<>();
        for (RowOutcome row : products.values()) {
            List<OptionSpec> options = row.row().row().options();
            if (!options.isEmpty() && existing.containsKey(row.sku())) {
                Set<String> signatures = new HashSet<>();
                VariantPlan.of(row.row().row().sku(), options).forEach(p -> signatures.add(p.signature()));
                planned.put(row.sku(), signatures);
            }
        }
        if (planned.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select p.sku, v.sku, v.signature from product_variant v"
                + " join product p on p.id = v.product_id where p.sku = any(?) and (exists (select 1 from stock_level l"
                + " where l.variant_id = v.id and (l.on_hand > 0 or l.reserved > 0))"
                + " or exists (select 1 from order_line o where o.variant_id = v.id))")) {
            ps.setArray(1, c.createArrayOf("varchar", planned.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RowOutcome row = products.get(rs.getString(1));
                    if (row != null && !planned.get(rs.getString(1)).contains(rs.getString(3))) {
                        refusals.refuse(products, row, "options", "would remove the variant " + rs.getString(2)
                                + ", which has stock or orders; the back office removes it");
                    }
                }
            }
        }
    }

    /** Stock a row sets below what orders have reserved in a warehouse refuses the row (the inventory's rule). */
    private void refuseStockBelowReserved(Connection c, Map<String, RowOutcome> products, Map<String, RowOutcome> variants,
                                          Refusals refusals) throws SQLException {
        List<StockTarget> targets = Stream.concat(products.values().stream(), variants.values().stream()).map(StockTarget::of)
                .filter(t -> !t.levels().isEmpty()).toList();
        Map<LevelTarget, StockTarget> byLevel = levels(c, targets);
        inventory.reservedAbove(byLevel.keySet()).forEach((level, reserved) -> {
            StockTarget target = byLevel.get(level);
            refusals.refuse(target.row().variant() == null ? products : variants, target.row(),
                    "stock." + target.warehouseCode(level.warehouseId()),
                    "would be " + level.onHand() + ", below the " + reserved + " units orders have reserved there");
        });
    }

    /** The levels the targets set, each with its target, for the variants there are (a new product's before it is written: none). */
    private static Map<LevelTarget, StockTarget> levels(Connection c, Collection<StockTarget> targets) throws SQLException {
        Map<LevelTarget, StockTarget> levels = new HashMap<>();
        if (targets.isEmpty()) {
            return levels;
        }
        Map<String, StockTarget> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.productSku() + '\u0000' + t.signature(), t));
        try (PreparedStatement ps = c.prepareStatement("select p.sku, v.signature, v.id from product_variant v"
                + " join product p on p.id = v.product_id"
                + " join unnest(?::varchar[], ?::varchar[]) as t(sku, signature) on t.sku = p.sku and t.signature = v.signature")) {
            ps.setArray(1, c.createArrayOf("varchar", byKey.values().stream().map(StockTarget::productSku).toArray()));
            ps.setArray(2, c.createArrayOf("varchar", byKey.values().stream().map(StockTarget::signature).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StockTarget target = byKey.get(rs.getString(1) + '\u0000' + rs.getString(2));
                    long variant = rs.getLong(3);
                    target.levels().forEach((warehouse, onHand) -> levels.put(new LevelTarget(variant, warehouse, onHand), target));
                }
            }
        }
        return levels;
    }

    /** A new product's address (its name and SKU) that another product already has refuses the row. */
    private static void refuseTakenSlugs(Connection c, Map<String, RowOutcome> products, Map<String, Long> existing, Refusals refusals)
            throws SQLException {
        Map<String, String> skuBySlug = new HashMap<>();
        products.values().stream().filter(r -> !existing.containsKey(r.sku()))
                .forEach(r -> skuBySlug.put(r.row().row().slug().value(), r.sku()));
        Map<String, String> taken = new HashMap<>();
        texts(c, "select slug, slug from product where slug = any(?)", skuBySlug.keySet())
                .forEach((slug, same) -> taken.put(skuBySlug.get(slug), slug));
        refusals.refuse(products, taken, slug -> "name", slug -> "gives the address " + slug + ", which another product has");
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
            slug[i] = row.slug().value();
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

    /**
     * Existing products brought to their rows through the domain, and the options of new products
     * that have some (which replace their default variant); returns the SKUs that changed.
     */
    private List<String> updateProducts(Map<String, RowOutcome> products, Map<String, Long> productIds, Map<String, Long> existing) {
        List<String> changed = new ArrayList<>();
        List<Long> ids = products.values().stream()
                .filter(r -> existing.containsKey(r.sku()) || !r.row().row().options().isEmpty())
                .map(r -> productIds.get(r.sku())).toList();
        for (Product product : catalog.products(ids)) {
            Resolved r = products.get(product.getSku().value()).row();
            boolean old = existing.containsKey(product.getSku().value());
            boolean took = old && product.importFrom(r.row(), catalog.category(r.categoryId()), catalog.type(r.typeId()), r.attributes());
            if (product.importOptions(r.row().options()) || took) {
                changed.add(product.getSku().value());
            }
        }
        em.flush(); // the variants the options make are there for the variant rows and the stock
        return changed;
    }

    /**
     * Variant rows through their products ({@link Product#importVariant}); a row whose product is
     * not in the catalog, or whose combination its options do not make, is refused. Returns the
     * SKUs of the variant rows that changed something.
     */
    private List<String> updateVariants(Map<String, RowOutcome> variants, Refusals refusals) {
        List<String> changed = new ArrayList<>();
        if (variants.isEmpty()) {
            return changed;
        }
        Map<String, Product> bySku = new HashMap<>();
        catalog.productsBySku(variants.values().stream().map(r -> r.variant().row().product().value()).distinct().toList())
                .forEach(p -> bySku.put(p.getSku().value(), p));
        for (RowOutcome row : List.copyOf(variants.values())) {
            VariantImportRow v = row.variant().row();
            Product product = bySku.get(v.product().value());
            if (product == null) {
                refusals.refuse(variants, row, "product", "'" + v.product().value() + "' is not a product of the catalog;"
                        + " a product's row comes before its variants' rows");
                continue;
            }
            try {
                if (product.importVariant(v)) {
                    changed.add(row.sku());
                }
            } catch (InvalidInputException e) {
                refusals.refuse(variants, row, e.field(), e.expectation());
            }
        }
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

    /** The rows' stock levels set through the inventory (equal ones left alone, each change a movement); returns the SKUs of the rows whose stock changed. */
    private List<String> setStock(Connection c, List<StockTarget> targets, String actor, long importId) throws SQLException {
        Map<LevelTarget, StockTarget> levels = levels(c, targets.stream().filter(t -> !t.levels().isEmpty()).toList());
        Map<Long, String> skus = new HashMap<>();
        levels.forEach((level, target) -> skus.put(level.variantId(), target.row().sku()));
        return inventory.setLevels(levels.keySet(), AdjustmentReason.IMPORTED, new StockChange(actor, "import-" + importId)).stream()
                .map(skus::get).toList();
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

    /** {@code count} ids of a sequence, taken block by block as EclipseLink takes them ({@link SequenceBlocks}). */
    private static List<Long> block(Connection c, String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
            ps.setInt(1, SequenceBlocks.blocksFor(count));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SequenceBlocks.idsOf(rs.getLong(1)).limit(count - ids.size()).forEach(ids::add);
                }
            }
        }
        return ids;
    }

    /** SKU to id: the first two columns of a query on one array of SKUs. */
    private static Map<String, Long> ids(Connection c, String sql, Set<String> skus) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        texts(c, sql, skus).forEach((sku, id) -> ids.put(sku, Long.valueOf(id)));
        return ids;
    }

    /** The first two columns of a query on one array of texts, as a map. */
    private static Map<String, String> texts(Connection c, String sql, Collection<String> keys) throws SQLException {
        Map<String, String> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
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
