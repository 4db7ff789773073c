package io.openshop.service.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/**
 * Every call to an optional provider (carrier rates and tracking, tax, address validation) as
 * {@code shop_provider_calls_total{call, result}}: result {@code answered}, {@code refused} (the
 * provider said no to the request: a 4xx), {@code timeout}, {@code down} (no connection, a 5xx, an
 * answer the shop cannot read) or {@code circuit_open} (not even tried: it failed too often just
 * before). Every result but {@code answered} means the shop's own fallback served the shopper.
 */
@ApplicationScoped
public class ProviderMetrics {

    static final Metadata CALLS = Metadata.builder().withName("shop.provider.calls")
            .withDescription("Calls to optional providers by call (carrier_rates, carrier_tracking, tax, address) and result "
                    + "(answered, refused, timeout, down, circuit_open)").build();

    /** What the shop asks of its providers. */
    public enum Call { CARRIER_RATES, CARRIER_TRACKING, TAX, ADDRESS }

    /** How a call ended. */
    public enum Result { ANSWERED, REFUSED, TIMEOUT, DOWN, CIRCUIT_OPEN }

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Call call : Call.values()) {
            for (Result result : Result.values()) {
                counter(call, result, 0);
            }
        }
    }

    public void count(Call call, Result result) {
        counter(call, result, 1);
    }

    private void counter(Call call, Result result, long by) {
        registry.counter(CALLS, new Tag("call", call.name().toLowerCase(Locale.ROOT)),
                new Tag("result", result.name().toLowerCase(Locale.ROOT))).inc(by);
    }
}
