package io.openshop.service.testing;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The dashboards' live feed in memory: what the services under test told it, in order. */
public final class FakeLiveEvents implements LiveEvents {

    public final List<LiveEvent> told = new ArrayList<>();

    @Override
    public void append(LiveEvent.Kind kind, String text) {
        told.add(new LiveEvent(told.size() + 1L, kind, text, Instant.EPOCH));
    }

    @Override
    public List<LiveEvent> after(long id, int max) {
        return told.stream().filter(e -> e.id() > id).limit(max).toList();
    }

    @Override
    public long newest() {
        return told.size();
    }
}
