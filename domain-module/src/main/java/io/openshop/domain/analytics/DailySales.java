package io.openshop.domain.analytics;

import java.io.Serializable;
import java.time.LocalDate;

/** One UTC day's sales in one currency, as the rollup keeps them. */
public record DailySales(LocalDate day, SalesTotals totals) implements Serializable {
}
