package io.openshop.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A bulk export of the catalog's products, in the columns an import reads ({@link ProductImportRow#COLUMNS}),
 * so that an export imported again changes nothing. Its file is written by its job in parts, one
 * per committed chunk; everything after the request is the job's to write. Aggregate root.
 */
@Entity
@Table(name = "catalog_export")
public class CatalogExport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_export_seq")
    @SequenceGenerator(name = "catalog_export_seq", sequenceName = "catalog_export_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private CatalogImport.Format format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private CatalogImport.Status status;

    @Column(name = "rows_written", nullable = false, insertable = false, updatable = false)
    private int rowsWritten;

    @Column(nullable = false, insertable = false, updatable = false)
    private int restarts;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private OffsetDateTime finishedAt;

    @Version
    private long version;

    protected CatalogExport() {
        // for JPA
    }

    public CatalogExport(CatalogImport.Format format, String createdBy, OffsetDateTime at) {
        this.format = format;
        this.status = CatalogImport.Status.QUEUED;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public CatalogImport.Format getFormat() {
        return format;
    }

    public CatalogImport.Status getStatus() {
        return status;
    }

    public int getRowsWritten() {
        return rowsWritten;
    }

    public int getRestarts() {
        return restarts;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
