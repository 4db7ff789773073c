package io.openshop.systemtest.promotion;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static io.openshop.systemtest.support.CommerceSupport.checkout;
import static io.openshop.systemtest.support.CommerceSupport.checkoutAsync;
import static io.openshop.systemtest.support.CommerceSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coupon's usage limit holds under a rush: 150 shoppers at once on a 100-use code make exactly 100 uses. */
@ExtendWith(SharedDeployment.class)
class CouponLimitIT {

    @Test
    void aHundredUseCodeRedeemedAHundredAndFiftyTimesAtOnceIsUsedExactlyAHundredTimes() throws Exception {
        String code = "RUSH-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CommerceSupport.execute("insert into coupon (id, code, kind, percent, usage_limit) values (nextval('coupon_seq'), ?, 'PERCENTAGE', 10, 100)", code);
        String sku = CommerceSupport.newSkuWithStock("20.00", 500);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            bodies.add(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "rush" + i + "@example.org", code).build().toString());
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(checkoutAsync(body, CommerceSupport.newKey()));
        }
        int placed = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            if (response.statusCode() == 201) {
                placed++;
                assertEquals(code, json(response).getString("couponCode"));
                // 10 % of 20.00 is 2.00, taken before tax
                assertEquals(0, json(response).getJsonObject("discount").getJsonNumber("amount").bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("2.00")));
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(json(response).getString("detail").contains("used up"), response.body());
            }
        }
        assertEquals(100, placed);
        assertEquals(100, DatabaseSupport.count("select times_used from coupon where code = ?", code));
        assertEquals(100, DatabaseSupport.count("select count(*) from customer_order where coupon_code = ?", code));
        assertEquals(100, DatabaseSupport.count("select count(*) from coupon_redemption r join coupon c on c.id = r.coupon_id"
                + " where c.code = ?", code));
        assertEquals(100, CommerceSupport.reserved(sku), "only the orders that got the coupon hold stock");

        HttpResponse<String> late = checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "late@example.org", code)
                .build().toString(), CommerceSupport.newKey());
        assertEquals(409, late.statusCode(), late.body());
    }
}
