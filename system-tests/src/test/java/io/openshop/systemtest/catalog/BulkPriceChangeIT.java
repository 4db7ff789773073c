package io.openshop.systemtest.catalog;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bulk price change of a filtered selection: a catalog manager previews −10 % on a category in
 * the back office, applies it after confirming, and the database, the storefront (through the
 * shared cache) and the audit log (one entry per product, sharing the change's name) agree. A
 * change whose selection changed since the preview, or that would make a price negative, changes
 * nothing.
 */
class BulkPriceChangeIT extends BrowserTest {

    private static String product(String token, String category, String price) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String sku = "BULK-" + id.toUpperCase(Locale.ROOT);
        HttpResponse<String> created = StaffSupport.as(token, "POST", "/api/admin/catalog/products", Json.createObjectBuilder()
                .add("category", category).add("slug", "bulk-" + id).add("sku", sku).add("name", "Bulk item " + id)
                .add("description", "For the bulk price change test.").add("price", new BigDecimal(price)).add("currency", "EUR")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return "bulk-" + id;
    }

    private static BigDecimal shopPrice(String slug) throws Exception {
        HttpResponse<String> shown = HttpSupport.get("/api/products/" + slug);
        assertEquals(200, shown.statusCode(), shown.body());
        return HttpSupport.json(shown).getJsonObject("price").getJsonNumber("amount").bigDecimalValue();
    }

    private static BigDecimal stored(String slug) throws Exception {
        return new BigDecimal(CommerceSupport.text("select price_amount::text from product where slug = ?", slug));
    }

    @Test
    void aCatalogManagerPreviewsAppliesAndTheShopAndTheAuditLogAgree() throws Exception {
        String manager = SignedUpCustomers.newStaff(Roles.CATALOG_MANAGER);
        String token = StaffSupport.token(manager, TestSettings.adminPassword());
        String category = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, StaffSupport.as(token, "POST", "/api/admin/catalog/categories",
                "{\"slug\":\"" + category + "\",\"name\":\"Bulk " + category + "\",\"parent\":\"outdoor\"}").statusCode());
        List<String> slugs = List.of(product(token, category, "19.99"), product(token, category, "100.00"), product(token, category, "0.05"));
        String outside = product(token, "outdoor", "50.00");
        for (String slug : slugs) {
            shopPrice(slug); // in the shared cache before the change
        }

        open();
        signIn(manager, TestSettings.adminPassword(), "/admin/");
        browser.findElement(By.id("prices-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/prices.xhtml"));
        new Select(browser.findElement(By.id("change:category"))).selectByValue(category);
        fillIn("change:value", "-10");
        submit(browser.findElement(By.id("change:preview")));
        assertEquals("3", browser.findElement(By.id("preview-count")).getText());
        assertTrue(browser.findElement(By.id("preview-lines")).getText().contains("€17.99"), "19.99 − 10 % = 17.99 (17.991)");
        assertEquals(new BigDecimal("19.99"), stored(slugs.get(0)), "a preview changes nothing");
        assertAccessible("bulk price change preview");
        screenshot("admin-bulk-prices");

        browser.findElement(By.id("confirm-change:apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Changed the price of 3 products"));

        List<BigDecimal> expected = List.of(new BigDecimal("17.99"), new BigDecimal("90.00"), new BigDecimal("0.05"));
        for (int i = 0; i < slugs.size(); i++) {
            assertEquals(expected.get(i), stored(slugs.get(i)), slugs.get(i) + " in the database");
            assertEquals(0, expected.get(i).compareTo(shopPrice(slugs.get(i))), slugs.get(i) + " in the storefront");
        }
        assertEquals(new BigDecimal("50.00"), stored(outside), "a product outside the selection keeps its price");
        String change = CommerceSupport.text("select after->>'change' from audit_log where action = 'PRICE_CHANGED' and target = ?",
                "product:" + slugs.get(1));
        assertTrue(change.startsWith("bulk-"), change);
        assertEquals(3, DatabaseSupport.count("select count(*) from audit_log where action = 'PRICE_CHANGED' and after->>'change' = ?"
                + " and actor = ?", change, manager), "one audit entry per product, with the manager's name");
        assertEquals("100.00 EUR", CommerceSupport.text("select before->>'price' from audit_log"
                + " where after->>'change' = ? and target = ?", change, "product:" + slugs.get(1)), "the price before");
    }

    @Test
    void aChangedSelectionOrANegativePriceChangesNothing() throws Exception {
        String token = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
        String category = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, StaffSupport.as(token, "POST", "/api/admin/catalog/categories",
                "{\"slug\":\"" + category + "\",\"name\":\"Bulk " + category + "\",\"parent\":\"outdoor\"}").statusCode());
        String first = product(token, category, "10.00");
        String body = "{\"category\":\"" + category + "\",\"kind\":\"AMOUNT\",\"value\":2.50";
        HttpResponse<String> preview = StaffSupport.as(token, "POST", "/api/admin/catalog/price-changes/preview", body + "}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(1, HttpSupport.json(preview).getInt("products"));
        String second = product(token, category, "20.00"); // someone adds a product after the preview
        HttpResponse<String> stale = StaffSupport.as(token, "POST", "/api/admin/catalog/price-changes", body + ",\"expectedProducts\":1}");
        assertEquals(400, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("expectedProducts"), stale.body());
        assertEquals(new BigDecimal("10.00"), stored(first));
        assertEquals(new BigDecimal("20.00"), stored(second));

        HttpResponse<String> negative = StaffSupport.as(token, "POST", "/api/admin/catalog/price-changes",
                "{\"category\":\"" + category + "\",\"kind\":\"AMOUNT\",\"value\":-15,\"expectedProducts\":2}");
        assertEquals(400, negative.statusCode(), negative.body());
        JsonObject problem = HttpSupport.json(negative);
        assertTrue(problem.toString().contains("negative"), problem.toString());
        assertEquals(new BigDecimal("20.00"), stored(second), "all or nothing: the 20.00 product was not lowered either");
        HttpResponse<String> applied = StaffSupport.as(token, "POST", "/api/admin/catalog/price-changes", body + ",\"expectedProducts\":2}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals(new BigDecimal("12.50"), stored(first));
        assertEquals(new BigDecimal("22.50"), stored(second));
        assertEquals(403, StaffSupport.as(SignedUpCustomers.newStaffToken(Roles.SUPPORT), "POST", "/api/admin/catalog/price-changes/preview",
                body + "}").statusCode(), "support changes no prices");
    }
}
