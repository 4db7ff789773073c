package io.openshop.service.analytics;

import io.openshop.domain.analytics.VisitorEvent;
import io.openshop.domain.analytics.VisitorEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends what a consenting visitor did, off the request's thread and in a transaction of its
 * own: a page never waits for analytics, and a failure to record loses one event, never the
 * visitor's request. The web layer decides whether the visitor consented; nothing else calls it.
 */
@Stateless
@PermitAll
public class VisitorEventRecorder {

    private static final Logger LOG = Logger.getLogger(VisitorEventRecorder.class.getName());

    @Inject
    VisitorEvents events;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(VisitorEvent event) {
        try {
            events.append(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a visitor event (" + event.kind() + "); it is lost", e);
        }
    }
}
