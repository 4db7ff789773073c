package io.openshop.service.workflow.infrastructure;

import io.openshop.domain.workflow.StepColumn;
import io.openshop.domain.shared.Sort;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Page;
import io.openshop.domain.workflow.StepKind;
import io.openshop.domain.workflow.StepRepository;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.domain.workflow.WorkflowStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Workflow steps in PostgreSQL. */
@ApplicationScoped
public class JpaStepRepository implements StepRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<Long> schedule(StepKind kind, long subjectId, OffsetDateTime recheckAt) {
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same step, then yields nothing
        List<?> id = em.createNativeQuery("insert into workflow_step (kind, subject_id, next_attempt_at) values (?1, ?2, ?3)"
                        + " on conflict (kind, subject_id) do nothing returning id")
                .setParameter(1, kind.name()).setParameter(2, subjectId).setParameter(3, recheckAt)
                .getResultList();
        return id.isEmpty() ? Optional.empty() : Optional.of(((Number) id.get(0)).longValue());
    }

    @Override
    public Optional<WorkflowStep> lock(long id) {
        return Optional.ofNullable(em.find(WorkflowStep.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<WorkflowStep> lock(StepKind kind, long subjectId) {
        return em.createQuery("select s from WorkflowStep s where s.kind = :kind and s.subjectId = :subject", WorkflowStep.class)
                .setParameter("kind", kind).setParameter("subject", subjectId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<WorkflowStep> byId(long id) {
        return Optional.ofNullable(em.find(WorkflowStep.class, id));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WorkflowStep> lockDue(OffsetDateTime now, int max) {
        return em.createNativeQuery("select * from workflow_step where status = 'PENDING' and next_attempt_at <= ?1"
                        + " order by next_attempt_at limit ?2 for update skip locked", WorkflowStep.class)
                .setParameter(1, now).setParameter(2, max)
                .getResultList();
    }

    @Override
    public Page<WorkflowStep> inStatus(StepStatus status, Sort<StepColumn> sort, PageRequest page) {
        String direction = (sort == null ? StepColumn.DEFAULT : sort).descending() ? " desc" : " asc";
        List<WorkflowStep> items = em.createQuery("select s from WorkflowStep s where s.status = :status order by s.createdAt"
                        + direction + ", s.id" + direction, WorkflowStep.class)
                .setParameter("status", status).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        // parked steps are few (an index holds them alone); done ones are counted only by the counts line
        return new Page<>(items, page.page(), page.size(), count(status));
    }

    @Override
    public long count(StepStatus status) {
        return em.createQuery("select count(s) from WorkflowStep s where s.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
