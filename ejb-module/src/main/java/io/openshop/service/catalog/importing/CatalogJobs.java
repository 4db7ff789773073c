package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.CatalogImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts import jobs and, after the server they ran on stopped in the middle, resumes them from
 * their last checkpoint. Jakarta Batch lets only the component that started a job restart it
 * (Payara tags each job with its starting component), so both happen here. At start-up (a few
 * seconds after deployment, once the application is up: shop.catalog.jobs.recovery-delay, in
 * seconds, 5 unless set) the server restarts its own imports that
 * were still RUNNING: JBatch left their execution STARTED, which a restart accepts; the old
 * execution is marked FAILED in the job repository so that no list shows it running. Each server
 * resumes only the imports it ran (catalog_import.instance), so in a cluster no import is run twice,
 * and only those stored before this application started: one submitted in the seconds between the
 * start and the timer is running already, started by {@link #start}, and must not run a second time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
public class CatalogJobs {

    static final String JOB = "product-import";
    static final String EXPORT_JOB = "product-export";
    static final String IMPORT_ID = "importId";
    static final String EXPORT_ID = "exportId";
    private static final Logger LOG = Logger.getLogger(CatalogJobs.class.getName());

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Resource
    TimerService timers;

    @Resource
    jakarta.ejb.SessionContext context;

    /** When this application started: jobs stored since are this start's own, not interrupted ones. */
    private java.time.OffsetDateTime started;

    @Inject
    @ConfigProperty(name = "shop.catalog.jobs.recovery-delay", defaultValue = "5")
    int recoveryDelaySeconds;

    @PostConstruct
    void scheduleRecovery() {
        started = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        timers.createSingleActionTimer(recoveryDelaySeconds * 1_000L, new TimerConfig("resume interrupted imports", false));
        LOG.info(() -> "Interrupted imports and exports are looked for at " + started.plusSeconds(recoveryDelaySeconds).toInstant()
                + " (" + recoveryDelaySeconds + " s after the start)");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeInterrupted() {
        CatalogJobs self = context.getBusinessObject(CatalogJobs.class);
        resumeEach("catalog_import", "import", self::resume);
        resumeEach("catalog_export", "export", self::resumeExport);
    }

    /** Resumes each job this instance left QUEUED or RUNNING in the table; one that cannot be resumed is logged, the others go on. */
    private void resumeEach(String table, String what, java.util.function.LongConsumer resume) {
        List<Long> ids;
        try {
            ids = interrupted(table);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for interrupted " + what + "s", e);
            return;
        }
        for (long id : ids) {
            try {
                resume.accept(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resume " + what + " " + id, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> interrupted(String table) {
        List<Number> ids = em.createNativeQuery("select id from " + table + " where status in ('QUEUED', 'RUNNING') and instance = ?1"
                + " and created_at < ?2 order by id").setParameter(1, instanceName()).setParameter(2, started).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** A job's parameter: the import's or export's id. */
    static long parameter(jakarta.batch.runtime.context.JobContext job, String name) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(name));
    }

    /** Keeps an export request for this server to run. */
    public long storeExport(CatalogImport.Format format, String actor) {
        io.openshop.domain.catalog.CatalogExport created = new io.openshop.domain.catalog.CatalogExport(format, actor,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        em.persist(created);
        em.flush();
        em.createNativeQuery("update catalog_export set instance = ?1, status = 'RUNNING' where id = ?2").setParameter(1, instanceName())
                .setParameter(2, created.getId()).executeUpdate();
        return created.getId();
    }

    /** Starts the job of a stored export request (once its row is committed). */
    public void startExport(long exportId) {
        Properties parameters = new Properties();
        parameters.setProperty(EXPORT_ID, Long.toString(exportId));
        operator().start(EXPORT_JOB, parameters);
    }

    /** Restarts an export whose job stopped with its server, from its last checkpoint. */
    public void resumeExport(long exportId) {
        Number execution = (Number) em.createNativeQuery("select execution_id from catalog_export where id = ?1")
                .setParameter(1, exportId).getSingleResult();
        if (execution == null) {
            startExport(exportId);
            return;
        }
        restart(execution.longValue(), EXPORT_ID, exportId);
    }

    private long restart(long old, String parameter, long id) {
        em.createNativeQuery("update executioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = now(),"
                + " updatetime = now() where jobexecid = ?1 and batchstatus in ('STARTED', 'STARTING')").setParameter(1, old).executeUpdate();
        em.createNativeQuery("update stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = now()"
                + " where jobexecid = ?1 and batchstatus in ('STARTED', 'STARTING')").setParameter(1, old).executeUpdate();
        Properties parameters = new Properties();
        parameters.setProperty(parameter, Long.toString(id));
        long execution = operator().restart(old, parameters);
        LOG.info(() -> parameter + " " + id + " resumed from its last checkpoint: job execution " + old + " → " + execution);
        return execution;
    }

    /** Keeps an uploaded file as a new import for this server to run. */
    public long store(CatalogImport.Format format, String fileName, String content, String actor) {
        CatalogImport created = new CatalogImport(format, fileName, content, actor, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        em.persist(created);
        em.flush();
        em.createNativeQuery("update catalog_import set instance = ?1, status = 'RUNNING' where id = ?2").setParameter(1, instanceName())
                .setParameter(2, created.getId()).executeUpdate();
        return created.getId();
    }

    /**
     * Starts the job of a stored import (call once its row is committed: the job reads it on
     * another thread, and records its execution on the row itself as it begins).
     */
    public void start(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importId));
        operator().start(JOB, parameters);
    }

    /** Restarts an import whose job stopped with its server, from its last checkpoint. */
    public void resume(long importId) {
        CatalogImport stored = em.find(CatalogImport.class, importId);
        if (stored.getExecutionId() == null) {
            start(importId);
            return;
        }
        restart(stored.getExecutionId(), IMPORT_ID, importId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    static String instanceName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }
}
