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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the catalog's products in id order, a thousand at a time with everything an import row
 * holds (category and type by code, attributes, price-list prices, stock of the default variant
 * per warehouse); its checkpoint is the last product id read.
 */
@Named("productExportReader")
@Dependent
public class ProductExportReader extends AbstractItemReader {

    private static final int FETCH = 1_000;
    private static final String ROWS = "select p.id, p.sku, p.name, p.description, c.slug, p.price_amount::text, p.price_currency,"
            + " p.status, p.tax_class, p.weight_grams, t.slug,"
            + " (select string_agg(a.code || '=' || a.value, ';' order by a.code) from product_attribute a where a.product_id = p.id),"
            + " (select string_agg(l.code || '=' || e.amount::text, ';' order by l.code) from price_list_entry e"
            + "   join price_list l on l.id = e.price_list_id where e.product_id = p.id),"
            + " (select string_agg(w.code || '=' || s.on_hand, ';' order by w.code) from product_variant v"
            + "   join stock_level s on s.variant_id = v.id join warehouse w on w.id = s.warehouse_id"
            + "   where v.product_id = p.id and v.signature = '')"
            + " from product p join category c on c.id = p.category_id left join product_type t on t.id = p.product_type_id"
            + " where p.id > ? order by p.id limit ?";

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private final Deque<Map<String, String>> buffer = new ArrayDeque<>();
    private long lastRead;
    private long lastFetched;
    private boolean exhausted;

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
        Map<String, String> row = buffer.poll();
        if (row != null) {
            lastRead = Long.parseLong(row.remove("id"));
        }
        return row;
    }

    private void fetch() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setLong(1, lastFetched);
            ps.setInt(2, FETCH);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("id", Long.toString(rs.getLong(1)));
                    lastFetched = rs.getLong(1);
                    String[] names = {"sku", "name", "description", "category", "price", "currency", "status", "tax_class",
                            "weight_grams", "type", "attributes", "prices", "stock"};
                    for (int i = 0; i < names.length; i++) {
                        String value = rs.getString(i + 2);
                        if (value != null && !value.isEmpty()) {
                            row.put(names[i], value);
                        }
                    }
                    buffer.add(row);
                }
            }
            exhausted = n < FETCH;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
