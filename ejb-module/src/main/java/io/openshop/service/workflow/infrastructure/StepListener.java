package io.openshop.service.workflow.infrastructure;

import io.openshop.service.workflow.WorkflowEngine;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What both message-driven beans do with a step's message: run the step in its own transaction
 * and, when that throws, record the failed attempt in another. The bean itself takes part in no
 * transaction, so the message is acknowledged only after both have finished; a crash before that
 * redelivers it, and the step's DONE mark makes the redelivery harmless.
 */
final class StepListener {

    private static final Logger LOG = Logger.getLogger(StepListener.class.getName());

    private StepListener() {
    }

    static void handle(WorkflowEngine engine, Message message) {
        long stepId;
        try {
            stepId = Long.parseLong(((TextMessage) message).getText().strip());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Dropped a workflow message that names no step", e);
            return;
        }
        try {
            engine.run(stepId);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            engine.failed(stepId, error);
        }
    }
}
