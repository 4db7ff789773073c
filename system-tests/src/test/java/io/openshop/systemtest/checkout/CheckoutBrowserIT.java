package io.openshop.systemtest.checkout;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper buys in headless Chromium: finds a product, puts it in the cart, goes through the
 * checkout's steps with the test gateway and sees the confirmation; the order is then in the
 * database with the total the review showed. The cart and every step are checked with axe-core
 * and at three widths (screenshots in target/screenshots).
 * <p>
 * Once the payment is taken (a member of staff captures it through the API; the test gateway
 * authorises at checkout), the order workflow emails the confirmation, which arrives once at the
 * shopper's address on the test SMTP server (GreenMail, in this JVM).
 */
class CheckoutBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();
    /** Set by {@link #buy}: the order the shopper placed, and the email it was placed with. */
    private String orderNumber;
    private String shopperEmail;

    private static GreenMail smtp;

    @BeforeAll
    static void smtp() {
        smtp = MailSupport.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aShopperBuysAProductThroughEveryCheckoutStep() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("24.00", 10);
        shopperEmail = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        BigDecimal reviewed = buy(sku, shopperEmail, "tok_visa", true);

        assertTrue(orderNumber.matches("SO-\\d{6,}"), "the confirmation shows the order number: " + orderNumber);
        assertEquals(shopperEmail, browser.findElement(By.id("order-email")).getText());
        assertEquals(reviewed, shownAmount(browser.findElement(By.id("order-total")).getText()), "the total confirmed is the total reviewed");
        assertEquals(reviewed, new BigDecimal(CommerceSupport.text("select grand_total from customer_order where number = ? and email = ?",
                orderNumber, shopperEmail)), "the order is in the database with the total the shopper saw");
        BigDecimal subtotal = new BigDecimal(CommerceSupport.text("select subtotal from customer_order where number = ?", orderNumber));
        BigDecimal shipping = new BigDecimal(CommerceSupport.text("select shipping from customer_order where number = ?", orderNumber));
        assertEquals(new BigDecimal("48.00"), subtotal, "two at 24.00");
        assertEquals(subtotal.add(shipping), reviewed, "prices include tax: the total is goods plus shipping");
        assertEquals(2, DatabaseSupport.count("select coalesce(sum(l.quantity), 0) from order_line l join customer_order o"
                + " on o.id = l.order_id where o.number = ? and l.sku = ?", orderNumber, sku));
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where email = ?", shopperEmail),
                "one order, however often the button was pressed");
        assertEquals("0", browser.findElement(By.id("cart-count")).getText(), "the cart was checked out");
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        // The payment is taken, and the confirmation email arrives, once, at the shopper's address.
        assertEquals(200, WorkflowSupport.capture(orderNumber, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        String subject = "Order " + orderNumber + " confirmed";
        MailSupport.await(90, () -> !MailSupport.withSubject(smtp, subject).isEmpty());
        List<MimeMessage> confirmations = MailSupport.withSubject(smtp, subject);
        assertEquals(1, confirmations.size(), "one confirmation email for the order");
        assertEquals(shopperEmail, confirmations.get(0).getAllRecipients()[0].toString());
        assertTrue(MailSupport.body(confirmations.get(0)).contains(orderNumber), MailSupport.body(confirmations.get(0)));
    }

    @Test
    void aDeclinedPaymentSaysSoAndOrdersNothing() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.50", 10);
        String email = "declined-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        buy(sku, email, "tok_declined", false);

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertTrue(summary.getText().contains("declined"), "a clear message: " + summary.getText());
        assertTrue(browser.findElement(By.id("step-title")).getText().contains("pay"), "back on the payment step");
        check("checkout-declined");
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where email = ?", email), "nothing was ordered");
        assertEquals(0, CommerceSupport.reserved(sku), "no stock held");
        assertEquals("2", browser.findElement(By.id("cart-count")).getText(), "the cart is still there");

        // the shopper picks the card that works and the same checkout goes through
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where email = ?", email));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void missingAddressFieldsAreListedAndLinkedToTheirFields() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("5.00", 10);
        open();
        addToCart(sku, 1);
        browser.get(TestSettings.baseUri().resolve("checkout.xhtml").toString());
        browser.findElement(By.id("checkout:toShipping")).click();
        // the page stays on step 1 (same title), so wait for the answer's error summary itself
        WebElement summary = errorSummary();
        waitForTitle("step 1 of 4");
        assertTrue(summary.getText().contains("Enter your email address."), summary.getText());
        WebElement link = summary.findElement(By.linkText("Enter the postcode."));
        assertEquals("#checkout:postalCode", link.getAttribute("hash").replace("%3A", ":"));
        assertEquals("true", browser.findElement(By.id("checkout:email")).getAttribute("aria-invalid"));
        check("checkout-errors");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void stockGoneBeforeTheOrderIsPlacedSendsTheShopperBackToTheCart() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("6.00", 10);
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open();
        addToCart(sku, 2);
        browser.findElement(By.id("to-checkout")).click();
        waitForTitle("step 1 of 4");
        fillIn("checkout:email", email);
        fillIn("checkout:name", "Ada Late");
        fillIn("checkout:line1", "Invalidenstr. 1");
        fillIn("checkout:postalCode", "10115");
        fillIn("checkout:city", "Berlin");
        toReviewWithTheDefaultShippingAndACardThatSucceeds();
        // meanwhile someone else bought all but one
        CommerceSupport.execute("update stock_level set on_hand = 1 where variant_id = (select id from product_variant where sku = ?)", sku);

        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("your cart");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Out of stock"),
                "a clear message: " + browser.findElement(By.id("messages")).getText());
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where email = ?", email), "nothing was ordered");
        assertEquals("2", browser.findElement(By.id("cart-count")).getText(), "the cart is kept to change");
    }

    @Test
    void aSignedInCustomerDeliversToASavedAddressAndSeesTheOrderInTheirAccount() throws Exception {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Copper Lantern Meadow 31";
        String sku = CommerceSupport.newSkuWithStock("11.00", 10);
        open();
        browser.get(TestSettings.baseUri().resolve("signup.xhtml").toString());
        fillIn("signup:name", "Mia Member");
        fillIn("signup:email", email);
        fillIn("signup:password", password);
        browser.findElement(By.id("signup:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/account/"));
        String token = HttpSupport.json(HttpSupport.send("POST", "/api/auth/token", jakarta.json.Json.createObjectBuilder()
                .add("email", email).add("password", password).build().toString())).getString("token");
        assertEquals(201, HttpSupport.send("POST", "/api/me/addresses", jakarta.json.Json.createObjectBuilder()
                .add("name", "Mia Member").add("line1", "Hafenstr. 9").add("postalCode", "20457").add("city", "Hamburg")
                .add("country", "DE").build().toString(), "Authorization", "Bearer " + token).statusCode());

        addToCart(sku, 1);
        browser.findElement(By.id("to-checkout")).click();
        waitForTitle("step 1 of 4");
        assertEquals(email, browser.findElement(By.id("checkout:email")).getAttribute("value"), "the account's email is filled in");
        browser.findElement(By.cssSelector("input[value='Deliver here']")).click();
        // the same step again, with the saved address in the fields
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> "Hafenstr. 9".equals(
                d.findElement(By.id("checkout:line1")).getAttribute("value")));
        assertEquals("20457", browser.findElement(By.id("checkout:postalCode")).getAttribute("value"));
        check("checkout-address-book");
        toReviewWithTheDefaultShippingAndACardThatSucceeds();
        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
        String number = browser.findElement(By.id("order-number")).getText();
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order o join app_user u on u.id = o.customer_id"
                + " where o.number = ? and u.email = ?", number, email), "the order names the account that placed it");

        browser.get(TestSettings.baseUri().resolve("account/").toString());
        WebElement row = browser.findElement(By.cssSelector("#orders tr[data-order='" + number + "']"));
        assertTrue(row.getText().contains("Pending payment"), "the history shows the status: " + row.getText());
        check("account-orders");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Browses to the product by its SKU, adds two, and goes through the checkout; on success sets {@link #orderNumber}. */
    private BigDecimal buy(String sku, String email, String paymentToken, boolean expectSuccess) throws Exception {
        open();
        browser.get(TestSettings.baseUri().toString());
        WebElement search = browser.findElement(By.id("search-q"));
        search.sendKeys(sku);
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart:add")));
        assertEquals(sku, browser.findElement(By.id("product-sku")).getText(), "the search led to the product");
        WebElement quantity = browser.findElement(By.id("add-to-cart:quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.id("add-to-cart:add")).click();
        waitForTitle("your cart");
        assertEquals("2", browser.findElement(By.id("cart-count")).getText());
        assertTrue(browser.findElement(By.id("cart-lines")).getText().contains(sku));
        check("cart");

        browser.findElement(By.id("to-checkout")).click();
        waitForTitle("step 1 of 4");
        check("checkout-address");
        fillIn("checkout:email", email);
        fillIn("checkout:name", "Ada Browser");
        fillIn("checkout:line1", "Invalidenstr. 1");
        fillIn("checkout:postalCode", "10115");
        fillIn("checkout:city", "Berlin");
        browser.findElement(By.id("checkout:toShipping")).click();
        waitForTitle("step 2 of 4");
        check("checkout-shipping");
        assertFalse(browser.findElements(By.cssSelector("input[name='checkout:method']:checked")).isEmpty(), "a method is preselected");
        browser.findElement(By.id("checkout:toPayment")).click();
        waitForTitle("step 3 of 4");
        check("checkout-payment");
        assertTrue(browser.findElements(By.cssSelector("input[type=text][autocomplete^='cc'], input[name*='card']")).isEmpty(),
                "no card number field");
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='" + paymentToken + "']")).click();
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        check("checkout-review");
        BigDecimal total = shownAmount(browser.findElement(By.id("review-total")).getText());
        assertEquals(new BigDecimal(priceOf(sku)).multiply(BigDecimal.valueOf(2)), shownAmount(browser.findElement(By.id("review-subtotal")).getText()),
                "the review shows the server's subtotal");

        WebElement place = browser.findElement(By.id("checkout:placeOrder"));
        if (expectSuccess) {
            // an impatient double click: two submissions of the same attempt, one order
            ((JavascriptExecutor) browser).executeScript("arguments[0].click(); arguments[0].click();", place);
        } else {
            place.click();
        }
        if (expectSuccess) {
            waitForTitle("thank you");
            orderNumber = browser.findElement(By.id("order-number")).getText();
            check("order-confirmation");
        } else {
            waitForTitle("step 3 of 4");
        }
        return total;
    }

    private void addToCart(String sku, int quantity) {
        browser.get(TestSettings.baseUri().resolve("search.xhtml?q=" + sku).toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart:add")));
        fillIn("add-to-cart:quantity", Integer.toString(quantity));
        browser.findElement(By.id("add-to-cart:add")).click();
        waitForTitle("your cart");
    }

    private static String priceOf(String sku) throws Exception {
        return CommerceSupport.text("select price_amount::text from product where sku = ?", sku);
    }

    /** axe-core, no horizontal scrolling at each width, and a screenshot at each. */
    private void check(String page) throws Exception {
        problems.addAll(pageProblems(page));
    }

    /** From the address step to review: the preselected (cheapest) shipping method, the test card that succeeds. */
    private void toReviewWithTheDefaultShippingAndACardThatSucceeds() {
        browser.findElement(By.id("checkout:toShipping")).click();
        waitForTitle("step 2 of 4");
        browser.findElement(By.id("checkout:toPayment")).click();
        waitForTitle("step 3 of 4");
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
    }
}
