/** Durable steps that run after a commit: their kinds, retries with backoff, and parking for staff. WorkflowStep is the aggregate root. */
package io.openshop.domain.workflow;
