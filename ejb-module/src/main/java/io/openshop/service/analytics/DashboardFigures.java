package io.openshop.service.analytics;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The dashboard's sales figures as last read, with the rollup they were read from: the rollups
 * change once a minute (SalesRollupJob), so until the next roll-up every dashboard on this instance
 * shows the figures read once. Each instance of a cluster keeps its own; they agree, because the
 * key is the roll-up's time as the database has it.
 */
@ApplicationScoped
public class DashboardFigures {

    private record Entry(LocalDate today, Instant rolledAt, DashboardView figures) {
    }

    private volatile Entry last;

    /** The figures of this day and roll-up, read by {@code read} when they are not the ones kept. */
    public DashboardView get(LocalDate today, Instant rolledAt, Supplier<DashboardView> read) {
        Entry kept = last;
        if (kept != null && kept.today().equals(today) && rolledAt != null && Objects.equals(kept.rolledAt(), rolledAt)) {
            return kept.figures();
        }
        DashboardView figures = read.get();
        last = new Entry(today, rolledAt, figures);
        return figures;
    }
}
