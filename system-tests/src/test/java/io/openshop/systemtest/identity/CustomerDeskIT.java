package io.openshop.systemtest.identity;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer desk: support finds a customer by the start of their email and sees their order;
 * closes the account after confirming (the customer's token stops working, the audit trail names
 * support) and opens it again; downloads the customer's data export; an administrator's erasure
 * closes the account for good. axe-core on the list and the customer; 1280 and 768 px.
 */
class CustomerDeskIT extends BrowserTest {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void confirm(String button) {
        browser.findElement(By.id(button)).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
    }

    @Test
    void supportFindsACustomerSeesTheirOrdersAndClosesAndOpensTheAccount() throws Exception {
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("desk-customer");
        String number = WorkflowSupport.place(CommerceSupport.newSkuWithStock("21.00", 5), 1, customer.email());
        String support = SignedUpCustomers.newStaff(Roles.SUPPORT);
        open();
        signIn(support, TestSettings.adminPassword(), "/admin/");
        browser.findElement(By.id("customers-link")).click();
        waiting().until(ExpectedConditions.urlContains("/admin/customers.xhtml"));
        fillIn("find:email", customer.email().substring(0, 20).toUpperCase(Locale.ROOT));
        submit(browser.findElement(By.id("find:search")));
        waiting().until(d -> d.findElements(By.cssSelector("#list\\:customers .customer-email")).stream()
                .anyMatch(e -> e.getText().equals(customer.email())));
        assertAccessible("customer list");
        screenshot("admin-customers");
        browser.findElement(By.linkText(customer.email())).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-email"), customer.email()));
        assertTrue(browser.findElement(By.id("orders")).getText().contains(number), "their order is listed");
        assertEquals("ACTIVE", browser.findElement(By.id("customer-status")).getText());
        assertTrue(browser.findElements(By.id("actions:erase")).isEmpty(), "only an administrator erases");
        assertAccessible("customer");
        screenshot("admin-customer");

        confirm("actions:disable");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "can no longer sign in"));
        assertEquals("DISABLED", browser.findElement(By.id("customer-status")).getText());
        assertEquals(401, HttpSupport.send("GET", "/api/me", null, "Authorization", "Bearer " + customer.token()).statusCode(),
                "the customer's token no longer works");
        assertTrue(browser.findElement(By.id("audit")).getText().contains("ACCOUNT_DISABLED"), browser.findElement(By.id("audit")).getText());
        assertEquals(support, CommerceSupport.text("select actor from audit_log where action = 'ACCOUNT_DISABLED' and target = ?",
                customer.email()), "the audit log names support");

        confirm("actions:enable");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "open again"));
        assertEquals("ACTIVE", browser.findElement(By.id("customer-status")).getText());
        assertEquals(200, HttpSupport.send("GET", "/api/me", null, "Authorization", "Bearer "
                + SignedUpCustomers.token(customer.email(), SignedUpCustomers.PASSWORD)).statusCode(), "they sign in again");
        closeBrowser();

        open(768, 1024);
        signIn(support, TestSettings.adminPassword(), "/admin/");
        long id = DatabaseSupport.count("select id from app_user where email = ?", customer.email());
        browser.get(url("/admin/customer.xhtml?id=" + id));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-email"), customer.email()));
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 768 px: " + overflow);
        assertAccessible("customer at 768 px");
        screenshot("admin-customer-768");

        // the data export, on the customer's request, downloaded from the page
        WebSession desk = new WebSession();
        desk.signIn(support, TestSettings.adminPassword());
        HttpResponse<String> page = desk.get("/admin/customer.xhtml?id=" + id);
        HttpResponse<String> export = desk.submit(page, "actions", Map.of(), "export");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("customer-" + id + "-data.json"));
        assertTrue(export.body().contains(customer.email()) && export.body().contains(number), export.body());
        assertEquals(support, CommerceSupport.text("select actor from audit_log where action = 'DATA_EXPORTED' and target = ?",
                customer.email()));
    }

    @Test
    void anErasedCustomerStaysClosed() throws Exception {
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("desk-erased");
        long id = DatabaseSupport.count("select id from app_user where email = ?", customer.email());
        String admin = StaffSupport.adminToken();
        assertEquals(204, StaffSupport.as(admin, "POST", "/api/admin/personal-data/erase",
                Json.createObjectBuilder().add("email", customer.email()).build().toString()).statusCode());
        HttpResponse<String> enable = StaffSupport.as(admin, "POST", "/api/admin/customers/" + id + "/enable", null);
        assertEquals(400, enable.statusCode(), enable.body());
        assertTrue(enable.body().contains("erased"), enable.body());
        HttpResponse<String> detail = StaffSupport.as(SignedUpCustomers.newStaffToken(Roles.SUPPORT), "GET", "/api/admin/customers/" + id, null);
        assertEquals(200, detail.statusCode());
        assertTrue(HttpSupport.json(detail).getJsonObject("customer").getBoolean("erased"));
        assertEquals(404, StaffSupport.as(admin, "GET", "/api/admin/customers/999999999", null).statusCode());
        assertEquals(403, StaffSupport.as(SignedUpCustomers.newStaffToken(Roles.FULFILMENT), "GET", "/api/admin/customers?email=a", null)
                .statusCode(), "fulfilment does not read customers");
    }
}
