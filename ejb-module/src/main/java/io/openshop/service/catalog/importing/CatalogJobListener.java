package io.openshop.service.catalog.importing;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * What an import's or export's job records on its row: which execution runs it as it begins (a
 * restart counts as one more), and how it ended (COMPLETED, or FAILED when the job failed), only
 * if no later execution has taken the row over.
 */
abstract class CatalogJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(CatalogJobListener.class.getName());

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private final String table;
    private final String parameter;

    CatalogJobListener(String table, String parameter) {
        this.table = table;
        this.parameter = parameter;
    }

    @Override
    public void beforeJob() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update " + table + " set status = 'RUNNING', version = version + 1,"
                     + " restarts = restarts + case when execution_id is null then 0 else 1 end, execution_id = ? where id = ?")) {
            ps.setLong(1, job.getExecutionId());
            ps.setLong(2, CatalogJobs.parameter(job, parameter));
            ps.executeUpdate();
        }
    }

    @Override
    public void afterJob() throws SQLException {
        long id = CatalogJobs.parameter(job, parameter);
        boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update " + table + " set status = ?, finished_at = now(), version = version + 1"
                     + " where id = ? and execution_id = ?")) { // a later execution's word counts, not a stale one's
            ps.setString(1, completed ? "COMPLETED" : "FAILED");
            ps.setLong(2, id);
            ps.setLong(3, job.getExecutionId());
            ps.executeUpdate();
        }
        LOG.info(() -> table + " " + id + " (job execution " + job.getExecutionId() + ") " + (completed ? "completed" : "failed: "
                + job.getExitStatus()));
    }
}
