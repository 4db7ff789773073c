package io.openshop.service.testing;

import io.openshop.domain.checkout.CarrierQuote;
import io.openshop.domain.checkout.CheckoutRepository;
import io.openshop.domain.checkout.ShippingMethod;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Tax rates and shipping methods per country, and idempotency keys by scope: the first claim of a
 * key is fresh, later claims see its request hash and, once completed, its order.
 */
public final class FakeCheckoutRepository implements CheckoutRepository {

    /** country → tax class → rate */
    public final Map<String, Map<String, BigDecimal>> taxRates = new HashMap<>();
    public final List<Shipping> shipping = new ArrayList<>();
    public final Map<String, Claim> claims = new HashMap<>();
    /** cart id → the live rates kept for it, in the order they were kept */
    public final Map<Long, List<CarrierQuote>> quotes = new HashMap<>();

    public record Shipping(String country, ShippingMethod method) {
    }

    public static final class Claim {
        public final String requestHash;
        public Long orderId;

        Claim(String requestHash) {
            this.requestHash = requestHash;
        }
    }

    @Override
    public void keepQuotes(long cartId, List<CarrierQuote> kept) {
        List<CarrierQuote> list = quotes.computeIfAbsent(cartId, k -> new ArrayList<>());
        list.removeIf(q -> kept.stream().anyMatch(k -> k.getCode().equals(q.getCode())));
        list.addAll(kept);
    }

    @Override
    public List<CarrierQuote> quotes(long cartId) {
        List<CarrierQuote> list = new ArrayList<>(quotes.getOrDefault(cartId, List.of()));
        java.util.Collections.reverse(list);
        return list;
    }

    @Override
    public Optional<CarrierQuote> quote(long cartId, String code) {
        return quotes(cartId).stream().filter(q -> q.getCode().equals(code)).findFirst();
    }

    @Override
    public Map<String, BigDecimal> taxRates(String country) {
        return taxRates.getOrDefault(country, Map.of());
    }

    @Override
    public Optional<ShippingMethod> shippingMethod(String country, String code, Currency currency) {
        return shippingMethods(country, currency).stream().filter(m -> m.getCode().equals(code)).findFirst();
    }

    @Override
    public List<String> shippingCountries() {
        return List.copyOf(new TreeSet<>(shipping.stream().map(Shipping::country).toList()));
    }

    @Override
    public List<ShippingMethod> shippingMethods(String country, Currency currency) {
        return shipping.stream().filter(s -> s.country().equals(country)).map(Shipping::method)
                .filter(m -> m.getCurrency().equals(currency)).toList();
    }

    @Override
    public IdempotencyClaim claim(String scope, String key, String requestHash, OffsetDateTime at) {
        Claim existing = claims.get(scope + "/" + key);
        if (existing == null) {
            claims.put(scope + "/" + key, new Claim(requestHash));
            return new IdempotencyClaim(true, requestHash, null);
        }
        return new IdempotencyClaim(false, existing.requestHash, existing.orderId);
    }

    @Override
    public void complete(String scope, String key, long orderId) {
        claims.get(scope + "/" + key).orderId = orderId;
    }
}
