package io.openshop.service.workflow;

import io.openshop.domain.workflow.StepRepository;
import io.openshop.domain.workflow.StepStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/**
 * The workflow's backlog as gauges, read from the database at each scrape:
 * {@code shop_workflow_steps{status="pending"}} and {@code {status="parked"}} (the dead letters an
 * operator must look at; an alert fires on them, docs/operations.md). The counts are the same
 * for every instance: they are the shop's, not the instance's.
 */
@Singleton
@Startup
@PermitAll
public class WorkflowMetrics {

    static final Metadata STEPS = Metadata.builder().withName("shop.workflow.steps")
            .withDescription("Workflow steps waiting (pending) or given up and waiting for an operator (parked)").build();

    @Inject
    StepRepository steps;

    @Inject
    MetricRegistry registry;

    @Resource
    SessionContext context;

    @PostConstruct
    void register() {
        WorkflowMetrics self = context.getBusinessObject(WorkflowMetrics.class);
        for (StepStatus status : new StepStatus[] {StepStatus.PENDING, StepStatus.PARKED}) {
            registry.gauge(STEPS, self, m -> m.count(status), new Tag("status", status.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** How many steps are in this status now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(StepStatus status) {
        return steps.count(status);
    }
}
