package io.openshop.domain.checkout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where checkout's reference data (tax rates, shipping) and idempotency keys are kept. */
public interface CheckoutRepository {

    /** Tax rates of a country by tax class. */
    Map<String, BigDecimal> taxRates(String country);

    Optional<ShippingMethod> shippingMethod(String country, String code, Currency currency);

    /** Every country some shipping zone delivers to, as ISO codes in alphabetical order. */
    List<String> shippingCountries();

    /** The methods that deliver to a country in a currency, by name. */
    List<ShippingMethod> shippingMethods(String country, Currency currency);

    /** Keeps the live rates offered for a cart (the cart's earlier quotes for the same codes are replaced). */
    void keepQuotes(long cartId, List<CarrierQuote> quotes);

    /** The live rates offered for a cart, the latest first. */
    List<CarrierQuote> quotes(long cartId);

    /** The live rate last offered for a cart under this code, if any. */
    Optional<CarrierQuote> quote(long cartId, String code);

    /**
     * Claims an idempotency key for a request by inserting it under its unique constraint, in
     * the caller's transaction. If another transaction holds the key, waits for it to end; when
     * that one committed, returns what it stored (so the caller returns the first result).
     */
    IdempotencyClaim claim(String scope, String key, String requestHash, OffsetDateTime at);

    /** Stores the result (the order) of the request that claimed the key. */
    void complete(String scope, String key, long orderId);

    /** The answer to a claim: the key is new (go ahead), or it was used before, for this request or another. */
    record IdempotencyClaim(boolean fresh, String requestHash, Long orderId) {
    }
}
