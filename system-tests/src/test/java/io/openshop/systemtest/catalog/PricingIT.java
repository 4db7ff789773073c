package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.openshop.systemtest.support.HttpSupport.get;
import static io.openshop.systemtest.support.HttpSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prices per currency from price lists with priorities and validity windows, as the API shows them. */
@ExtendWith(SharedDeployment.class)
class PricingIT {

    private static final String PRODUCT = "bamboo-cutting-board-set";

    private final List<String> lists = new ArrayList<>();

    @AfterEach
    void removeTestLists() throws SQLException {
        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement("delete from price_list where code = ?")) {
            for (String code : lists) {
                s.setString(1, code);
                s.executeUpdate();
            }
        }
    }

    private static BigDecimal price(String slug, String currency) throws Exception {
        HttpResponse<String> response = get("/api/products/" + slug + (currency == null ? "" : "?currency=" + currency));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject product = json(response);
        assertTrue(product.containsKey("price"), "priced in " + currency + ": " + response.body());
        assertEquals(currency == null ? "EUR" : currency, product.getJsonObject("price").getString("currency"));
        return product.getJsonObject("price").getJsonNumber("amount").bigDecimalValue();
    }

    /** Adds a price list valid from now + fromMinutes to now + toMinutes (null for open), with one entry. */
    private void priceList(String currency, int priority, Integer fromMinutes, Integer toMinutes, String slug, String amount)
            throws SQLException {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement(
                "with l as (insert into price_list (id, code, name, currency, priority, valid_from, valid_to)"
                        + " values (nextval('price_list_seq'), ?, 'Test list', ?, ?,"
                        + " now() + make_interval(mins => ?), now() + make_interval(mins => ?)) returning id)"
                        + " insert into price_list_entry (price_list_id, product_id, amount)"
                        + " select l.id, p.id, ?::numeric from l, product p where p.slug = ?")) {
            s.setString(1, code);
            s.setString(2, currency);
            s.setInt(3, priority);
            s.setObject(4, fromMinutes);
            s.setObject(5, toMinutes);
            s.setString(6, amount);
            s.setString(7, slug);
            assertEquals(1, s.executeUpdate());
        }
        lists.add(code);
    }

    @Test
    void theUsdPriceComesFromTheUsdListAndTheEurPriceFromTheBase() throws Exception {
        BigDecimal base = new BigDecimal(DatabaseSupport.count("select (price_amount * 100)::bigint from product where slug = ?", PRODUCT))
                .movePointLeft(2);
        assertEquals(0, base.compareTo(price(PRODUCT, null)), "no EUR list covers this product: base price");
        BigDecimal usd = new BigDecimal(DatabaseSupport.count("select (e.amount * 100)::bigint from price_list_entry e"
                + " join price_list l on l.id = e.price_list_id join product p on p.id = e.product_id"
                + " where l.code = 'usd-standard' and p.slug = ?", PRODUCT)).movePointLeft(2);
        assertEquals(0, usd.compareTo(price(PRODUCT, "USD")));
    }

    @Test
    void theHighestPriorityListValidNowWins() throws Exception {
        BigDecimal before = price(PRODUCT, null);
        priceList("EUR", 100, -60, 60, PRODUCT, "11.11");       // valid now
        priceList("EUR", 200, -120, -1, PRODUCT, "1.00");       // ended a minute ago
        priceList("EUR", 300, 5, 60, PRODUCT, "2.00");          // starts in five minutes
        priceList("EUR", 50, null, null, PRODUCT, "22.22");     // valid, but lower priority
        assertEquals(new BigDecimal("11.11"), price(PRODUCT, null));
        assertEquals(0, price(PRODUCT, "USD").compareTo(price(PRODUCT, "USD")), "the USD price is untouched");
        removeTestLists();
        lists.clear();
        assertEquals(0, before.compareTo(price(PRODUCT, null)), "back to the base price");
    }

    @Test
    void searchFiltersAndSortsByThePriceShown() throws Exception {
        priceList("USD", 100, -60, 60, PRODUCT, "0.50");
        JsonObject cheapest = json(get("/api/search?currency=USD&sort=price-asc&size=1"));
        JsonObject first = cheapest.getJsonArray("items").getJsonObject(0);
        assertEquals(PRODUCT, first.getString("slug"), "the sale price sorts first in USD");
        assertEquals(new BigDecimal("0.50"), first.getJsonObject("price").getJsonNumber("amount").bigDecimalValue());
        JsonObject band = json(get("/api/search?currency=USD&price=0-25&size=100"));
        assertTrue(band.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(p -> PRODUCT.equals(p.getString("slug"))));
        assertFalse(json(get("/api/search?currency=EUR&price=0-25&size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(p -> PRODUCT.equals(p.getString("slug"))), "EUR is not affected");
    }

    @Test
    void anUnknownCurrencyIsRefused() throws Exception {
        HttpResponse<String> response = get("/api/search?currency=GBP");
        assertEquals(400, response.statusCode());
        assertTrue(json(response).getJsonObject("errors").containsKey("currency"));
        assertEquals(400, get("/api/products/" + PRODUCT + "?currency=XXX").statusCode());
    }

    @Test
    void theDatabaseRefusesAnEmptyWindowAndANegativePrice() throws Exception {
        try (Connection c = DatabaseSupport.connect(); var s = c.createStatement()) {
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate(
                    "insert into price_list (id, code, name, currency, valid_from, valid_to)"
                            + " values (nextval('price_list_seq'), 'bad-window', 'Bad', 'EUR', now(), now() - interval '1 day')"));
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate(
                    "insert into price_list_entry (price_list_id, product_id, amount)"
                            + " select l.id, p.id, -1 from price_list l, product p where l.code = 'usd-standard' limit 1"));
        }
    }
}
