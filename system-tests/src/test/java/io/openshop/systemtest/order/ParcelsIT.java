package io.openshop.systemtest.order;

import com.icegreen.greenmail.util.GreenMail;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fulfilment ships an order in two parcels from the order page, each with a tracking number the
 * customer is emailed; the order is SHIPPED once nothing is left; fulfilment sees no refund and
 * keeps a note on the order. The same parcel twice, or a note the shop cannot store, is refused.
 */
class ParcelsIT extends BrowserTest {

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

    private void shipParcel(String units, String tracking, String expected) {
        fillIn("parcel:line:0:quantity", units);
        fillIn("parcel:tracking", tracking);
        submit(browser.findElement(By.id("parcel:ship")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected));
    }

    private static String mailWith(String subject, String text) throws Exception {
        MailSupport.await(90, () -> MailSupport.withSubject(smtp, subject).stream().anyMatch(m -> {
            try {
                return MailSupport.body(m).contains(text);
            } catch (Exception e) {
                return false;
            }
        }));
        List<MimeMessage> found = MailSupport.withSubject(smtp, subject);
        return MailSupport.body(found.get(found.size() - 1));
    }

    @Test
    void fulfilmentShipsTwoParcelsEachTrackedAndKeepsANote() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("14.00", 5);
        String email = "parcels-" + System.nanoTime() + "@example.org";
        String number = WorkflowSupport.place(sku, 3, email);
        assertEquals(200, WorkflowSupport.capture(number, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(number)));

        String packer = SignedUpCustomers.newStaff(Roles.FULFILMENT);
        open();
        signIn(packer, TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/order.xhtml?number=" + number));
        assertTrue(browser.findElements(By.id("refund:refund")).isEmpty(), "fulfilment cannot refund");
        shipParcel("1", "TRK-" + number + "-1", "The parcel is on its way");
        assertEquals("FULFILLING", browser.findElement(By.id("status")).getText(), "two units are left");
        assertTrue(browser.findElement(By.id("parcels")).getText().contains("TRK-" + number + "-1"));
        String first = mailWith("Part of order " + number + " has shipped", "TRK-" + number + "-1");
        assertTrue(first.contains("1 x " + sku) && first.contains("follows in another parcel"), first);

        shipParcel("2", "TRK-" + number + "-2", "The parcel is on its way");
        assertEquals("SHIPPED", browser.findElement(By.id("status")).getText());
        assertEquals("SHIPPED", WorkflowSupport.status(number), "the database agrees");
        String last = mailWith("Order " + number + " has shipped", "TRK-" + number + "-2");
        assertTrue(last.contains("everything you ordered is on its way"), last);
        assertEquals(2, CommerceSupport.onHand(sku), "the three units left the warehouse");

        fillIn("note:text", "Second parcel went with the afternoon pick-up.");
        submit(browser.findElement(By.id("note:add")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"),
                "afternoon pick-up"));
        assertTrue(browser.findElement(By.id("notes")).getText().contains(packer), "the note names who wrote it");
        assertAccessible("order with parcels and notes");
        screenshot("admin-order-parcels");

        String token = StaffSupport.token(packer, TestSettings.adminPassword());
        HttpResponse<String> again = StaffSupport.as(token, "POST", "/api/admin/orders/" + number + "/notes", "{\"text\":\"a\\u0000b\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("note"), again.body());
        assertEquals(403, StaffSupport.as(token, "POST", "/api/admin/orders/" + number + "/refund", "{\"amount\":1}").statusCode());
    }

    @Test
    void theSameParcelTwiceIsRefused() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.00", 5);
        String number = WorkflowSupport.place(sku, 2, "parcel-twice-" + System.nanoTime() + "@example.org");
        assertEquals(200, WorkflowSupport.capture(number, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(number)));
        String token = SignedUpCustomers.newStaffToken(Roles.FULFILMENT);
        String parcel = "{\"tracking\":\"DUP-1\",\"units\":{\"" + sku + "\":1}}";
        assertEquals(200, StaffSupport.as(token, "POST", "/api/admin/orders/" + number + "/parcels", parcel).statusCode());
        HttpResponse<String> twice = StaffSupport.as(token, "POST", "/api/admin/orders/" + number + "/parcels", parcel);
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(HttpSupport.json(twice).toString().contains("tracking"), twice.body());
        HttpResponse<String> tooMany = StaffSupport.as(token, "POST", "/api/admin/orders/" + number + "/parcels",
                "{\"tracking\":\"DUP-2\",\"units\":{\"" + sku + "\":2}}");
        assertEquals(400, tooMany.statusCode(), "one unit is left, not two: " + tooMany.body());
        assertEquals("FULFILLING", WorkflowSupport.status(number));
    }
}
