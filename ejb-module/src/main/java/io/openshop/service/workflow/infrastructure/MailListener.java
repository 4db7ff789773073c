package io.openshop.service.workflow.infrastructure;

import io.openshop.service.workflow.WorkflowEngine;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Delivers queued email, one SEND_MAIL step per message (queue ShopMail). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "ShopMail")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailListener implements MessageListener {

    @EJB
    WorkflowEngine engine;

    @Override
    public void onMessage(Message message) {
        StepListener.handle(engine, message);
    }
}
