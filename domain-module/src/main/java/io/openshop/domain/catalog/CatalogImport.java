package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A bulk import of products: the uploaded file and where its job stands. Everything after the
 * upload is the job's to write (its execution, status and counts, advanced by each committed
 * chunk in the chunk's transaction), never this object's. Aggregate root.
 */
@Entity
@Table(name = "catalog_import")
public class CatalogImport {

    /** How the file is written. */
    public enum Format { CSV, JSON }

    /** Where the job stands. */
    public enum Status {
        /** Waiting for the batch runtime to start it. */
        QUEUED,
        /** Its chunks are being read and written (also after a restart of the server, until it is resumed). */
        RUNNING,
        /** Every line was read: each one written, unchanged or reported. */
        COMPLETED,
        /** The job stopped on something other than a row (the file itself could not be read). */
        FAILED;

        public boolean isOver() {
            return this == COMPLETED || this == FAILED;
        }
    }

    /** The largest file the shop takes in one import (about 100,000 rows of a typical catalog). */
    public static final int MAX_CONTENT_CHARS = 64 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_import_seq")
    @SequenceGenerator(name = "catalog_import_seq", sequenceName = "catalog_import_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Format format;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Status status;

    @Column(name = "execution_id", insertable = false, updatable = false)
    private Long executionId;

    @Column(name = "rows_read", nullable = false, insertable = false, updatable = false)
    private int rowsRead;

    @Column(name = "rows_created", nullable = false, insertable = false, updatable = false)
    private int rowsCreated;

    @Column(name = "rows_updated", nullable = false, insertable = false, updatable = false)
    private int rowsUpdated;

    @Column(name = "rows_unchanged", nullable = false, insertable = false, updatable = false)
    private int rowsUnchanged;

    @Column(name = "rows_failed", nullable = false, insertable = false, updatable = false)
    private int rowsFailed;

    @Column(nullable = false, insertable = false, updatable = false)
    private int restarts;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private OffsetDateTime finishedAt;

    @Version
    private long version;

    protected CatalogImport() {
        // for JPA
    }

    public CatalogImport(Format format, String fileName, String content, String createdBy, OffsetDateTime at) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("file", "is empty");
        }
        if (content.length() > MAX_CONTENT_CHARS) {
            throw new InvalidInputException("file", "is larger than " + MAX_CONTENT_CHARS / (1024 * 1024) + " MB: split it");
        }
        this.format = format;
        String name = fileName == null || fileName.isBlank() ? "import." + format.name().toLowerCase(java.util.Locale.ROOT) : fileName.strip();
        this.fileName = name.length() > 200 ? name.substring(0, 200) : name;
        this.content = content;
        this.status = Status.QUEUED;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Format getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public Status getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsCreated() {
        return rowsCreated;
    }

    public int getRowsUpdated() {
        return rowsUpdated;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getRowsFailed() {
        return rowsFailed;
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
