package io.openshop.service.checkout;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Registers the checkout's timer ({@code shop.checkout.duration}, the {@code @Timed} of
 * {@link CheckoutService#placeOrder}) once, while the application starts, so that no request
 * ever creates it.
 * <p>
 * Payara's metrics interceptor registers a {@code @Timed} metric when it constructs each bean
 * instance, and the timer's construction reads a plain {@code HashMap} of the registry
 * ({@code TimerImpl.validateMetricsConfiguration}). On a freshly started instance the first
 * concurrent checkouts construct several {@code CheckoutService} instances at once; two of them
 * creating the timer together failed with a {@code ConcurrentModificationException}, and the
 * checkout answered 500 ({@code ./bench cluster} found it: 3 SEVERE records at the start of its
 * first checkout phase). Once the timer exists, the interceptor finds it and creates nothing.
 */
@Singleton
@Startup
@PermitAll
public class CheckoutMetrics {

    static final String DURATION_NAME = "shop.checkout.duration";
    static final String DURATION_DESCRIPTION = "Time to place an order (or refuse it), in seconds";
    /** As the interceptor reads it from the annotation (a {@code @Timed} counts in nanoseconds). */
    static final Metadata DURATION = Metadata.builder().withName(DURATION_NAME).withDescription(DURATION_DESCRIPTION)
            .withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        registry.timer(DURATION);
    }
}
