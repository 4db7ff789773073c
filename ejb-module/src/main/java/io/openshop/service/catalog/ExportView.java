package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogExport;
import io.openshop.domain.catalog.CatalogImport;

import java.time.OffsetDateTime;

/** Where a bulk product export stands: the products written so far, as its committed chunks left them. */
public record ExportView(long id, CatalogImport.Format format, CatalogImport.Status status, int rowsWritten, int restarts,
                         String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt) implements java.io.Serializable {

    static ExportView of(CatalogExport e) {
        return new ExportView(e.getId(), e.getFormat(), e.getStatus(), e.getRowsWritten(), e.getRestarts(), e.getCreatedBy(),
                e.getCreatedAt(), e.getFinishedAt());
    }
}
