package io.openshop.web.analytics;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.analytics.PeriodComparison;
import io.openshop.domain.analytics.TopSeller;
import io.openshop.domain.analytics.TrafficDay;
import io.openshop.service.analytics.DashboardService;
import io.openshop.service.analytics.DashboardView;
import io.openshop.service.analytics.SalesRollupJob;
import io.openshop.web.platform.MoneyResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The dashboard's figures for staff, and bringing the sales rollups up to date at once (ADMIN), e.g. after a bulk import. */
@Path("admin/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
public class AnalyticsAdminResource {

    /** What a rollup recomputed. */
    public record RollupResponse(LocalDate fromDay) {
    }

    /** Orders, revenue and average order value of a period, and their change in per cent (null: the period before had none). */
    public record PeriodResponse(String period, int orders, MoneyResponse revenue, MoneyResponse averageOrderValue,
                                 BigDecimal ordersChange, BigDecimal revenueChange, BigDecimal averageOrderValueChange) {
        static PeriodResponse of(PeriodComparison p) {
            return new PeriodResponse(p.period(), p.current().orders(), MoneyResponse.of(p.current().revenue()),
                    MoneyResponse.of(p.current().averageOrderValue()), p.ordersChange(), p.revenueChange(), p.averageOrderValueChange());
        }
    }

    /** One day's orders and revenue. */
    public record DayResponse(LocalDate day, int orders, MoneyResponse revenue) {
    }

    /** A best seller of the last 30 days. */
    public record SellerResponse(String key, String name, int units, MoneyResponse revenue) {
        static SellerResponse of(TopSeller s) {
            return new SellerResponse(s.key(), s.name(), s.units(), MoneyResponse.of(s.revenue()));
        }
    }

    /** The dashboard's figures. */
    public record DashboardResponse(String currency, List<PeriodResponse> periods, List<DayResponse> revenueByDay,
                                    Map<String, Integer> ordersByStatus, List<SellerResponse> topProducts,
                                    List<SellerResponse> topCategories, TrafficDay funnel, BigDecimal conversionRate,
                                    long lowStock, long parkedSteps, Instant rolledAt) {
        static DashboardResponse of(DashboardView v) {
            return new DashboardResponse(v.currency(), v.periods().stream().map(PeriodResponse::of).toList(),
                    v.revenueByDay().stream().map(d -> new DayResponse(d.day(), d.totals().orders(),
                            MoneyResponse.of(d.totals().revenue()))).toList(),
                    v.ordersByStatus(), v.topProducts().stream().map(SellerResponse::of).toList(),
                    v.topCategories().stream().map(SellerResponse::of).toList(), v.funnel(), v.funnel().conversionRate(),
                    v.lowStock(), v.parkedSteps(), v.rolledAt());
        }
    }

    @Inject
    DashboardService dashboard;

    @Inject
    SalesRollupJob rollups;

    @GET
    @Path("dashboard")
    @Operation(summary = "The dashboard's figures: sales today, over 7 and 30 days against the period before, revenue per day,"
            + " orders by status, best sellers, low stock and parked workflow steps (any staff role)")
    @APIResponse(responseCode = "200", description = "The figures, as of the last rollup")
    @APIResponse(responseCode = "403", description = "The caller is not staff")
    public DashboardResponse dashboard() {
        return DashboardResponse.of(dashboard.dashboard());
    }

    @POST
    @Path("rollups")
    @Operation(summary = "Recomputes the sales rollups now (every day when they were emptied, else the recent days); ADMIN")
    @APIResponse(responseCode = "200", description = "The first day recomputed")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @RolesAllowed(Roles.ADMIN)
    public RollupResponse rollUp() {
        return new RollupResponse(rollups.rollUpNow());
    }
}
