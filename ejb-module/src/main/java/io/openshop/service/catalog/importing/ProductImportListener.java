package io.openshop.service.catalog.importing;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Marks the import COMPLETED when its job has read every line, FAILED when the job failed (the file could not be read). */
@Named("productImportListener")
@Dependent
public class ProductImportListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ProductImportListener.class.getName());

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    /** The job records which execution runs the import (a restart counts as one more). */
    @Override
    public void beforeJob() throws SQLException {
        long id = ProductImportReader.importId(job);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update catalog_import set status = 'RUNNING', version = version + 1,"
                     + " restarts = restarts + case when execution_id is null then 0 else 1 end, execution_id = ? where id = ?")) {
            ps.setLong(1, job.getExecutionId());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    @Override
    public void afterJob() throws SQLException {
        long id = ProductImportReader.importId(job);
        boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update catalog_import set status = ?, finished_at = now(), version = version + 1"
                     + " where id = ? and execution_id = ?")) { // a later execution's word counts, not a stale one's
            ps.setString(1, completed ? "COMPLETED" : "FAILED");
            ps.setLong(2, id);
            ps.setLong(3, job.getExecutionId());
            ps.executeUpdate();
        }
        LOG.info(() -> "Import " + id + " (job execution " + job.getExecutionId() + ") " + (completed ? "completed" : "failed: "
                + job.getExitStatus()));
    }
}
