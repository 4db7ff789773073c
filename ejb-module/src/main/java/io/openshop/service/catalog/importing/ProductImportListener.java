package io.openshop.service.catalog.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Records the import job's execution on its row and marks it COMPLETED (every line read) or FAILED. */
@Named("productImportListener")
@Dependent
public class ProductImportListener extends CatalogJobListener {

    public ProductImportListener() {
        super("catalog_import", CatalogJobs.IMPORT_ID);
    }
}
