package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.ImportReferences;

/** A processed row: resolved and to be written, or refused with its reason. */
record RowOutcome(int line, ImportReferences.Resolved row, String sku, String field, String reason) {

    static RowOutcome ok(int line, ImportReferences.Resolved row) {
        return new RowOutcome(line, row, row.row().sku().value(), null, null);
    }

    static RowOutcome failed(int line, String sku, String field, String reason) {
        return new RowOutcome(line, null, sku == null || sku.length() > 40 ? null : sku, field, reason);
    }

    boolean isOk() {
        return row != null;
    }
}
