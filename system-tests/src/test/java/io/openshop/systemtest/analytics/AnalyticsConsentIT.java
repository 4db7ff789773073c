package io.openshop.systemtest.analytics;

import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analytics with consent, in Chromium: a visitor who has not answered is asked (axe-core on the
 * banner) and nothing they do is recorded; after "yes" a scripted session (search, product, cart,
 * every checkout step, purchase) moves each step of the dashboard's funnel by exactly one; after
 * withdrawing, the visitor id is gone and nothing more is recorded. A form posted from another
 * site cannot answer for the visitor.
 */
class AnalyticsConsentIT extends BrowserTest {

    private static final String[] STEPS = {"visitors", "productViewers", "searchers", "cartAdders", "checkoutStarters", "buyers"};

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static JsonObject funnel() throws Exception {
        assertEquals(200, StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/analytics/rollups", null).statusCode());
        HttpResponse<String> answer = StaffSupport.as(StaffSupport.adminToken(), "GET", "/api/admin/analytics/dashboard", null);
        assertEquals(200, answer.statusCode(), answer.body());
        return HttpSupport.json(answer).getJsonObject("funnel");
    }

    private void shop(String sku) {
        browser.get(TestSettings.baseUri().toString());
        WebElement search = browser.findElement(By.id("search-q"));
        search.sendKeys(sku);
        search.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart:add")));
        browser.findElement(By.id("add-to-cart:add")).click();
        waitForTitle("your cart");
    }

    private void checkOut(String email) {
        browser.findElement(By.id("to-checkout")).click();
        enterAddressAndContinue(email, "Ada Counted");
        browser.findElement(By.id("checkout:toPayment")).click();
        waitForTitle("step 3 of 4");
        browser.findElement(By.cssSelector("input[name='checkout:payment'][value='tok_visa']")).click();
        browser.findElement(By.id("checkout:toReview")).click();
        waitForTitle("step 4 of 4");
        browser.findElement(By.id("checkout:placeOrder")).click();
        waitForTitle("thank you");
    }

    @Test
    void nothingIsRecordedBeforeConsentAndAConsentingSessionMovesEachFunnelStepByOne() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("19.00", 10);
        JsonObject before = funnel();
        long lastEvent = DatabaseSupport.count("select coalesce(max(id), 0) from visitor_event");

        open();
        browser.get(TestSettings.baseUri().toString());
        assertTrue(browser.findElement(By.id("consent")).isDisplayed(), "a visitor who has not answered is asked");
        assertAccessible("home page with the consent banner");
        screenshot("consent-banner");
        shop(sku); // searched, viewed, added to the cart: not counted
        assertNull(browser.manage().getCookieNamed("shop_visitor"), "no visitor id without consent");

        browser.findElement(By.id("consent-accept")).click();
        waitForTitle("your cart");
        assertTrue(browser.findElements(By.id("consent")).isEmpty(), "asked once");
        Cookie visitor = browser.manage().getCookieNamed("shop_visitor");
        assertNotNull(visitor, "a random visitor id, after yes");
        assertTrue(visitor.isHttpOnly());
        shop(sku);
        checkOut("counted-" + System.nanoTime() + "@example.org");
        MailSupport.awaitSql(30, () -> DatabaseSupport.count("select count(*) from visitor_event where visitor = cast(? as uuid)"
                + " and kind = 'PURCHASE'", visitor.getValue()) == 1);

        assertEquals(DatabaseSupport.count("select count(*) from visitor_event where id > ?", lastEvent),
                DatabaseSupport.count("select count(*) from visitor_event where id > ? and visitor = cast(? as uuid)", lastEvent,
                        visitor.getValue()), "every event since the start is the consenting visitor's: none before consent");
        assertEquals(List.of("ADDRESS", "PAYMENT", "REVIEW", "SHIPPING"), List.of(CommerceSupport.text("select string_agg(distinct subject,"
                + " ',' order by subject) from visitor_event where visitor = cast(? as uuid) and kind = 'CHECKOUT_STEP'",
                visitor.getValue()).split(",")), "every checkout step");
        assertEquals(0, DatabaseSupport.count("select count(*) from visitor_event where visitor = cast(? as uuid) and"
                + " (subject like '%@%' or query like '%@%')", visitor.getValue()), "no email among what was recorded");

        JsonObject after = funnel();
        for (String step : STEPS) {
            assertEquals(before.getInt(step) + 1, after.getInt(step), step + " grew by the one consenting visitor");
        }

        // withdrawing: the id is deleted and nothing more is recorded
        browser.get(url("/privacy-choices.xhtml"));
        assertTrue(browser.findElement(By.id("consent-state")).getText().contains("You agreed"));
        assertAccessible("privacy choices");
        browser.findElement(By.id("consent-decline")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-state"), "You declined"));
        assertNull(browser.manage().getCookieNamed("shop_visitor"), "the visitor id is deleted");
        long recorded = DatabaseSupport.count("select count(*) from visitor_event where visitor = cast(? as uuid)", visitor.getValue());
        shop(sku);
        browser.get(TestSettings.baseUri().toString());
        assertFalse(browser.findElements(By.id("search-q")).isEmpty());
        Thread.sleep(1_000); // recording is asynchronous: give a wrongly recorded event the time to land
        assertEquals(recorded, DatabaseSupport.count("select count(*) from visitor_event where visitor = cast(? as uuid)",
                visitor.getValue()), "nothing recorded after withdrawing");
    }

    @Test
    void aFormFromAnotherSiteCannotAnswerForTheVisitor() throws Exception {
        HttpResponse<String> forged = HttpSupport.send("POST", "/api/privacy/consent", null, "Content-Type",
                "application/x-www-form-urlencoded", "Origin", "https://evil.example");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("shop_")), "no cookie set");
        HttpResponse<String> nonsense = HttpSupport.send("POST", "/api/privacy/consent", null, "Content-Type",
                "application/x-www-form-urlencoded", "Origin", TestSettings.baseUri().toString().replaceAll("/$", ""));
        assertEquals(400, nonsense.statusCode(), "a choice that is neither yes nor no: " + nonsense.body());
    }
}
