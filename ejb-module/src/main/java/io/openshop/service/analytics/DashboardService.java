package io.openshop.service.analytics;

import io.openshop.domain.analytics.DailySales;
import io.openshop.domain.analytics.PeriodComparison;
import io.openshop.domain.analytics.SalesRollups;
import io.openshop.domain.analytics.SalesTotals;
import io.openshop.domain.analytics.TrafficDay;
import io.openshop.domain.analytics.VisitorEvents;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStockColumn;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.workflow.StepRepository;
import io.openshop.domain.workflow.StepStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's figures for every staff role: sales today, over 7 and over 30 days against the
 * period before, revenue per day, orders by status, the best sellers, the storefront funnel and
 * conversion rate (visitors who consented to analytics), low stock and parked workflow steps. Sales come from the rollups (SalesRollupJob), never from the orders; days are
 * UTC days.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
public class DashboardService {

    static final int TOP = 5;

    @Inject
    SalesRollups rollups;

    @Inject
    DashboardFigures figures;

    @Inject
    VisitorEvents visitors;

    @Inject
    InventoryRepository inventory;

    @Inject
    StepRepository steps;

    @Inject
    @ConfigProperty(name = "shop.inventory.low-stock-threshold", defaultValue = "5")
    int lowStockThreshold;

    @Inject
    @ConfigProperty(name = "shop.analytics.currency", defaultValue = "EUR")
    String shopCurrency;

    Clock clock = Clock.systemUTC();

    public DashboardView dashboard() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant rolledAt = rollups.rolledAt().orElse(null);
        // What comes from the rollups changes only when they are rolled up again (every minute):
        // until then every dashboard shows the same figures, read once (docs/performance.md).
        DashboardView sales = figures.get(today, rolledAt, () -> sales(today, rolledAt));
        LocalDate monthAgo = today.minusDays(29);
        TrafficDay funnel = visitors.traffic(monthAgo, today.plusDays(1)).stream()
                .reduce(new TrafficDay(monthAgo, 0, 0, 0, 0, 0, 0), TrafficDay::plus);
        return new DashboardView(sales.currency(), sales.periods(), sales.revenueByDay(), sales.ordersByStatus(),
                sales.topProducts(), sales.topCategories(), funnel,
                inventory.lowStock(lowStockThreshold, LowStockColumn.DEFAULT, new PageRequest(0, 1)).total(), steps.count(StepStatus.PARKED), rolledAt);
    }

    /** The dashboard's figures that come from the sales rollups (the rest left empty). */
    private DashboardView sales(LocalDate today, Instant rolledAt) {
        LocalDate tomorrow = today.plusDays(1);
        List<DailySales> sixtyDays = rollups.sales(today.minusDays(59), tomorrow);

        Map<Currency, SalesTotals> last30 = new LinkedHashMap<>();
        sixtyDays.stream().filter(d -> !d.day().isBefore(today.minusDays(29)))
                .forEach(d -> last30.merge(d.totals().revenue().currency(), d.totals(), SalesTotals::plus));
        Currency main = last30.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<Currency, SalesTotals> e) -> e.getValue().revenue().amount())
                        .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(Currency.getInstance(shopCurrency));

        List<Currency> currencies = new ArrayList<>(List.of(main));
        sixtyDays.stream().map(d -> d.totals().revenue().currency()).distinct().sorted(Comparator.comparing(Currency::getCurrencyCode))
                .filter(c -> !c.equals(main)).forEach(currencies::add);
        List<PeriodComparison> periods = new ArrayList<>();
        for (Currency currency : currencies) {
            periods.add(compare("Today", 1, today, currency, sixtyDays));
            periods.add(compare("7 days", 7, today, currency, sixtyDays));
            periods.add(compare("30 days", 30, today, currency, sixtyDays));
        }

        Map<LocalDate, SalesTotals> byDay = new TreeMap<>();
        for (LocalDate day = today.minusDays(29); day.isBefore(tomorrow); day = day.plusDays(1)) {
            byDay.put(day, SalesTotals.none(main));
        }
        sixtyDays.stream().filter(d -> byDay.containsKey(d.day()) && d.totals().revenue().currency().equals(main))
                .forEach(d -> byDay.put(d.day(), d.totals()));
        List<DailySales> series = byDay.entrySet().stream().map(e -> new DailySales(e.getKey(), e.getValue())).toList();

        LocalDate monthAgo = today.minusDays(29);
        return new DashboardView(main.getCurrencyCode(), periods, series, rollups.ordersByStatus(monthAgo),
                rollups.topProducts(monthAgo, main, TOP), rollups.topCategories(monthAgo, main, TOP), null, 0, 0, rolledAt);
    }

    /** The {@code days} ending today against the {@code days} before them, in one currency. */
    static PeriodComparison compare(String label, int days, LocalDate today, Currency currency, List<DailySales> sales) {
        LocalDate start = today.minusDays(days - 1L);
        LocalDate previousStart = start.minusDays(days);
        SalesTotals current = SalesTotals.none(currency);
        SalesTotals previous = SalesTotals.none(currency);
        for (DailySales d : sales) {
            if (!d.totals().revenue().currency().equals(currency) || d.day().isBefore(previousStart) || d.day().isAfter(today)) {
                continue;
            }
            if (d.day().isBefore(start)) {
                previous = previous.plus(d.totals());
            } else {
                current = current.plus(d.totals());
            }
        }
        return new PeriodComparison(label, current, previous);
    }
}
