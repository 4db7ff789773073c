package io.openshop.systemtest.analytics;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open dashboard learns of a new order and of the low stock it left without reloading: both
 * lines appear in its live feed (pushed over the Faces websocket), and the page was not loaded
 * again. How long it took is in the failure message when it does not happen.
 */
class LiveDashboardIT extends BrowserTest {

    @Test
    void aNewOrderAndTheLowStockItLeavesAppearOnAnOpenDashboard() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("17.00", 7);
        String variant = CommerceSupport.text("select id::text from product_variant where sku = ?", sku);
        open();
        signIn(SignedUpCustomers.newStaff(Roles.FULFILMENT), TestSettings.adminPassword(), "/admin/");
        Object pageMark = ((JavascriptExecutor) browser).executeScript("return window.liveMark = Math.random();");
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("the dashboard's websocket did not open")
                .until(d -> "true".equals(d.findElement(By.id("live-events")).getAttribute("data-connected")));

        long placedAt = System.nanoTime();
        String number = WorkflowSupport.place(sku, 3, "live-" + System.nanoTime() + "@example.org");
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the order " + number + " was not pushed")
                .until(d -> d.findElement(By.id("live-events")).getText().contains("New order " + number));
        long millis = (System.nanoTime() - placedAt) / 1_000_000;
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the low stock of variant " + variant + " was not pushed")
                .until(d -> d.findElement(By.id("live-events")).getText().contains("Low stock: variant " + variant + " has 4 left"));

        assertEquals(pageMark, ((JavascriptExecutor) browser).executeScript("return window.liveMark;"),
                "the same page, never reloaded");
        assertTrue(browser.findElements(By.id("live-empty")).isEmpty());
        assertFalse(browser.findElement(By.id("live-events")).getText().contains("@"), "no email on the dashboard's feed");
        System.out.println("live feed: order " + number + " shown " + millis + " ms after its checkout answered");
        assertAccessible("dashboard with live events");
    }
}
