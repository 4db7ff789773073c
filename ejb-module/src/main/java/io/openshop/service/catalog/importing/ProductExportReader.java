package io.openshop.service.catalog.importing;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the catalog's products in id order, a thousand at a time with everything an import row
 * holds (category and type by code, attributes, options, price-list prices, stock of the default
 * variant per warehouse). An item is a product's rows: its own and, when it has options, one per
 * variant (SKU, combination, own price, stock per warehouse), so a checkpoint, the last product
 * id read, never falls between a product and its variants.
 */
@Named("productExportReader")
@Dependent
public class ProductExportReader extends AbstractItemReader {

    private static final int FETCH = 1_000;
    private static final String ROWS = "select p.id, p.sku, p.name, p.description, c.slug, p.price_amount::text, p.price_currency,"
            + " p.status, p.tax_class, p.weight_grams, t.slug,"
            + " (select string_agg(a.code || '=' || a.value, ';' order by a.code) from product_attribute a where a.product_id = p.id),"
            + " (select string_agg(o.code || '=' || (select string_agg(ov.value, '|' order by ov.position)"
            + "   from product_option_value ov where ov.option_id = o.id), ';' order by o.position) from product_option o"
            + "   where o.product_id = p.id),"
            + " (select string_agg(l.code || '=' || e.amount::text, ';' order by l.code) from price_list_entry e"
            + "   join price_list l on l.id = e.price_list_id where e.product_id = p.id),"
            + " (select string_agg(w.code || '=' || s.on_hand, ';' order by w.code) from product_variant v"
            + "   join stock_level s on s.variant_id = v.id join warehouse w on w.id = s.warehouse_id"
            + "   where v.product_id = p.id and v.signature = '')"
            + " from product p join category c on c.id = p.category_id left join product_type t on t.id = p.product_type_id"
            + " where p.id > ? order by p.id limit ?";
    private static final String VARIANTS = "select v.product_id, v.sku, v.price_amount::text,"
            + " (select string_agg(o.code || '=' || vo.value, ';' order by o.position) from variant_option vo"
            + "   join product_option o on o.product_id = v.product_id and o.code = vo.option_code where vo.variant_id = v.id),"
            + " (select string_agg(w.code || '=' || s.on_hand, ';' order by w.code) from stock_level s"
            + "   join warehouse w on w.id = s.warehouse_id where s.variant_id = v.id)"
            + " from product_variant v where v.product_id = any(?) and v.signature <> '' order by v.product_id, v.position";
    private static final String[] PRODUCT_COLUMNS = {"sku", "name", "description", "category", "price", "currency", "status",
            "tax_class", "weight_grams", "type", "attributes", "options", "prices", "stock"};

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private final Deque<Product> buffer = new ArrayDeque<>();
    private long lastRead;
    private long lastFetched;
    private boolean exhausted;

    /** A product's id and its rows, its own first. */
    private record Product(long id, List<Map<String, String>> rows) {
    }

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
        lastFetched = lastRead;
    }

    @Override
    public Object readItem() throws SQLException {
        if (buffer.isEmpty() && !exhausted) {
            fetch();
        }
        Product product = buffer.poll();
        if (product == null) {
            return null;
        }
        lastRead = product.id();
        return product.rows();
    }

    private void fetch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Product> products = new LinkedHashMap<>();
            List<Long> withOptions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ROWS)) {
                ps.setLong(1, lastFetched);
                ps.setInt(2, FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        lastFetched = id;
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 0; i < PRODUCT_COLUMNS.length; i++) {
                            put(row, PRODUCT_COLUMNS[i], rs.getString(i + 2));
                        }
                        if (row.containsKey("options")) {
                            withOptions.add(id);
                        }
                        List<Map<String, String>> rows = new ArrayList<>();
                        rows.add(row);
                        products.put(id, new Product(id, rows));
                    }
                }
            }
            exhausted = products.size() < FETCH;
            if (!withOptions.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(VARIANTS)) {
                    ps.setArray(1, c.createArrayOf("bigint", withOptions.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Product product = products.get(rs.getLong(1));
                            Map<String, String> row = new LinkedHashMap<>();
                            put(row, "sku", rs.getString(2));
                            put(row, "product", product.rows().get(0).get("sku"));
                            put(row, "price", rs.getString(3));
                            put(row, "options", rs.getString(4));
                            put(row, "stock", rs.getString(5));
                            product.rows().add(row);
                        }
                    }
                }
            }
            buffer.addAll(products.values());
        }
    }

    private static void put(Map<String, String> row, String column, String value) {
        if (value != null && !value.isEmpty()) {
            row.put(column, value);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
