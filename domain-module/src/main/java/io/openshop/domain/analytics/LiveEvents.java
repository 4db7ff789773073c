package io.openshop.domain.analytics;

import java.util.List;

/** The dashboards' live feed: appended in the transaction of the change, read by every instance after what it last saw. */
public interface LiveEvents {

    void append(LiveEvent.Kind kind, String text);

    /** The events after {@code id}, oldest first, at most {@code max}. */
    List<LiveEvent> after(long id, int max);

    /** The id of the newest event; 0 when there is none. */
    long newest();
}
