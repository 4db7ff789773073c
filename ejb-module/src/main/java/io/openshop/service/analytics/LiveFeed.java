package io.openshop.service.analytics;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Reads the dashboards' live feed for the web layer's pusher, which runs on a managed thread
 * without a caller (hence no role); nothing in the feed is personal.
 */
@Stateless
@PermitAll
public class LiveFeed {

    static final int BATCH = 100;

    @Inject
    LiveEvents events;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LiveEvent> after(long id) {
        return events.after(id, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long newest() {
        return events.newest();
    }
}
