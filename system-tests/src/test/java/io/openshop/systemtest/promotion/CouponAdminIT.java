package io.openshop.systemtest.promotion;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.openshop.systemtest.support.StaffSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff who run promotions (ADMIN, CATALOG_MANAGER) define, list, deactivate and reactivate
 * coupons through {@code /api/admin/coupons} and the back office's coupons page; anyone else is
 * refused; a refused value is a 400 problem naming its field; a deactivated coupon is refused at
 * checkout; every change is in the audit log. The page passes axe-core at three widths.
 */
class CouponAdminIT extends BrowserTest {

    private static String newCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static JsonObjectBuilder percentage(String code, String percent) {
        return Json.createObjectBuilder().add("code", code).add("kind", "PERCENTAGE").add("value", new BigDecimal(percent));
    }

    private static HttpResponse<String> create(String token, JsonObjectBuilder body) throws Exception {
        return as(token, "POST", "/api/admin/coupons", body.build().toString());
    }

    private static JsonObject listed(String token, String code) throws Exception {
        HttpResponse<String> list = as(token, "GET", "/api/admin/coupons?code=" + code, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray all = Json.createReader(new StringReader(list.body())).readObject().getJsonArray("items");
        return all.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not listed: " + list.body()));
    }

    private static HttpResponse<String> checkoutWith(String code) throws Exception {
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        return CommerceSupport.checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1),
                "coupon-" + Long.toString(System.nanoTime(), 36) + "@example.org", code).build().toString(), CommerceSupport.newKey());
    }

    private static void assertProblemNaming(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(HttpSupport.contentType(response).startsWith("application/problem+json"), HttpSupport.contentType(response));
        assertTrue(HttpSupport.json(response).getJsonObject("errors").containsKey(field), field + " named in " + response.body());
    }

    @Test
    void onlyAdministratorsAndCatalogManagersReachCoupons() throws Exception {
        HttpResponse<String> anonymous = HttpSupport.get("/api/admin/coupons");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(HttpSupport.contentType(anonymous).startsWith("application/problem+json"));

        String customer = SignedUpCustomers.newCustomer("shopper").token();
        String code = newCode("NOPE");
        for (String token : new String[] {customer, SignedUpCustomers.newStaffToken("FULFILMENT"), SignedUpCustomers.newStaffToken("SUPPORT")}) {
            HttpResponse<String> list = as(token, "GET", "/api/admin/coupons", null);
            assertEquals(403, list.statusCode(), list.body());
            assertTrue(HttpSupport.contentType(list).startsWith("application/problem+json"));
            assertEquals(403, create(token, percentage(code, "10")).statusCode());
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from coupon where code = ?", code), "nothing was created");
        assertEquals(200, as(StaffSupport.adminToken(), "GET", "/api/admin/coupons", null).statusCode(), "ADMIN may");
    }

    @Test
    void aCatalogManagerCreatesListsDeactivatesAndReactivatesACouponAuditedAndCheckoutFollows() throws Exception {
        String managerEmail = SignedUpCustomers.newStaff("CATALOG_MANAGER");
        String manager = SignedUpCustomers.token(managerEmail, TestSettings.adminPassword());
        String code = newCode("SPRING");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        HttpResponse<String> created = create(manager, percentage("  " + code.toLowerCase(Locale.ROOT) + " ", "15")
                .add("usageLimit", 50).add("validFrom", now.minusHours(1).toString()).add("validTo", now.plusDays(2).toString()));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/admin/coupons/" + code),
                created.headers().firstValue("Location").toString());
        JsonObject coupon = HttpSupport.json(created);
        assertEquals(code, coupon.getString("code"), "the code is stored normalised");
        assertEquals("PERCENTAGE", coupon.getString("kind"));
        assertEquals(0, new BigDecimal("15").compareTo(coupon.getJsonNumber("value").bigDecimalValue()));
        assertEquals(50, coupon.getInt("usageLimit"));
        assertTrue(coupon.getBoolean("active"));
        assertEquals(0, coupon.getInt("timesUsed"));
        assertEquals(200, as(manager, "GET", "/api/admin/coupons/" + code.toLowerCase(Locale.ROOT), null).statusCode());

        HttpResponse<String> used = checkoutWith(code);
        assertEquals(201, used.statusCode(), used.body());
        assertEquals(0, new BigDecimal("3.00").compareTo(HttpSupport.json(used).getJsonObject("discount").getJsonNumber("amount")
                .bigDecimalValue()), "15 % of 20.00: " + used.body());
        assertEquals(1, listed(manager, code).getInt("timesUsed"), "the list shows the use");

        HttpResponse<String> deactivated = as(manager, "POST", "/api/admin/coupons/" + code + "/deactivate", null);
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertFalse(HttpSupport.json(deactivated).getBoolean("active"));
        assertFalse(listed(manager, code).getBoolean("active"));
        assertProblemNaming(checkoutWith(code), 400, "couponCode");

        HttpResponse<String> activated = as(manager, "POST", "/api/admin/coupons/" + code + "/activate", null);
        assertEquals(200, activated.statusCode(), activated.body());
        assertTrue(HttpSupport.json(activated).getBoolean("active"));
        assertEquals(201, checkoutWith(code).statusCode(), "usable again");
        assertEquals(2, DatabaseSupport.count("select times_used from coupon where code = ?", code));

        for (String action : new String[] {"COUPON_CREATED", "COUPON_DEACTIVATED", "COUPON_ACTIVATED"}) {
            assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = ? and target = ? and actor = ?",
                    action, "coupon:" + code, managerEmail), action + " audited with the actor");
        }
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'COUPON_DEACTIVATED' and target = ?"
                + " and before->>'active' = 'true' and after->>'active' = 'false'", "coupon:" + code), "before and after");
        assertEquals(404, as(manager, "POST", "/api/admin/coupons/NO-SUCH-COUPON-X/deactivate", null).statusCode());
    }

    @Test
    void badValuesAndATakenCodeAreRefusedNamingTheField() throws Exception {
        String admin = StaffSupport.adminToken();
        String code = newCode("TAKEN");
        assertEquals(201, create(admin, Json.createObjectBuilder().add("code", code).add("kind", "FIXED_AMOUNT")
                .add("value", new BigDecimal("5")).add("currency", "EUR")).statusCode());
        assertProblemNaming(create(admin, percentage(code.toLowerCase(Locale.ROOT), "10")), 400, "code");
        assertEquals(1, DatabaseSupport.count("select count(*) from coupon where code = ?", code), "still the first one only");

        String fresh = newCode("BAD");
        assertProblemNaming(create(admin, percentage(fresh, "0")), 400, "value");
        assertProblemNaming(create(admin, percentage(fresh, "100.5")), 400, "value");
        assertProblemNaming(create(admin, percentage("a b", "10")), 400, "code");
        assertProblemNaming(create(admin, percentage(fresh, "10").add("usageLimit", 0)), 400, "usageLimit");
        assertProblemNaming(create(admin, percentage(fresh, "10").add("kind", "BOGO")), 400, "kind");
        assertProblemNaming(create(admin, Json.createObjectBuilder().add("code", fresh).add("kind", "FIXED_AMOUNT")
                .add("value", new BigDecimal("-1")).add("currency", "EUR")), 400, "value");
        assertProblemNaming(create(admin, Json.createObjectBuilder().add("code", fresh).add("kind", "FIXED_AMOUNT")
                .add("value", new BigDecimal("5"))), 400, "currency");
        assertProblemNaming(create(admin, Json.createObjectBuilder().add("code", fresh).add("kind", "FIXED_AMOUNT")
                .add("value", new BigDecimal("5")).add("currency", "XYZ")), 400, "currency");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertProblemNaming(create(admin, percentage(fresh, "10").add("validFrom", now.toString())
                .add("validTo", now.minusDays(1).toString())), 400, "validTo");
        assertProblemNaming(create(admin, Json.createObjectBuilder()), 400, "code");
        HttpResponse<String> garbled = as(admin, "POST", "/api/admin/coupons", "{\"code\": [");
        assertEquals(400, garbled.statusCode(), garbled.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from coupon where code = ?", fresh), "nothing refused was created");
    }

    @Test
    void theCouponsPageCreatesRefusesAndDeactivatesCoupons() throws Exception {
        String managerEmail = SignedUpCustomers.newStaff("CATALOG_MANAGER");
        WebSession manager = new WebSession();
        assertTrue(WebSession.isRedirect(manager.signIn(managerEmail, TestSettings.adminPassword())));
        HttpResponse<String> page = manager.get("/admin/coupons.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"coupons-link\""), "the navigation links the page");
        String code = newCode("PAGE");

        HttpResponse<String> refused = manager.submit(page, "create",
                Map.of("code", code, "kind", "PERCENTAGE", "value", "150", "currency", "EUR", "usageLimit", ""), "submit");
        assertEquals(200, refused.statusCode());
        assertTrue(Pattern.compile("id=\"create:value-error\"[^>]*>[^<]*Value must be a percentage of more than 0 and at most 100")
                .matcher(refused.body()).find(), "the message is on the value field: " + refused.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from coupon where code = ?", code));

        HttpResponse<String> created = manager.submit(refused, "create",
                Map.of("code", code, "kind", "FIXED_AMOUNT", "value", "4.50", "currency", "EUR", "usageLimit", "25",
                        "validFrom", "", "validTo", ""), "submit");
        assertTrue(created.body().contains("Created the coupon " + code + "."), created.body());
        assertTrue(created.body().contains("4.50 EUR off"), "the table lists it");
        assertEquals(1, DatabaseSupport.count("select count(*) from coupon where code = ? and kind = 'FIXED_AMOUNT'"
                + " and amount = 4.50 and currency = 'EUR' and usage_limit = 25 and active", code));

        Matcher button = Pattern.compile("name=\"list:(coupons:\\d+:deactivate)\"[^>]*aria-label=\"Deactivate " + code + "\"")
                .matcher(created.body());
        assertTrue(button.find(), "a deactivate button for the coupon: " + created.body());
        HttpResponse<String> deactivated = manager.submit(created, "list", Map.of(), button.group(1));
        assertTrue(deactivated.body().contains("Deactivated " + code + "."), deactivated.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from coupon where code = ? and not active", code));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'COUPON_DEACTIVATED' and target = ?",
                "coupon:" + code));
    }

    @Test
    void theCouponsPageIsAccessibleWithARefusedValueShownOnItsField() throws Exception {
        open();
        try {
            signIn(SignedUpCustomers.newStaff("CATALOG_MANAGER"), TestSettings.adminPassword(), "/admin/");
            browser.findElement(By.id("coupons-link")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("create:code")));
            browser.findElement(By.id("create:code")).sendKeys(newCode("AXE"));
            new Select(browser.findElement(By.id("create:kind"))).selectByValue("FIXED_AMOUNT");
            browser.findElement(By.id("create:value")).sendKeys("0");
            submit(browser.findElement(By.id("create:submit")));
            WebElement error = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
                List<WebElement> found = d.findElements(By.id("create:value-error"));
                return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
            });
            assertTrue(error.getText().contains("Value must be an amount of more than zero"), error.getText());
            assertEquals("true", browser.findElement(By.id("create:value")).getAttribute("aria-invalid"));
            List<String> problems = pageProblems("admin-coupons");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            closeBrowser();
        }
    }
}
