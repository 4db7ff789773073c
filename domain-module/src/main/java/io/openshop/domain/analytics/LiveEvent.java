package io.openshop.domain.analytics;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something open dashboards are told at once, with no personal data in its text.
 *
 * @param id the feed's position: later events have larger ids
 */
public record LiveEvent(long id, Kind kind, String text, Instant at) implements Serializable {

    public enum Kind {
        ORDER, LOW_STOCK, PARKED_STEP
    }
}
