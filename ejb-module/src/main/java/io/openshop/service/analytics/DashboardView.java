package io.openshop.service.analytics;

import io.openshop.domain.analytics.DailySales;
import io.openshop.domain.analytics.PeriodComparison;
import io.openshop.domain.analytics.TopSeller;
import io.openshop.domain.analytics.TrafficDay;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The back office's landing page in figures, all read from the rollups and small indexed counts.
 *
 * @param currency      the currency the shop sold most in over the last 30 days (the one the
 *                      series and the best sellers are in)
 * @param periods       today, 7 days and 30 days against the period before, one set per currency sold in
 * @param revenueByDay  the last 30 days in {@code currency}, one entry a day (zero on days without sales)
 * @param ordersByStatus the last 30 days' orders by their status now
 * @param funnel        the last 30 days' storefront funnel (consenting visitors only), summed per day
 * @param rolledAt      when the rollups last finished; null before the first run
 */
public record DashboardView(String currency, List<PeriodComparison> periods, List<DailySales> revenueByDay,
                            Map<String, Integer> ordersByStatus, List<TopSeller> topProducts, List<TopSeller> topCategories,
                            TrafficDay funnel, long lowStock, long parkedSteps, Instant rolledAt) implements Serializable {

    public DashboardView {
        periods = List.copyOf(periods);
        revenueByDay = List.copyOf(revenueByDay);
        ordersByStatus = Map.copyOf(ordersByStatus);
        topProducts = List.copyOf(topProducts);
        topCategories = List.copyOf(topCategories);
    }
}
