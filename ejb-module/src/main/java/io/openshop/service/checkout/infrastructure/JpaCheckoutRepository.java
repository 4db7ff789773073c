package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.checkout.CarrierQuote;
import io.openshop.domain.checkout.CheckoutRepository;
import io.openshop.domain.checkout.ShippingMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout's data in PostgreSQL. Idempotency keys are taken by single atomic statements, never
 * read-then-write, so they hold under any number of concurrent checkouts.
 */
@ApplicationScoped
public class JpaCheckoutRepository implements CheckoutRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void keepQuotes(long cartId, List<CarrierQuote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        em.createQuery("delete from CarrierQuote q where q.cartId = :cart and q.code in :codes")
                .setParameter("cart", cartId).setParameter("codes", quotes.stream().map(CarrierQuote::getCode).toList())
                .executeUpdate();
        quotes.forEach(em::persist);
    }

    @Override
    public List<CarrierQuote> quotes(long cartId) {
        return em.createQuery("select q from CarrierQuote q where q.cartId = :cart order by q.expiresAt desc, q.code", CarrierQuote.class)
                .setParameter("cart", cartId).setMaxResults(50).getResultList();
    }

    @Override
    public Optional<CarrierQuote> quote(long cartId, String code) {
        return em.createQuery("select q from CarrierQuote q where q.cartId = :cart and q.code = :code order by q.expiresAt desc",
                        CarrierQuote.class)
                .setParameter("cart", cartId).setParameter("code", code).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, BigDecimal> taxRates(String country) {
        Map<String, BigDecimal> rates = new HashMap<>();
        em.createQuery("select t.taxClass, t.rate from TaxRate t where t.country = :country", Object[].class)
                .setParameter("country", country).getResultList()
                .forEach(r -> rates.put((String) r[0], (BigDecimal) r[1]));
        return rates;
    }

    @Override
    public Optional<ShippingMethod> shippingMethod(String country, String code, Currency currency) {
        return em.createQuery("select m from ShippingMethod m join m.zone z where :country member of z.countries"
                        + " and m.code = :code and m.currency = :currency", ShippingMethod.class)
                .setParameter("country", country).setParameter("code", code)
                .setParameter("currency", currency.getCurrencyCode())
                .getResultStream().findFirst();
    }

    @Override
    public List<String> shippingCountries() {
        // sorted here: EclipseLink cannot order by the value of an element collection
        return em.createQuery("select distinct c from ShippingZone z join z.countries c", String.class).getResultStream()
                .sorted().toList();
    }

    @Override
    public List<ShippingMethod> shippingMethods(String country, Currency currency) {
        return em.createQuery("select m from ShippingMethod m join m.zone z where :country member of z.countries"
                        + " and m.currency = :currency order by m.name, m.code", ShippingMethod.class)
                .setParameter("country", country).setParameter("currency", currency.getCurrencyCode())
                .getResultList();
    }

    @Override
    public IdempotencyClaim claim(String scope, String key, String requestHash, OffsetDateTime at) {
        // ON CONFLICT DO NOTHING waits for a transaction that holds the same key uncommitted;
        // if it commits, nothing is inserted here and its row is read below.
        int inserted = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash, created_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (scope, key) do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, at)
                .executeUpdate();
        if (inserted == 1) {
            return new IdempotencyClaim(true, requestHash, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, order_id from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return new IdempotencyClaim(false, ((String) row[0]).strip(), row[1] == null ? null : ((Number) row[1]).longValue());
    }

    @Override
    public void complete(String scope, String key, long orderId) {
        em.createNativeQuery("update idempotency_key set order_id = ?1 where scope = ?2 and key = ?3")
                .setParameter(1, orderId).setParameter(2, scope).setParameter(3, key).executeUpdate();
    }
}
