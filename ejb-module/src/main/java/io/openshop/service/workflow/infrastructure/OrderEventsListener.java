package io.openshop.service.workflow.infrastructure;

import io.openshop.service.workflow.WorkflowEngine;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Runs the order workflow's steps (queue ShopOrderEvents; the physical name, see docs/architecture.md). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "ShopOrderEvents")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderEventsListener implements MessageListener {

    @EJB
    WorkflowEngine engine;

    @Override
    public void onMessage(Message message) {
        StepListener.handle(engine, message);
    }
}
