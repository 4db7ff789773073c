package io.openshop.domain.platform;

import java.time.Instant;
import java.util.List;

/** Where incidents are kept for the back office; they are only ever added, and removed when old. */
public interface IncidentLog {

    void record(Incident incident);

    /** The newest incidents first, at most this many. */
    List<Incident> latest(int limit);

    /** Removes the incidents that happened before this time; how many. */
    int purgeBefore(Instant cutoff);
}
