package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.CatalogImport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFilesTest {

    private static List<ImportLine> read(CatalogImport.Format format, String content) {
        List<ImportLine> rows = new ArrayList<>();
        try (ImportFiles.Cursor cursor = ImportFiles.open(format, content)) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void csvRowsCarryTheFileLineTheyStartOnAndRepeatedSkusAreDuplicates() {
        List<ImportLine> rows = read(CatalogImport.Format.CSV, "sku,name,description\nA-001,One,\"two\nlines\"\nB-002,Two,x\nA-001,Again,y\nC-3,short\n");
        assertEquals(List.of(2, 4, 5, 6), rows.stream().map(ImportLine::line).toList());
        assertEquals("two\nlines", rows.get(0).fields().get("description"));
        assertNull(rows.get(1).problem());
        assertEquals("sku", rows.get(2).field());
        assertTrue(rows.get(2).problem().contains("line 2"), rows.get(2).problem());
        assertEquals("line", rows.get(3).field(), "a row with fewer fields than the header");
    }

    @Test
    void jsonObjectsCarryTheirLineAndNestedObjectsBecomePairs() {
        List<ImportLine> rows = read(CatalogImport.Format.JSON, "[\n {\"sku\": \"A-001\", \"price\": 12.5,\n  \"stock\": {\"berlin\": 3, \"rotterdam\": 0}},\n"
                + " {\"sku\": \"B-002\", \"attributes\": [1, 2]},\n 42\n]");
        assertEquals(List.of(2, 4, 5), rows.stream().map(ImportLine::line).toList());
        assertEquals("12.5", rows.get(0).fields().get("price"));
        assertEquals("berlin=3;rotterdam=0", rows.get(0).fields().get("stock"));
        assertEquals("attributes", rows.get(1).field(), "an array is no field value");
        assertEquals("line", rows.get(2).field(), "a number is no product");
    }

    @Test
    void aFileThatIsNoArrayIsUnreadable() {
        assertThrows(IllegalArgumentException.class, () -> read(CatalogImport.Format.JSON, "{\"sku\": \"A-001\"}"));
    }
}
