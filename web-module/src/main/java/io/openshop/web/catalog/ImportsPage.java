package io.openshop.web.catalog;

import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.CatalogImportService;
import io.openshop.service.catalog.ExportFile;
import io.openshop.service.catalog.ExportView;
import io.openshop.service.catalog.ImportView;
import io.openshop.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Bulk product imports and exports in the back office (ADMIN, CATALOG_MANAGER): upload a CSV or
 * JSON file (by its name's ending), follow the imports' progress (the page polls while one runs)
 * and read an import's refused rows by line; export the catalog as CSV or JSON and download the
 * file once its job has completed. The rules are CatalogImportService's and the jobs'.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ERRORS_SHOWN = 100; // the first hundred; the API pages through all of them

    @Inject
    CatalogImportService imports;

    private transient Part file;
    private List<ImportView> recent = List.of();
    private List<ExportView> exports = List.of();
    private Long shown;
    private List<ImportView.RowError> errors = List.of();

    @PostConstruct
    void load() {
        recent = imports.recent(new PageRequest(0, 20)).items();
        exports = imports.recentExports(new PageRequest(0, 10)).items();
        if (shown != null) {
            errors = imports.errors(shown, new PageRequest(0, ERRORS_SHOWN)).items();
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.refuse(new io.openshop.domain.shared.InvalidInputException("file", "is required: choose a CSV or JSON file"), "upload:file");
            return;
        }
        String name = file.getSubmittedFileName() == null ? "import.csv" : file.getSubmittedFileName();
        CatalogImport.Format format = name.toLowerCase(Locale.ROOT).endsWith(".json") ? CatalogImport.Format.JSON : CatalogImport.Format.CSV;
        try (var in = file.getInputStream()) {
            ImportView started = imports.submit(format, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Messages.done("Importing " + started.fileName() + " (import " + started.id() + "); its progress shows below.");
            shown = started.id();
        } catch (DomainException e) {
            Messages.refuse(e);
        } catch (IOException e) {
            Messages.refuse(new io.openshop.domain.shared.InvalidInputException("file", "could not be read: " + e.getMessage()), "upload:file");
        }
        file = null;
        load();
    }

    /** Starts an export of the whole catalog as CSV or JSON ("csv", "json"). */
    public void export(String format) {
        try {
            ExportView started = imports.submitExport("json".equals(format) ? CatalogImport.Format.JSON : CatalogImport.Format.CSV);
            Messages.done("Exporting the catalog (export " + started.id() + "); download the file below once it has completed.");
        } catch (DomainException e) {
            Messages.refuse(e);
        }
        load();
    }

    /** A completed export's file, streamed from its parts as it downloads. */
    public StreamedContent download(long id) {
        ExportFile file = imports.file(id);
        CatalogImportService service = imports;
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType()).writer(out -> {
            try {
                service.writeFile(file, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    /** Called by the poll: the latest counts. */
    public void refresh() {
        load();
    }

    public void show(long id) {
        shown = id;
        load();
    }

    public boolean isRunning() {
        return recent.stream().anyMatch(i -> !i.status().isOver()) || exports.stream().anyMatch(e -> !e.status().isOver());
    }

    public List<ExportView> getExports() {
        return exports;
    }

    public List<ImportView> getRecent() {
        return recent;
    }

    public Long getShown() {
        return shown;
    }

    public List<ImportView.RowError> getErrors() {
        return errors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
