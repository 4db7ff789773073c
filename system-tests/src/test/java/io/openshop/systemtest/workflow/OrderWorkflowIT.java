package io.openshop.systemtest.workflow;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StripeSupport;
import io.openshop.systemtest.support.WorkflowSupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order workflow end to end, through the API, with Payara's OpenMQ and a real SMTP server
 * (GreenMail in this JVM): paid orders end FULFILLING with their stock taken out exactly once and
 * exactly one confirmation email each; shipping and refunding send one email each, also when the
 * staff's request is retried.
 */
@ExtendWith(SharedDeployment.class)
class OrderWorkflowIT {

    private static final int ORDERS = 6;
    private static GreenMail smtp;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        smtp = MailSupport.start();
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String token() throws Exception {
        if (token == null) {
            token = StripeSupport.adminToken();
        }
        return token;
    }

    @Test
    void paidOrdersAreFulfilledWithStockCommittedOnceAndOneConfirmationEach() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 30);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            numbers.add(WorkflowSupport.place(sku, 2, "buyer" + i + "@example.org"));
        }
        assertEquals(2L * ORDERS, CommerceSupport.reserved(sku));
        for (String number : numbers) {
            String key = CommerceSupport.newKey();
            HttpResponse<String> paid = WorkflowSupport.capture(number, token(), key);
            assertEquals(200, paid.statusCode(), paid.body());
            assertEquals(200, WorkflowSupport.capture(number, token(), key).statusCode(), "a retried capture is replayed");
        }

        MailSupport.awaitSql(90, () -> {
            for (String number : numbers) {
                if (WorkflowSupport.sent("order-confirmation/" + number) == 0) {
                    return false;
                }
            }
            return true;
        });
        for (String number : numbers) {
            assertEquals("FULFILLING", WorkflowSupport.status(number), number);
            assertEquals(3, WorkflowSupport.orderSteps(number, "DONE"), number + ": stock, fulfilment, confirmation");
            assertEquals(1, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                    + " where o.number = ? and c.to_status = 'FULFILLING' and c.actor = 'system:workflow'", number));
        }
        assertEquals(30 - 2L * ORDERS, CommerceSupport.onHand(sku), "each order's stock left on hand once");
        assertEquals(0, CommerceSupport.reserved(sku), "and is no longer reserved");

        MailSupport.await(30, () -> numbers.stream().allMatch(n -> !MailSupport.withSubject(smtp, "Order " + n + " confirmed").isEmpty()));
        for (int i = 0; i < ORDERS; i++) {
            List<MimeMessage> mails = MailSupport.withSubject(smtp, "Order " + numbers.get(i) + " confirmed");
            assertEquals(1, mails.size(), numbers.get(i) + ": exactly one confirmation");
            MimeMessage mail = mails.get(0);
            assertEquals("buyer" + i + "@example.org", mail.getAllRecipients()[0].toString());
            assertEquals("shop@openshop.test", mail.getFrom()[0].toString());
            String raw = MailSupport.raw(mail);
            assertTrue(raw.contains("multipart/alternative"), "plain text and HTML");
            assertTrue(raw.contains("text/html") && raw.contains("text/plain"), raw);
            assertTrue(MailSupport.header(mail, "Message-ID").endsWith("@openshop.test>"), MailSupport.header(mail, "Message-ID"));
        }
    }

    @Test
    void shippingAndRefundingEmailOnceEachAndShippingTakesNoStockTwice() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("40.00", 5);
        String number = WorkflowSupport.place(sku, 1, "ship-refund@example.org");
        assertEquals(200, WorkflowSupport.capture(number, token(), CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> WorkflowSupport.sent("order-confirmation/" + number) == 1);
        assertEquals("FULFILLING", WorkflowSupport.status(number));
        assertEquals(4, CommerceSupport.onHand(sku));

        HttpResponse<String> shipped = HttpSupport.send("POST", "/api/admin/orders/" + number + "/shipment", null,
                "Authorization", "Bearer " + token());
        assertEquals(200, shipped.statusCode(), shipped.body());
        assertEquals(409, HttpSupport.send("POST", "/api/admin/orders/" + number + "/shipment", null,
                "Authorization", "Bearer " + token()).statusCode(), "shipping twice is refused");
        assertEquals(4, CommerceSupport.onHand(sku), "the workflow took the stock out; shipping does not again");
        assertEquals(0, CommerceSupport.reserved(sku));
        MailSupport.awaitSql(60, () -> WorkflowSupport.sent("order-shipped/" + number) == 1);
        MailSupport.await(30, () -> !MailSupport.withSubject(smtp, "Order " + number + " has shipped").isEmpty());
        assertEquals(1, MailSupport.withSubject(smtp, "Order " + number + " has shipped").size());

        assertEquals(200, HttpSupport.send("POST", "/api/admin/orders/" + number + "/delivery", null,
                "Authorization", "Bearer " + token()).statusCode());
        String key = CommerceSupport.newKey();
        HttpResponse<String> refunded = WorkflowSupport.refund(number, "10.00", token(), key);
        assertEquals(200, refunded.statusCode(), refunded.body());
        assertEquals(200, WorkflowSupport.refund(number, "10.00", token(), key).statusCode(), "the retry is replayed");
        MailSupport.awaitSql(60, () -> WorkflowSupport.sent("order-refund/" + number + "/key-" + key) == 1);
        MailSupport.await(30, () -> !MailSupport.withSubject(smtp, "Refund for order " + number).isEmpty());
        List<MimeMessage> refunds = MailSupport.withSubject(smtp, "Refund for order " + number);
        assertEquals(1, refunds.size(), "one refund email for one refund, however often it was asked for");
        assertTrue(MailSupport.raw(refunds.get(0)).contains("10.00 EUR"), MailSupport.raw(refunds.get(0)));
        assertEquals(1, DatabaseSupport.count("select count(*) from mail_outbox where dedupe_key like ?", "order-refund/" + number + "/%"));
    }
}
