package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.CatalogImport;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an import file into its rows (Apache Commons CSV for CSV: RFC 4180 with a header line;
 * JSON-P's streaming parser for a JSON array of objects, whose nested objects are written as
 * CSV's {@code key=value;…}). A row whose SKU an earlier row already had is a duplicate: reported,
 * never written, so the first row of a SKU is the one that counts, whatever chunk it falls in.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    /**
     * The rows of the file in order, read as they are asked for (a file of 100,000 rows is never
     * held as objects). Rows whose SKU an earlier row had are marked duplicates.
     */
    static Cursor open(CatalogImport.Format format, String content) {
        Map<String, Integer> firstLines = new HashMap<>();
        try (Cursor pass = raw(format, content)) {
            while (pass.hasNext()) {
                ImportLine row = pass.next();
                if (row.sku() != null && row.problem() == null) {
                    firstLines.putIfAbsent(row.sku(), row.line());
                }
            }
        }
        Cursor rows = raw(format, content);
        return new Cursor() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ImportLine next() {
                ImportLine row = rows.next();
                Integer first = row.sku() == null || row.problem() != null ? null : firstLines.get(row.sku());
                return first == null || first == row.line() ? row : ImportLine.malformed(row.line(), row.fields(), "sku",
                        "is a duplicate of line " + first + ", which is the one imported");
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** Rows one by one; closing releases the parser. */
    interface Cursor extends Iterator<ImportLine>, AutoCloseable {
        @Override
        void close();
    }

    private static Cursor raw(CatalogImport.Format format, String content) {
        return format == CatalogImport.Format.CSV ? csv(content) : json(content);
    }

    private static Cursor csv(String content) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        CSVParser parser;
        List<String> header;
        try {
            parser = CSVParser.parse(new StringReader(content), format);
            header = parser.getHeaderNames();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the CSV file cannot be read: " + e.getMessage(), e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        long headerEnd = parser.getCurrentLineNumber();
        return new Cursor() {
            /** The file's line where the last record ended: a record (a quoted field may hold line breaks) starts after it. */
            private long lastEnd = headerEnd;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new IllegalArgumentException("the CSV file cannot be read after line " + parser.getCurrentLineNumber()
                            + ": " + e.getMessage(), e);
                }
            }

            @Override
            public ImportLine next() {
                CSVRecord record = records.next();
                int line = (int) lastEnd + 1;
                lastEnd = Math.max(parser.getCurrentLineNumber(), lastEnd + 1);
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    if (!record.get(i).isEmpty()) {
                        fields.put(header.get(i), record.get(i));
                    }
                }
                return record.size() == header.size() ? ImportLine.of(line, fields)
                        : ImportLine.malformed(line, fields, "line", "has " + record.size() + " fields, the header " + header.size());
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static Cursor json(String content) {
        JsonParser parser = Json.createParser(new StringReader(content));
        try {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new IllegalArgumentException("the JSON file is not an array of products");
            }
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("the JSON file cannot be read: " + e.getMessage(), e);
        }
        return new Cursor() {
            private JsonParser.Event event;

            @Override
            public boolean hasNext() {
                try {
                    if (event == null && parser.hasNext()) {
                        event = parser.next();
                    }
                } catch (JsonParsingException e) {
                    throw new IllegalArgumentException("the JSON file cannot be read at line " + e.getLocation().getLineNumber()
                            + ": " + e.getMessage(), e);
                }
                return event != null && event != JsonParser.Event.END_ARRAY;
            }

            @Override
            public ImportLine next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                JsonParser.Event current = event;
                event = null;
                int line = (int) parser.getLocation().getLineNumber();
                if (current != JsonParser.Event.START_OBJECT) {
                    if (current == JsonParser.Event.START_ARRAY) {
                        parser.skipArray();
                    }
                    return ImportLine.malformed(line, Map.of(), "line", "is not a JSON object");
                }
                JsonObject object;
                try {
                    object = parser.getObject();
                } catch (JsonParsingException e) {
                    throw new IllegalArgumentException("the JSON file cannot be read at line " + e.getLocation().getLineNumber()
                            + ": " + e.getMessage(), e);
                }
                Map<String, String> fields = new LinkedHashMap<>();
                String problem = null;
                for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                    String text = text(e.getValue());
                    if (text == null) {
                        problem = problem == null ? e.getKey() : problem;
                    } else if (!text.isEmpty()) {
                        fields.put(e.getKey(), text);
                    }
                }
                return problem == null ? ImportLine.of(line, fields)
                        : ImportLine.malformed(line, fields, problem, "must be a string, a number or an object of them");
            }

            @Override
            public void close() {
                parser.close();
            }
        };
    }

    /** A JSON value as CSV would have it; null for what a field cannot be. */
    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE, FALSE -> value.toString();
            case NULL -> "";
            case OBJECT -> {
                StringBuilder pairs = new StringBuilder();
                for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                    String v = e.getValue().getValueType() == JsonValue.ValueType.OBJECT
                            || e.getValue().getValueType() == JsonValue.ValueType.ARRAY ? null : text(e.getValue());
                    if (v == null) {
                        yield null;
                    }
                    pairs.append(pairs.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(v);
                }
                yield pairs.toString();
            }
            case ARRAY -> null;
        };
    }

    /** One row as a CSV line of these columns (with its line break). */
    static String csvLine(Map<String, String> row, List<String> columns) {
        StringBuilder out = new StringBuilder();
        try (var printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(columns.stream().map(c -> row.getOrDefault(c, "")).collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows as a CSV file of the import's columns (what an export writes). */
    static String csv(List<Map<String, String>> rows, List<String> columns) {
        StringBuilder out = new StringBuilder();
        try (var printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out)) {
            for (Map<String, String> row : rows) {
                printer.printRecord(columns.stream().map(c -> row.getOrDefault(c, "")).collect(Collectors.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
