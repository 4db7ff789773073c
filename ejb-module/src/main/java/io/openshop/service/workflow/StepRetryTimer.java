package io.openshop.service.workflow;

import io.openshop.service.platform.ScheduledJob;
import io.openshop.service.platform.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every five seconds, sends again the messages of steps due for another attempt. A non-persistent
 * timer: the due times live in workflow_step, so a missed run is made up by the next, also after
 * a restart. In a cluster every instance fires it and the one that claims the tick
 * ({@link ScheduledRuns}) sends; the rows are taken with SKIP LOCKED all the same.
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class StepRetryTimer {

    private static final Logger LOG = Logger.getLogger(StepRetryTimer.class.getName());

    @EJB
    WorkflowEngine engine;

    @EJB
    ScheduledRuns runs;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "retry workflow steps")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resendDue() {
        ScheduledJob.WORKFLOW_RETRY.runIfClaimed(runs, Instant.now(), LOG, () -> {
            int sent = engine.resendDue();
            if (sent > 0) {
                LOG.fine(() -> "Sent " + sent + " workflow step messages again");
            }
        });
    }
}
