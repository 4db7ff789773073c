package io.openshop.systemtest.order;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order desk in Chromium, with axe-core on the list and the detail: support finds a freshly
 * placed order by its number, opens it and captures its payment from the page; once the workflow
 * has started fulfilment, fulfilment staff open it, see no refund button, ship it and mark it
 * delivered from the page; the status, the history and the database agree at each step.
 */
class OrderDeskBrowserIT extends BrowserTest {

    private void click(String id, String expectedMessage) {
        submit(browser.findElement(By.id(id)));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), expectedMessage));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    @Test
    void supportCapturesFromTheDeskAndFulfilmentShipsAndDelivers() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("18.00", 5);
        String email = "desk-browser-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        String number = WorkflowSupport.place(sku, 1, email);

        // support finds it by its number in the list and opens it
        String supportEmail = SignedUpCustomers.newStaff(Roles.SUPPORT);
        open();
        signIn(supportEmail, TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/orders.xhtml"));
        assertTrue(browser.findElement(By.linkText("Orders")).isDisplayed(), "the navigation links the order desk");
        browser.findElement(By.id("filter:text")).sendKeys(number);
        submit(browser.findElement(By.id("filter:apply")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#list\\:orders .order-number")).size() == 1
                && d.findElement(By.cssSelector("#list\\:orders .order-number")).getText().equals(number));
        assertEquals(email, browser.findElement(By.cssSelector("#list\\:orders .order-email")).getText());
        assertEquals("PENDING_PAYMENT", browser.findElement(By.cssSelector("#list\\:orders .order-status")).getText());
        assertAccessible("order list");
        screenshot("admin-orders");
        browser.findElement(By.linkText(number)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("number=" + number));
        assertEquals("PENDING_PAYMENT", text("status"));
        assertTrue(present("actions:capture") && present("actions:cancel"), "support may capture or cancel an unpaid order");
        assertTrue(!present("actions:ship") && !present("refund:refund"), "nothing else yet");
        assertAccessible("order detail");
        screenshot("admin-order");

        click("actions:capture", "The payment was captured.");
        assertEquals("CAPTURED", CommerceSupport.text("select p.status from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number), "the database agrees");
        assertTrue(text("history").contains(supportEmail), "the history names who captured: " + text("history"));
        assertTrue(List.of("PAID", "FULFILLING").contains(text("status")), text("status"));
        closeBrowser();

        // paid: the workflow starts fulfilment; fulfilment staff ship and deliver from the page
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(number)));
        String fulfilmentEmail = SignedUpCustomers.newStaff(Roles.FULFILMENT);
        open();
        signIn(fulfilmentEmail, TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/order.xhtml?number=" + number));
        assertEquals("FULFILLING", text("status"));
        assertTrue(present("actions:ship"), "fulfilment may ship");
        assertTrue(!present("refund:refund") && !present("actions:capture") && !present("actions:cancel"),
                "fulfilment sees no refund, capture or cancel button");
        assertAccessible("order detail for fulfilment");

        click("actions:ship", "The order is shipped.");
        assertEquals("SHIPPED", text("status"));
        assertEquals("SHIPPED", WorkflowSupport.status(number), "the database agrees");
        assertEquals(fulfilmentEmail, CommerceSupport.text("select actor from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.number = ? and c.to_status = 'SHIPPED'", number));
        assertTrue(text("history").contains("SHIPPED") && text("history").contains(fulfilmentEmail), text("history"));
        assertEquals(4, CommerceSupport.onHand(sku), "the shipped unit left the warehouse");

        click("actions:deliver", "The order is marked delivered.");
        assertEquals("DELIVERED", text("status"));
        assertEquals("DELIVERED", WorkflowSupport.status(number));
        assertTrue(!present("actions:ship") && !present("actions:deliver"), "no button for a move the order no longer allows");
        assertAccessible("delivered order detail");
    }

    /** A double click sends the same form twice: the refund key it carries makes it one refund. */
    @Test
    void theSameRefundFormSubmittedTwiceRefundsOnce() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("30.00", 5);
        String number = WorkflowSupport.place(sku, 1, "desk-refund-" + Long.toString(System.nanoTime(), 36) + "@example.org");
        assertEquals(200, WorkflowSupport.capture(number, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        WebSession support = new WebSession();
        assertTrue(WebSession.isRedirect(support.signIn(SignedUpCustomers.newStaff(Roles.SUPPORT), TestSettings.adminPassword())));
        HttpResponse<String> page = support.get("/admin/order.xhtml?number=" + number);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("refund:refundKey"), "the refund form carries its key");
        HttpResponse<String> once = support.submit(page, "refund", Map.of("amount", "5.00"), "refund");
        HttpResponse<String> twice = support.submit(page, "refund", Map.of("amount", "5.00"), "refund");
        assertEquals(200, once.statusCode());
        assertEquals(200, twice.statusCode());
        assertTrue(once.body().contains("Refunded 5.00."), once.body());
        assertTrue(twice.body().contains("Refunded 5.00."), "the second answer is the first result: " + twice.body());
        assertEquals("5.00", CommerceSupport.text("select p.refunded::text from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number), "refunded once");
        assertEquals(1, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ? and c.to_status = 'PARTIALLY_REFUNDED'", number));
        // the form after a refund carries a new key: a second refund from it is a new refund
        HttpResponse<String> again = support.submit(once, "refund", Map.of("amount", "2.00"), "refund");
        assertTrue(again.body().contains("Refunded 2.00."), again.body());
        assertEquals("7.00", CommerceSupport.text("select p.refunded::text from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number));
    }

    /** Fulfilment receives a returned parcel from the page and puts one unit back on the shelf of a warehouse. */
    @Test
    void fulfilmentReceivesAReturnAndRestocksFromThePage() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        String warehouse = CommerceSupport.text("select w.code from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product_variant v on v.id = s.variant_id where v.sku = ?", sku);
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("desk-return");
        String number = WorkflowSupport.place(sku, 2, customer.email());
        String admin = StaffSupport.adminToken();
        assertEquals(200, WorkflowSupport.capture(number, admin, CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(number)));
        for (String step : List.of("shipment", "delivery")) {
            HttpResponse<String> moved = HttpSupport.send("POST", "/api/admin/orders/" + number + "/" + step, null,
                    "Authorization", "Bearer " + admin);
            assertEquals(200, moved.statusCode(), moved.body());
        }
        HttpResponse<String> asked = HttpSupport.send("POST", "/api/me/orders/" + number + "/return", null,
                "Authorization", "Bearer " + customer.token());
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals(3, CommerceSupport.onHand(sku), "two left with the parcel");

        WebSession fulfilment = new WebSession();
        assertTrue(WebSession.isRedirect(fulfilment.signIn(SignedUpCustomers.newStaff(Roles.FULFILMENT), TestSettings.adminPassword())));
        HttpResponse<String> page = fulfilment.get("/admin/order.xhtml?number=" + number);
        assertTrue(page.body().contains("Receive return"), "the return can be received");
        assertFalse(page.body().contains("id=\"refund\""), "no refund form for fulfilment");
        HttpResponse<String> tooMany = fulfilment.submit(page, "return", Map.of("line:0:quantity", "3", "warehouse", warehouse), "receive");
        assertTrue(tooMany.body().contains("has only 2 of"), "a refused restock is a message: " + tooMany.body());
        assertEquals("RETURN_REQUESTED", WorkflowSupport.status(number));
        HttpResponse<String> received = fulfilment.submit(tooMany, "return", Map.of("line:0:quantity", "1", "warehouse", warehouse), "receive");
        assertTrue(received.body().contains("The return was received and 1 unit(s) restocked."), received.body());
        assertEquals("RETURNED", WorkflowSupport.status(number));
        assertEquals(4, CommerceSupport.onHand(sku), "one unit is back on hand");
    }

    /** Clicking a column header sorts the list on the server: by total, then the other way round. */
    @Test
    void aColumnHeaderSortsTheOrdersOnTheServer() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("11.00", 10);
        String prefix = "desk-sort-" + Long.toString(System.nanoTime(), 36);
        for (int quantity : new int[] {2, 3, 1}) {
            WorkflowSupport.place(sku, quantity, prefix + "-" + quantity + "@example.org");
        }
        open();
        signIn(SignedUpCustomers.newStaff(Roles.SUPPORT), TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/orders.xhtml"));
        browser.findElement(By.id("filter:text")).sendKeys(prefix);
        submit(browser.findElement(By.id("filter:apply")));
        By totals = By.cssSelector("#list\\:orders .order-total");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the table's body is replaced as it sorts
        wait.until(d -> d.findElements(totals).size() == 3);
        By totalHeader = By.xpath("//th[contains(@class, 'ui-sortable-column')][.//*[normalize-space(text()) = 'Total']]");
        browser.findElement(totalHeader).click();
        wait.until(d -> sorted(shownTotals(totals), false)); // one, two and three units (with shipping), smallest first
        assertEquals("ascending", browser.findElement(totalHeader).getAttribute("aria-sort"), "the header says how the list is sorted");
        assertAccessible("order list sorted by total");
        browser.findElement(totalHeader).click();
        wait.until(d -> sorted(shownTotals(totals), true));
        assertEquals("descending", browser.findElement(totalHeader).getAttribute("aria-sort"));
    }

    private List<java.math.BigDecimal> shownTotals(By totals) {
        return browser.findElements(totals).stream().map(e -> shownAmount(e.getText())).toList();
    }

    /** Three totals, each strictly after the one before in the direction given. */
    private static boolean sorted(List<java.math.BigDecimal> totals, boolean descending) {
        if (totals.size() != 3) {
            return false;
        }
        for (int i = 1; i < totals.size(); i++) {
            int step = totals.get(i).compareTo(totals.get(i - 1));
            if (descending ? step >= 0 : step <= 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anUnknownNumberIsAMessageNotAnError() throws Exception {
        open();
        signIn(SignedUpCustomers.newStaff(Roles.FULFILMENT), TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/order.xhtml?number=SO-999999999"));
        assertEquals("Order not found", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text("messages").contains("There is no order 'SO-999999999'."), text("messages"));
    }
}
