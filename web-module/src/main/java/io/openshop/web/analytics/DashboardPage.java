package io.openshop.web.analytics;

import io.openshop.domain.analytics.DailySales;
import io.openshop.domain.analytics.TopSeller;
import io.openshop.domain.analytics.TrafficDay;
import io.openshop.service.analytics.DashboardService;
import io.openshop.service.analytics.DashboardView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard: the service's figures, and the Chart.js configurations PrimeFaces' p:chart
 * draws from them (each chart also has a table of its data for those who cannot see it).
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final String[] PALETTE = {"#0b57d0", "#1a7f37", "#9a6700", "#cf222e", "#8250df", "#57606a", "#0a7c86",
        "#bc4c00", "#1f2328", "#6e7781"};

    @Inject
    DashboardService service;

    private DashboardView view;

    @PostConstruct
    void load() {
        view = service.dashboard();
    }

    public DashboardView getView() {
        return view;
    }

    /** A change as the dashboard shows it: "+12.5 %", "−3.0 %", or "new" when the period before had nothing. */
    public String change(BigDecimal percent) {
        if (percent == null) {
            return "new";
        }
        return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "\u00b1") + percent.abs().toPlainString() + "\u00a0%";
    }

    /** up, down or flat: the change's direction, for its colour and arrow. */
    public String direction(BigDecimal percent) {
        return percent == null || percent.signum() > 0 ? "up" : percent.signum() < 0 ? "down" : "flat";
    }

    /** When the figures were rolled up, as "HH:mm UTC"; "not yet" before the first run. */
    public String getAsOf() {
        return view.rolledAt() == null ? "not yet"
                : view.rolledAt().atOffset(ZoneOffset.UTC).toLocalTime().withSecond(0).withNano(0) + " UTC";
    }

    public List<Map.Entry<String, Integer>> getStatuses() {
        return List.copyOf(view.ordersByStatus().entrySet()).stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    }

    /** Revenue per day over the last 30 days, a line. */
    public String getRevenueChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DailySales day : view.revenueByDay()) {
            labels.add(day.day().toString());
            values.add(day.totals().revenue().amount());
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", "Revenue (" + view.currency() + ")")
                .add("data", values).add("borderColor", PALETTE[0]).add("backgroundColor", PALETTE[0]).add("tension", 0.2);
        return chart("line", labels, Json.createArrayBuilder().add(dataset), false);
    }

    /** The last 30 days' orders by status, a doughnut. */
    public String getStatusChart() {
        List<Map.Entry<String, Integer>> statuses = getStatuses();
        return chart("doughnut", labels(statuses, Map.Entry::getKey),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Orders")
                        .add("data", numbers(statuses, e -> BigDecimal.valueOf(e.getValue())))
                        .add("backgroundColor", colours(statuses.size()))), true);
    }

    /** Visitors at each step of the funnel, horizontal bars. */
    public String getFunnelChart() {
        TrafficDay f = view.funnel();
        JsonArrayBuilder labels = Json.createArrayBuilder().add("Visited").add("Viewed a product").add("Searched")
                .add("Added to a cart").add("Began the checkout").add("Bought");
        JsonArrayBuilder values = Json.createArrayBuilder().add(f.visitors()).add(f.productViewers()).add(f.searchers())
                .add(f.cartAdders()).add(f.checkoutStarters()).add(f.buyers());
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Visitors")
                .add("data", values).add("backgroundColor", PALETTE[1])), false, true);
    }

    public String getTopProductsChart() {
        return bars(view.topProducts());
    }

    public String getTopCategoriesChart() {
        return bars(view.topCategories());
    }

    private String bars(List<TopSeller> sellers) {
        return chart("bar", labels(sellers, TopSeller::name), Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Revenue (" + view.currency() + ")").add("data", numbers(sellers, s -> s.revenue().amount()))
                .add("backgroundColor", PALETTE[0])), false);
    }

    private static <T> JsonArrayBuilder labels(List<T> rows, Function<T, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(label.apply(r)));
        return labels;
    }

    private static <T> JsonArrayBuilder numbers(List<T> rows, Function<T, BigDecimal> value) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        rows.forEach(r -> numbers.add(value.apply(r)));
        return numbers;
    }

    private static JsonArrayBuilder colours(int count) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            colours.add(PALETTE[i % PALETTE.length]);
        }
        return colours;
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return chart(type, labels, datasets, legend, false);
    }

    /** A Chart.js configuration: no animation, the legend only where there are several colours, bars sideways if asked. */
    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend, boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
