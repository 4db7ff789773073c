package io.openshop.service.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The checkout's business metrics, in the application registry (Prometheus names in
 * docs/operations.md): orders placed and revenue by currency, counted only once the order's
 * transaction has committed, so they match the orders stored; refusals by reason, counted when
 * they happen. And the checkout's timer ({@code shop.checkout.duration}, the {@code @Timed} of
 * {@link CheckoutService#placeOrder}), registered once while the application starts so that no
 * request ever creates it.
 * <p>
 * Payara's metrics interceptor registers a {@code @Timed} metric when it constructs each bean
 * instance, and the timer's construction updates a plain {@code HashMap} of the registry
 * ({@code TimerImpl.validateMetricsConfiguration}). On a freshly started instance the first
 * concurrent checkouts constructed several {@code CheckoutService} instances at once; two of them
 * creating the timer together failed with a {@code ConcurrentModificationException}, and the
 * checkout answered 500 ({@code ./bench cluster} found it: 3 SEVERE records at the start of its
 * first checkout phase). Once the timer exists, the interceptor finds it and creates nothing.
 */
@ApplicationScoped
public class CheckoutMetrics {

    static final String DURATION_NAME = "shop.checkout.duration";
    static final String DURATION_DESCRIPTION = "Time to place an order (or refuse it), in seconds";
    /** As the interceptor reads it from the annotation (a {@code @Timed} counts in nanoseconds). */
    static final Metadata DURATION = Metadata.builder().withName(DURATION_NAME).withDescription(DURATION_DESCRIPTION)
            .withUnit(MetricUnits.NANOSECONDS).build();
    static final Metadata ORDERS = Metadata.builder().withName("shop.orders.placed")
            .withDescription("Orders placed (committed; idempotent replays not counted)").build();
    static final Metadata REVENUE = Metadata.builder().withName("shop.revenue.minor.units")
            .withDescription("Grand totals of the orders placed, in the currency's minor units (cents), by currency").build();
    static final Metadata REFUSALS = Metadata.builder().withName("shop.checkout.refusals")
            .withDescription("Checkouts refused, by reason: payment_declined, out_of_stock, coupon").build();

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "shop.catalog.currencies", defaultValue = "EUR,USD")
    List<String> currencies;

    /**
     * Every series at zero from the start, so that a rate over them is defined before the first
     * order; the timer made here, before any request, for the reason above.
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.timer(DURATION);
        registry.counter(ORDERS);
        currencies.forEach(c -> registry.counter(REVENUE, new Tag("currency", c.strip())));
        for (CheckoutOutcome.Reason reason : CheckoutOutcome.Reason.values()) {
            registry.counter(REFUSALS, new Tag("reason", reason.name().toLowerCase(Locale.ROOT)));
        }
    }

    void onPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckoutOutcome.Placed placed) {
        registry.counter(ORDERS).inc();
        registry.counter(REVENUE, new Tag("currency", placed.grandTotal().currency().getCurrencyCode()))
                .inc(placed.grandTotal().amount().movePointRight(placed.grandTotal().currency().getDefaultFractionDigits())
                        .longValueExact());
    }

    void onRefused(@Observes CheckoutOutcome.Refused refused) {
        registry.counter(REFUSALS, new Tag("reason", refused.reason().name().toLowerCase(Locale.ROOT))).inc();
    }
}
