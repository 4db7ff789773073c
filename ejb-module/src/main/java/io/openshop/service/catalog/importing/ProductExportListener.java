package io.openshop.service.catalog.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Records the export job's execution on its row and marks it COMPLETED (every product written) or FAILED. */
@Named("productExportListener")
@Dependent
public class ProductExportListener extends CatalogJobListener {

    public ProductExportListener() {
        super("catalog_export", CatalogJobs.EXPORT_ID);
    }
}
