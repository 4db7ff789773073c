package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogImport;

import java.io.Serializable;

/**
 * A completed export's file as {@link CatalogImportService#file} hands it out (only it makes
 * one, after checking the export has completed): its name and media type for the download.
 */
public final class ExportFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final CatalogImport.Format format;

    ExportFile(long id, CatalogImport.Format format) {
        this.id = id;
        this.format = format;
    }

    public long id() {
        return id;
    }

    public CatalogImport.Format format() {
        return format;
    }

    /** products-42.csv or products-42.json */
    public String fileName() {
        return "products-" + id + (format == CatalogImport.Format.JSON ? ".json" : ".csv");
    }

    /** text/csv or application/json, in UTF-8 */
    public String mediaType() {
        return (format == CatalogImport.Format.JSON ? "application/json" : "text/csv") + ";charset=UTF-8";
    }
}
