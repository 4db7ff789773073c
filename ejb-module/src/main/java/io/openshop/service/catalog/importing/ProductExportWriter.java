package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.catalog.ProductImportRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends a chunk's products (each its own row and its variants' rows) to the export as one part, in the chunk's transaction with the
 * export's count: CSV lines (the header is the download's), or JSON objects joined by commas
 * (the download puts them in an array), attributes, prices and stock as nested objects.
 */
@Named("productExportWriter")
@Dependent
public class ProductExportWriter extends AbstractItemWriter {

    private static final Set<String> NUMBERS = Set.of("price", "weight_grams");

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        long exportId = CatalogJobs.parameter(job, CatalogJobs.EXPORT_ID);
        try (Connection c = dataSource.getConnection()) {
            CatalogImport.Format format;
            try (PreparedStatement ps = c.prepareStatement("select format from catalog_export where id = ?")) {
                ps.setLong(1, exportId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    format = CatalogImport.Format.valueOf(rs.getString(1));
                }
            }
            StringBuilder part = new StringBuilder();
            int rows = 0;
            for (Map<String, String> row : items.stream().flatMap(item -> ((List<Map<String, String>>) item).stream()).toList()) {
                rows++;
                if (format == CatalogImport.Format.CSV) {
                    part.append(ImportFiles.csvLine(row, ProductImportRow.COLUMNS));
                } else {
                    part.append(part.length() == 0 ? "" : ",\n").append(json(row));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into catalog_export_part (export_id, part, content)"
                    + " select ?, coalesce(max(part), 0) + 1, ? from catalog_export_part where export_id = ?")) {
                ps.setLong(1, exportId);
                ps.setString(2, part.toString());
                ps.setLong(3, exportId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update catalog_export set rows_written = rows_written + ? where id = ?")) {
                ps.setInt(1, rows);
                ps.setLong(2, exportId);
                ps.executeUpdate();
            }
        }
    }

    private static String json(Map<String, String> row) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (String column : ProductImportRow.COLUMNS) {
            String value = row.get(column);
            if (value == null) {
                continue;
            }
            switch (column) {
                case "attributes", "options" -> object.add(column, pairs(value, false));
                case "prices" -> object.add(column, pairs(value, true));
                case "stock" -> object.add(column, pairs(value, true));
                default -> {
                    if (NUMBERS.contains(column)) {
                        object.add(column, new BigDecimal(value));
                    } else {
                        object.add(column, value);
                    }
                }
            }
        }
        return object.build().toString();
    }

    private static JsonObjectBuilder pairs(String text, boolean numbers) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (numbers) {
                object.add(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            } else {
                object.add(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return object;
    }
}
