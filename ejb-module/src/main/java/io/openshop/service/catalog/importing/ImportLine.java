package io.openshop.service.catalog.importing;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of an import file as read: its line (the header is line 1 of a CSV file; a JSON row's
 * line is where its object starts), its fields by column name, and why it cannot be a row at all
 * (malformed, or a SKU an earlier line already has), if so.
 */
public record ImportLine(int line, Map<String, String> fields, String field, String problem) implements Serializable {

    static ImportLine of(int line, Map<String, String> fields) {
        return new ImportLine(line, Map.copyOf(fields), null, null);
    }

    static ImportLine malformed(int line, Map<String, String> fields, String field, String problem) {
        return new ImportLine(line, Map.copyOf(fields), field, problem);
    }

    String sku() {
        String sku = fields.get("sku");
        return sku == null ? null : sku.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
