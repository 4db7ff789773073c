package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.CatalogImport;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the import's file row by row; its checkpoint is the line of the last row read (an Integer,
 * which every later version of the shop can still read), and reopened at a checkpoint it skips the
 * rows up to that line.
 */
@Named("productImportReader")
@Dependent
public class ProductImportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private ImportFiles.Cursor rows;
    private int line;
    private String unreadable;
    private boolean reportedUnreadable;

    static long importId(JobContext job) {
        return CatalogJobs.parameter(job, CatalogJobs.IMPORT_ID);
    }

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        long id = importId(job);
        CatalogImport.Format format;
        String content;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select format, content from catalog_import where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("import " + id + " is gone");
                }
                format = CatalogImport.Format.valueOf(rs.getString(1));
                content = rs.getString(2);
            }
        }
        int resumeAfter = checkpoint == null ? 0 : (Integer) checkpoint;
        line = resumeAfter;
        try {
            rows = ImportFiles.open(format, content);
            while (resumeAfter > 0 && rows.hasNext()) {
                if (rows.next().line() >= resumeAfter) {
                    break;
                }
            }
        } catch (IllegalArgumentException e) {
            unreadable = e.getMessage();
        }
    }

    /** The next row; a file that cannot be read (any further) ends as one refused row naming why. */
    @Override
    public Object readItem() {
        if (unreadable == null) {
            try {
                if (rows.hasNext()) {
                    ImportLine row = rows.next();
                    line = row.line();
                    return row;
                }
                return null;
            } catch (IllegalArgumentException e) {
                unreadable = e.getMessage();
            }
        }
        if (reportedUnreadable) {
            return null;
        }
        reportedUnreadable = true;
        line = line + 1;
        return ImportLine.malformed(line, java.util.Map.of(), "file", unreadable);
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
