package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.importing.ImportJobs;
import io.openshop.service.identity.CurrentAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    ImportJobs jobs;

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

    private CatalogImport find(long id) {
        // never in the shared cache (only the job writes it after the upload), so this reads the row as committed now
        CatalogImport found = em.find(CatalogImport.class, id);
        if (found == null) {
            throw new NotFoundException("Import", Long.toString(id));
        }
        return found;
    }
}
