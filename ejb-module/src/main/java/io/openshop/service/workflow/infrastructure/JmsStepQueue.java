package io.openshop.service.workflow.infrastructure;

import io.openshop.domain.workflow.StepKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends a step's message: persistent, on the container's JMSContext, so inside a JTA transaction
 * it is delivered only if that transaction commits. Email and webhook deliveries (calls out to other
 * systems, which may be slow) go to the mail queue, order steps to the order events queue (queues created in payara-config/domain.asadmin).
 */
@ApplicationScoped
public class JmsStepQueue {

    /** The message property naming the step's kind (for operators browsing a queue). */
    static final String KIND = "stepKind";

    @Inject
    @JMSConnectionFactory("jms/shop/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/shop/OrderEvents")
    Queue orderEvents;

    @Resource(lookup = "jms/shop/Mail")
    Queue mail;

    public void send(StepKind kind, long stepId) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setProperty(KIND, kind.name())
                .send(kind == StepKind.SEND_MAIL || kind == StepKind.DELIVER_WEBHOOK ? mail : orderEvents, Long.toString(stepId));
    }
}
