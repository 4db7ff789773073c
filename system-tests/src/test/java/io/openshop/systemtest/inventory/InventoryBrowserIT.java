package io.openshop.systemtest.inventory;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fulfilment staff in Chromium: the menu offers the stock desk and the orders but nothing of
 * catalog management or administration; they find a SKU, receive a delivery after confirming in
 * the dialog, and the levels, the movement history (with their name, the reason and the note)
 * and the database agree; a write-off of reserved units is refused with a message and changes
 * nothing. axe-core on the page; screenshots at 1280 and 768 px.
 */
class InventoryBrowserIT extends BrowserTest {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void adjust(String reason, int quantity, String note) {
        browser.findElement(By.cssSelector("input[name='adjust:reason'][value='" + reason + "']")).click();
        fillIn("adjust:quantity", Integer.toString(quantity));
        fillIn("adjust:note", note);
        browser.findElement(By.id("adjust:apply")).click();
        WebElement yes = waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")));
        assertTrue(browser.findElement(By.id("confirm")).getText().contains("Change what the warehouse holds of"),
                "the dialog asks first: " + browser.findElement(By.id("confirm")).getText());
        yes.click();
    }

    @Test
    void fulfilmentReceivesStockAfterConfirmingAndTheHistoryShowsIt() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("15.00", 3);
        String order = WorkflowSupport.place(sku, 2, "desk-" + Long.toString(System.nanoTime(), 36) + "@example.org");
        String fulfilment = SignedUpCustomers.newStaff(Roles.FULFILMENT);
        open();
        signIn(fulfilment, TestSettings.adminPassword(), "/admin/");

        for (String offered : List.of("inventory-link", "orders-link", "catalog-link")) {
            assertFalse(browser.findElements(By.id(offered)).isEmpty(), "the menu offers " + offered);
        }
        for (String hidden : List.of("coupons-link", "staff-link", "audit-link", "system-link", "workflow-link")) {
            assertTrue(browser.findElements(By.id(hidden)).isEmpty(), "the menu hides " + hidden + " from fulfilment");
        }
        browser.findElement(By.id("inventory-link")).click();
        waiting().until(ExpectedConditions.urlContains("/admin/inventory.xhtml"));
        fillIn("find:sku", sku.toLowerCase(Locale.ROOT));
        submit(browser.findElement(By.id("find:show")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "3 on hand, 2 reserved, 1 available"));
        assertTrue(browser.findElement(By.id("sku-title")).getText().startsWith(sku), "the SKU found in any case");
        assertTrue(browser.findElement(By.id("history:movements")).getText().contains(order),
                "the checkout's reservation names the order");
        assertAccessible("stock desk with a SKU");

        adjust("RECEIVED", 7, "delivery note DN-42");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Adjusted " + sku));
        assertEquals("10 on hand, 2 reserved, 8 available", browser.findElement(By.id("totals")).getText());
        WebElement newest = browser.findElement(By.cssSelector("#history\\:movements tbody tr"));
        assertEquals("ADJUSTED", newest.findElement(By.className("movement-kind")).getText());
        assertEquals("RECEIVED", newest.findElement(By.className("movement-reason")).getText());
        assertEquals("7", newest.findElement(By.className("movement-quantity")).getText());
        assertEquals(fulfilment, newest.findElement(By.className("movement-actor")).getText());
        assertEquals("delivery note DN-42", newest.findElement(By.className("movement-note")).getText());
        assertEquals(10, CommerceSupport.onHand(sku), "the database agrees");
        assertAccessible("stock desk after an adjustment");
        screenshot("admin-inventory");

        adjust("DAMAGED", 9, "pallet dropped");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "reserved for orders not yet shipped"));
        assertEquals("10 on hand, 2 reserved, 8 available", browser.findElement(By.id("totals")).getText(), "refused: nothing changed");
        assertEquals(10, CommerceSupport.onHand(sku));
        assertEquals(1, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.kind = 'ADJUSTED'", sku), "the refused write-off was not recorded");
        closeBrowser();

        // a tablet held upright: the menu sits above the page and nothing needs sideways scrolling
        open(768, 1024);
        signIn(fulfilment, TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/inventory.xhtml?sku=" + sku));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "8 available"));
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 768 px: " + overflow);
        assertAccessible("stock desk at 768 px");
        screenshot("admin-inventory-768");
    }
}
