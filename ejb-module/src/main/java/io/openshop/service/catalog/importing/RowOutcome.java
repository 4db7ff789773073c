package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.ImportReferences;

/** A processed row: a product's or a variant's, resolved and to be written, or refused with its reason. */
record RowOutcome(int line, ImportReferences.Resolved row, ImportReferences.ResolvedVariant variant, String sku, String field,
                  String reason) {

    static RowOutcome ok(int line, ImportReferences.Resolved row) {
        return new RowOutcome(line, row, null, row.row().sku().value(), null, null);
    }

    static RowOutcome ok(int line, ImportReferences.ResolvedVariant variant) {
        return new RowOutcome(line, null, variant, variant.row().sku().value(), null, null);
    }

    static RowOutcome failed(int line, String sku, String field, String reason) {
        return new RowOutcome(line, null, null, sku == null || sku.length() > 40 ? null : sku, field, reason);
    }

    RowOutcome refused(String refusedField, String why) {
        return failed(line, sku, refusedField, why);
    }

    boolean isOk() {
        return row != null || variant != null;
    }
}
