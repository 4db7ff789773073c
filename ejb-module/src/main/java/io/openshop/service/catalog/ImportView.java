package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogImport;

import java.time.OffsetDateTime;

/** Where a bulk product import stands: its counts as its committed chunks left them. */
public record ImportView(long id, String fileName, CatalogImport.Format format, CatalogImport.Status status, int rowsRead,
                         int rowsCreated, int rowsUpdated, int rowsUnchanged, int rowsFailed, int restarts, String createdBy,
                         OffsetDateTime createdAt, OffsetDateTime finishedAt) implements java.io.Serializable {

    static ImportView of(CatalogImport i) {
        return new ImportView(i.getId(), i.getFileName(), i.getFormat(), i.getStatus(), i.getRowsRead(), i.getRowsCreated(),
                i.getRowsUpdated(), i.getRowsUnchanged(), i.getRowsFailed(), i.getRestarts(), i.getCreatedBy(), i.getCreatedAt(),
                i.getFinishedAt());
    }

    /** A row the import refused: its line in the file, its SKU when it had one, the field and why. */
    public record RowError(int line, String sku, String field, String reason) implements java.io.Serializable {
    }
}
