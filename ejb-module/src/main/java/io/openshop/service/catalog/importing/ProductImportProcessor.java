package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.ImportReferences;
import io.openshop.domain.catalog.ProductImportRow;
import io.openshop.domain.catalog.VariantImportRow;
import io.openshop.domain.shared.InvalidInputException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Applies the catalog's rules to a row (a product's, or a variant's when it names its product): a valid row comes out resolved (the ids of its category,
 * type, price lists and warehouses), any other as its error (line, field, reason), which the
 * writer stores with the chunk.
 */
@Named("productImportProcessor")
@Dependent
public class ProductImportProcessor implements ItemProcessor {

    @Inject
    ImportCatalog catalog;

    private ImportReferences references;

    @Override
    public Object processItem(Object item) {
        ImportLine line = (ImportLine) item;
        if (line.problem() != null) {
            return RowOutcome.failed(line.line(), line.sku(), line.field(), line.problem());
        }
        if (references == null) {
            references = catalog.references();
        }
        try {
            if (ProductImportRow.isVariantRow(line.fields())) {
                return RowOutcome.ok(line.line(), references.resolve(VariantImportRow.of(line.fields())));
            }
            return RowOutcome.ok(line.line(), references.resolve(ProductImportRow.of(line.fields())));
        } catch (InvalidInputException e) {
            return RowOutcome.failed(line.line(), line.sku(), e.field(), e.expectation());
        }
    }
}
