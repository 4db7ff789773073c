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

/** Records which execution runs an export (a restart counts as one more), and how it ended. */
@Named("productExportListener")
@Dependent
public class ProductExportListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @Override
    public void beforeJob() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update catalog_export set status = 'RUNNING', version = version + 1,"
                     + " restarts = restarts + case when execution_id is null then 0 else 1 end, execution_id = ? where id = ?")) {
            ps.setLong(1, job.getExecutionId());
            ps.setLong(2, CatalogJobs.parameter(job, CatalogJobs.EXPORT_ID));
            ps.executeUpdate();
        }
    }

    @Override
    public void afterJob() throws SQLException {
        boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update catalog_export set status = ?, finished_at = now(), version = version + 1"
                     + " where id = ? and execution_id = ?")) {
            ps.setString(1, completed ? "COMPLETED" : "FAILED");
            ps.setLong(2, CatalogJobs.parameter(job, CatalogJobs.EXPORT_ID));
            ps.setLong(3, job.getExecutionId());
            ps.executeUpdate();
        }
    }
}
