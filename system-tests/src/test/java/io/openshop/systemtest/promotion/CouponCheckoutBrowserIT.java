package io.openshop.systemtest.promotion;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper uses a coupon in the storefront checkout (headless Chromium): a code the shop does
 * not have is refused with a message on the coupon field, linked from the error summary; a valid
 * one (typed in lower case) shows its discount as its own line on review, computed by the server;
 * the order placed carries the coupon and the discount; a used-up code is refused on its field and
 * the shopper can go on without it, or remove a coupon on review. The payment step with its error
 * and the review with the discount are checked with axe-core and at three widths.
 */
class CouponCheckoutBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void aWrongCodeIsRefusedOnItsFieldAndAValidOneDiscountsTheOrder() throws Exception {
        String code = "SHOPPER-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        assertEquals(201, StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/coupons", Json.createObjectBuilder()
                .add("code", code).add("kind", "PERCENTAGE").add("value", 10).add("usageLimit", 5).build().toString()).statusCode());
        String sku = CommerceSupport.newSkuWithStock("30.00", 10);
        String email = "coupon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        toPaymentStep(sku, 2, email);
        assertEquals("Coupon code (optional)", browser.findElement(By.cssSelector("label[for='checkout:couponCode']")).getText());
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();

        // a code the shop does not have: the same step again, the message on the field and in the summary
        fillIn("checkout:couponCode", "NO-SUCH-CODE");
        browser.findElement(By.id("checkout:toReview")).click();
        WebElement summary = errorSummary();
        waitForTitle("step 3 of 4");
        assertTrue(summary.getText().contains("'NO-SUCH-CODE' is not a coupon of this shop."), summary.getText());
        WebElement link = summary.findElement(By.partialLinkText("is not a coupon of this shop"));
        assertEquals("#checkout:couponCode", link.getAttribute("hash").replace("%3A", ":"));
        assertTrue(browser.findElement(By.id("checkout:couponCode-error")).getText().contains("is not a coupon of this shop"));
        assertEquals("true", browser.findElement(By.id("checkout:couponCode")).getAttribute("aria-invalid"));
        problems.addAll(pageProblems("checkout-coupon-refused"));

        // the shopper corrects it, in lower case as people type
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        fillIn("checkout:couponCode", code.toLowerCase(Locale.ROOT));
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        assertEquals("Discount (" + code + ")", browser.findElement(By.id("review-discount-label")).getText());
        BigDecimal subtotal = shownAmount(browser.findElement(By.id("review-subtotal")).getText());
        BigDecimal discount = shownAmount(browser.findElement(By.id("review-discount")).getText());
        BigDecimal shipping = shownAmount(browser.findElement(By.id("review-shipping")).getText());
        BigDecimal total = shownAmount(browser.findElement(By.id("review-total")).getText());
        assertEquals(new BigDecimal("60.00"), subtotal);
        assertEquals(new BigDecimal("6.00"), discount, "10 % of the goods");
        assertEquals(subtotal.subtract(discount).add(shipping), total, "prices include tax: goods less discount plus shipping");
        problems.addAll(pageProblems("checkout-coupon-review"));

        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
        String number = browser.findElement(By.id("order-number")).getText();
        assertEquals(code, CommerceSupport.text("select coupon_code from customer_order where number = ? and email = ?", number, email));
        assertEquals(0, discount.compareTo(new BigDecimal(CommerceSupport.text("select discount from customer_order where number = ?", number))));
        assertEquals(0, total.compareTo(new BigDecimal(CommerceSupport.text("select grand_total from customer_order where number = ?", number))),
                "the order costs what the review showed");
        assertEquals(1, DatabaseSupport.count("select times_used from coupon where code = ?", code));
        assertEquals(1, DatabaseSupport.count("select count(*) from coupon_redemption r join coupon c on c.id = r.coupon_id"
                + " join customer_order o on o.id = r.order_id where c.code = ? and o.number = ?", code, number));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aCouponCanBeRemovedOnReview() throws Exception {
        String code = "GONE-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        assertEquals(201, StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/coupons", Json.createObjectBuilder()
                .add("code", code).add("kind", "FREE_SHIPPING").build().toString()).statusCode());
        String sku = CommerceSupport.newSkuWithStock("12.00", 10);
        String email = "nocoupon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        toPaymentStep(sku, 1, email);
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        fillIn("checkout:couponCode", code);
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        assertEquals("Free shipping", browser.findElement(By.id("review-discount")).getText());
        assertEquals(0, shownAmount(browser.findElement(By.id("review-shipping")).getText()).signum(), "free shipping");

        browser.findElement(By.id("checkout:removeCoupon")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("review-discount")).isEmpty());
        waitForTitle("step 4 of 4");
        assertTrue(shownAmount(browser.findElement(By.id("review-shipping")).getText()).signum() > 0, "shipping is charged again");
        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
        String number = browser.findElement(By.id("order-number")).getText();
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where number = ? and coupon_code is null"
                + " and discount = 0", number));
        assertEquals(0, DatabaseSupport.count("select times_used from coupon where code = ?", code));
        assertFalse(browser.getPageSource().contains(code), "the coupon is gone from the order");
    }

    @Test
    void aUsedUpCodeIsRefusedOnItsFieldAndTheShopperGoesOnWithoutIt() throws Exception {
        String code = "ONCE-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        assertEquals(201, StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/coupons", Json.createObjectBuilder()
                .add("code", code).add("kind", "FIXED_AMOUNT").add("value", 5).add("currency", "EUR").add("usageLimit", 1)
                .build().toString()).statusCode());
        String sku = CommerceSupport.newSkuWithStock("15.00", 10);
        assertEquals(201, CommerceSupport.checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "first@example.org", code)
                .build().toString(), CommerceSupport.newKey()).statusCode(), "someone else took the only use");
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        toPaymentStep(sku, 1, email);
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        fillIn("checkout:couponCode", code);
        browser.findElement(By.id("checkout:toReview")).click();
        errorSummary();
        waitForTitle("step 3 of 4");
        String message = browser.findElement(By.id("checkout:couponCode-error")).getText();
        assertTrue(message.contains("Coupon " + code + " has been used up."), message);

        browser.findElement(By.id("checkout:couponCode")).clear();
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        assertTrue(browser.findElements(By.id("review-discount")).isEmpty(), "no discount without a coupon");
        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where email = ? and coupon_code is null", email));
        assertEquals(1, DatabaseSupport.count("select times_used from coupon where code = ?", code));
    }

    /** Puts this SKU in a new browser's cart and goes through address and shipping to the payment step. */
    private void toPaymentStep(String sku, int quantity, String email) throws IOException {
        open();
        browser.get(TestSettings.baseUri().resolve("search.xhtml?q=" + sku).toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart:add")));
        fillIn("add-to-cart:quantity", Integer.toString(quantity));
        browser.findElement(By.id("add-to-cart:add")).click();
        waitForTitle("your cart");
        browser.findElement(By.id("to-checkout")).click();
        enterAddressAndContinue(email, "Cora Coupon");
        browser.findElement(By.id("checkout:toPayment")).click();
        waitForTitle("step 3 of 4");
    }
}
