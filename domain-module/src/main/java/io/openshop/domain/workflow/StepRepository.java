package io.openshop.domain.workflow;

import io.openshop.domain.shared.Sort;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where steps are kept. */
public interface StepRepository {

    /**
     * Creates the step for this kind and subject unless it exists (the unique key decides, so two
     * concurrent callers make one row); returns the new step's id, or empty when it existed.
     *
     * @param recheckAt when the retry timer looks at it if its message has not done so by then
     */
    Optional<Long> schedule(StepKind kind, long subjectId, OffsetDateTime recheckAt);

    /** The step, locked until the end of the transaction (concurrent deliveries of its message wait here). */
    Optional<WorkflowStep> lock(long id);

    /** The step of this kind and subject, locked until the end of the transaction. */
    Optional<WorkflowStep> lock(StepKind kind, long subjectId);

    Optional<WorkflowStep> byId(long id);

    /**
     * Pending steps due for another attempt, locked (rows other transactions hold are skipped, so
     * several instances share the work); at most {@code max}.
     */
    List<WorkflowStep> lockDue(OffsetDateTime now, int max);

    /** Steps in a status, one page in the order asked, with their total. */
    Page<WorkflowStep> inStatus(StepStatus status, Sort<StepColumn> sort, PageRequest page);

    long count(StepStatus status);
}
