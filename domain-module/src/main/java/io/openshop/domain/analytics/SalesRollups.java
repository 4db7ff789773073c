package io.openshop.domain.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The per-day rollups of sales the dashboard reads, and the job that keeps them. */
public interface SalesRollups {

    /** Recomputes every rollup from {@code from} (a UTC day) on, replacing what was there. */
    void rollUp(LocalDate from, Instant now);

    /** The first UTC day an order was placed; empty in a shop without orders. */
    Optional<LocalDate> firstOrderDay();

    /** Whether nothing was ever rolled up (a new shop, or the rollups were emptied for a rebuild). */
    boolean neverRolledUp();

    /** When the rollups last finished, if ever. */
    Optional<Instant> rolledAt();

    /** Sales per day and currency, for days from {@code from} until {@code to} (exclusive). */
    List<DailySales> sales(LocalDate from, LocalDate to);

    /** Orders placed from {@code from} on, by their status now. */
    Map<String, Integer> ordersByStatus(LocalDate from);

    /** The best-selling products (by revenue in {@code currency}) from {@code from} on. */
    List<TopSeller> topProducts(LocalDate from, Currency currency, int limit);

    /** The best-selling categories (by revenue in {@code currency}) from {@code from} on. */
    List<TopSeller> topCategories(LocalDate from, Currency currency, int limit);
}
