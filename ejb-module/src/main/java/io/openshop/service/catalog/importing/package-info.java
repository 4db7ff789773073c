/**
 * Bulk product imports as a Jakarta Batch chunk job ({@code META-INF/batch-jobs/product-import.xml}):
 * the reader turns the uploaded CSV or JSON into numbered rows (its checkpoint is the last line
 * read), the processor applies the catalog's rules ({@code ProductImportRow}, {@code ImportReferences}),
 * and the writer upserts each chunk by SKU in the chunk's transaction, with the chunk's row
 * errors and counts, so a job restarted from its checkpoint writes and reports each row once.
 */
package io.openshop.service.catalog.importing;
