package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogExport;
import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.catalog.ProductImportRow;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.importing.CatalogJobs;
import io.openshop.service.identity.CurrentAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bulk product imports for catalog staff: a CSV or JSON file becomes a Jakarta Batch job that
 * upserts its products by SKU (see {@code io.openshop.service.catalog.importing}); its progress
 * and its refused rows, by line, can be read while it runs.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CatalogImportService {

    @EJB
    CatalogJobs jobs;

    @Inject
    CurrentAccount current;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /** Keeps the file and starts its job (after the file is committed: the job reads it on another thread). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView submit(CatalogImport.Format format, String fileName, String content) {
        long id = jobs.store(format, fileName, content, current.name());
        jobs.start(id);
        return view(id);
    }

    public ImportView view(long id) {
        return ImportView.of(find(id));
    }

    /** The latest imports first. */
    public Page<ImportView> recent(PageRequest page) {
        List<ImportView> items = em.createQuery("select i from CatalogImport i order by i.createdAt desc, i.id desc", CatalogImport.class)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList().stream().map(ImportView::of).toList();
        long total = em.createQuery("select count(i) from CatalogImport i", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** An import's refused rows, by line. */
    public Page<ImportView.RowError> errors(long id, PageRequest page) {
        CatalogImport found = find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select line, sku, field, reason from catalog_import_error where import_id = ?1"
                        + " order by line limit ?2 offset ?3")
                .setParameter(1, id).setParameter(2, page.size()).setParameter(3, (long) page.page() * page.size()).getResultList();
        List<ImportView.RowError> items = rows.stream().map(r -> new ImportView.RowError(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], (String) r[3])).toList();
        return new Page<>(items, page.page(), page.size(), found.getRowsFailed());
    }

    /** Starts an export of the whole catalog in the import's columns (after its row is committed). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportView submitExport(CatalogImport.Format format) {
        long id = jobs.storeExport(format, current.name());
        jobs.startExport(id);
        return export(id);
    }

    public ExportView export(long id) {
        return ExportView.of(findExport(id));
    }

    /** The latest exports first. */
    public Page<ExportView> recentExports(PageRequest page) {
        List<ExportView> items = em.createQuery("select e from CatalogExport e order by e.createdAt desc, e.id desc", CatalogExport.class)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList().stream().map(ExportView::of).toList();
        long total = em.createQuery("select count(e) from CatalogExport e", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * A completed export's file, to be {@linkplain #writeFile written}.
     *
     * @throws InvalidInputException while the export is still running, or when it failed
     */
    public ExportFile file(long id) {
        CatalogExport export = findExport(id);
        if (export.getStatus() != CatalogImport.Status.COMPLETED) {
            throw new InvalidInputException("id", "export " + id + " is " + export.getStatus() + ": download it once it has completed");
        }
        return new ExportFile(id, export.getFormat());
    }

    /** Writes an export's file: the CSV header and its parts, or its parts in a JSON array. */
    public void writeFile(ExportFile file, OutputStream out) throws IOException {
        long id = file.id();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean json = file.format() == CatalogImport.Format.JSON;
        writer.write(json ? "[\n" : String.join(",", ProductImportRow.COLUMNS) + "\r\n");
        boolean first = true;
        @SuppressWarnings("unchecked")
        List<String> parts = em.createNativeQuery("select content from catalog_export_part where export_id = ?1 order by part")
                .setParameter(1, id).getResultList();
        for (String part : parts) {
            if (json && !first && !part.isEmpty()) {
                writer.write(",\n");
            }
            writer.write(part);
            first = first && part.isEmpty();
        }
        writer.write(json ? "\n]\n" : "");
        writer.flush();
    }

    private CatalogExport findExport(long id) {
        CatalogExport found = em.find(CatalogExport.class, id);
        if (found == null) {
            throw new NotFoundException("Export", Long.toString(id));
        }
        return found;
    }

    private CatalogImport find(long id) {
        // never in the shared cache (only the job writes it after the upload), so this reads the row as committed now
        CatalogImport found = em.find(CatalogImport.class, id);
        if (found == null) {
            throw new NotFoundException("Import", Long.toString(id));
        }
        return found;
    }
}
