package io.openshop.domain.analytics;

import java.time.LocalDate;
import java.util.List;

/** Where consenting visitors' events are appended (never changed; Housekeeping purges them after their retention) and the funnel read. */
public interface VisitorEvents {

    void append(VisitorEvent event);

    /** The funnel per day from {@code from} until {@code to} (exclusive), from the rollup. */
    List<TrafficDay> traffic(LocalDate from, LocalDate to);
}
