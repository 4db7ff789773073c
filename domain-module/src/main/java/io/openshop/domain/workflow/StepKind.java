package io.openshop.domain.workflow;

/**
 * What a step does, and what its subject id refers to. The order steps follow one another:
 * COMMIT_STOCK → REQUEST_FULFILMENT → QUEUE_CONFIRMATION (which queues an email, delivered by a
 * SEND_MAIL step).
 */
public enum StepKind {
    /** Delivers one email of the outbox (subject: mail_outbox id). */
    SEND_MAIL,
    /** A paid order's reserved stock leaves on hand (subject: order id). */
    COMMIT_STOCK,
    /** A paid order goes to the warehouse: FULFILLING (subject: order id). */
    REQUEST_FULFILMENT,
    /** The order's confirmation email is queued (subject: order id). */
    QUEUE_CONFIRMATION,
    /** Delivers one domain event to one webhook subscriber (subject: webhook_delivery id). */
    DELIVER_WEBHOOK
}
