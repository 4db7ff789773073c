package io.openshop.systemtest.workflow;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.MetricsSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.StripeSupport;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Email that cannot be delivered, and staff's way out. The SMTP server is really down (no GreenMail
 * on the configured port: the test hook is the outage itself, no mock): the confirmation's delivery
 * is tried, retried with backoff (the test domain allows 3 attempts, 1 s then 2 s) and parked; the
 * parked step is listed by the REST API and the back office page; once the server is up, a replay delivers it exactly once,
 * is audit-logged, and a second replay is refused.
 */
@ExtendWith(SharedDeployment.class)
class MailOutboxIT {

    private static GreenMail smtp;

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anUndeliverableEmailIsRetriedParkedShownAndOnReplaySentOnce() throws Exception {
        String token = StripeSupport.adminToken();
        long sentBefore = DatabaseSupport.count("select count(*) from mail_outbox where sent_at is not null"); // first: see below
        Map<String, Double> before = MetricsSupport.samples();
        String sku = CommerceSupport.newSkuWithStock("8.00", 3);
        String number = WorkflowSupport.place(sku, 1, "outage@example.org");
        assertEquals(200, WorkflowSupport.capture(number, token, CommerceSupport.newKey()).statusCode());
        String key = "order-confirmation/" + number;

        MailSupport.awaitSql(120, () -> "PARKED".equals(WorkflowSupport.mailStep(key)));
        assertEquals("PARKED", WorkflowSupport.mailStep(key), "parked after its attempts");
        long stepId = WorkflowSupport.mailStepId(key);
        assertEquals(3, DatabaseSupport.count("select attempts from workflow_step where id = ?", stepId), "3 attempts, counted");
        assertEquals(0, WorkflowSupport.sent(key));
        assertEquals("FULFILLING", WorkflowSupport.status(number), "the order's own steps went on");
        // other emails of this outage may still be parking: the gauge lies between two readings of the table
        long parkedLow = DatabaseSupport.count("select count(*) from workflow_step where status = 'PARKED'");
        Map<String, Double> whileParked = MetricsSupport.samples();
        long parkedHigh = DatabaseSupport.count("select count(*) from workflow_step where status = 'PARKED'");
        assertTrue(MetricsSupport.delta(before, whileParked, "shop_mails_total{result=failed}") >= 3, "every refused attempt counted");
        double parkedGauge = whileParked.getOrDefault("shop_workflow_steps{status=parked}", -1.0);
        assertTrue(parkedLow >= 1 && parkedLow <= parkedGauge && parkedGauge <= parkedHigh,
                "the parked gauge reads the steps table: " + parkedLow + " <= " + parkedGauge + " <= " + parkedHigh);

        HttpResponse<String> parked = HttpSupport.send("GET", "/api/admin/workflow/steps?status=PARKED", null,
                "Authorization", "Bearer " + token);
        assertEquals(200, parked.statusCode(), parked.body());
        JsonObject listed = find(jakarta.json.Json.createReader(new java.io.StringReader(parked.body())).readObject()
                .getJsonArray("items"), stepId);
        assertNotNull(listed, parked.body());
        assertEquals("SEND_MAIL", listed.getString("kind"));
        assertEquals("email " + key, listed.getString("subject"));
        assertTrue(listed.getString("lastError").contains("SMTP"), listed.toString());
        HttpResponse<String> anonymous = HttpSupport.send("GET", "/api/admin/workflow/steps", null);
        assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 403, "staff only: " + anonymous.statusCode());

        WebSession staff = StaffSupport.adminSession();
        HttpResponse<String> page = staff.get("/admin/workflow.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("email " + key), "the back office lists the parked email:\n" + page.body());

        smtp = MailSupport.start();
        HttpResponse<String> replayed = HttpSupport.send("POST", "/api/admin/workflow/steps/" + stepId + "/replay", null,
                "Authorization", "Bearer " + token);
        assertEquals(200, replayed.statusCode(), replayed.body());
        MailSupport.awaitSql(60, () -> WorkflowSupport.sent(key) == 1);
        MailSupport.await(30, () -> !MailSupport.withSubject(smtp, "Order " + number + " confirmed").isEmpty());
        assertEquals(1, MailSupport.withSubject(smtp, "Order " + number + " confirmed").size(), "sent once");
        assertEquals("DONE", WorkflowSupport.mailStep(key));
        Map<String, Double> afterReplay = MetricsSupport.samples();
        double sent = MetricsSupport.delta(before, afterReplay, "shop_mails_total{result=sent}");
        long sentInTable = DatabaseSupport.count("select count(*) from mail_outbox where sent_at is not null") - sentBefore;
        assertTrue(sent >= 1 && sent <= sentInTable, "the sent counter counts the replayed email, and no email the outbox has not sent: "
                + sent + " of " + sentInTable);
        assertFalse(staff.get("/admin/workflow.xhtml").body().contains("email " + key), "no longer parked");

        HttpResponse<String> again = HttpSupport.send("POST", "/api/admin/workflow/steps/" + stepId + "/replay", null,
                "Authorization", "Bearer " + token);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(HttpSupport.contentType(again).startsWith("application/problem+json"));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'WORKFLOW_STEP_REPLAYED' and target = ?",
                "workflow_step:" + stepId), "the replay is audit-logged, the refused one is not");
        Thread.sleep(2000); // nothing more may arrive: a done step is never sent again
        assertEquals(1, MailSupport.withSubject(smtp, "Order " + number + " confirmed").size());
        assertFalse(MailSupport.raw(MailSupport.withSubject(smtp, "Order " + number + " confirmed").get(0)).contains("<script"));
    }

    private static JsonObject find(JsonArray steps, long id) {
        for (JsonValue v : steps) {
            if (v.asJsonObject().getJsonNumber("id").longValue() == id) {
                return v.asJsonObject();
            }
        }
        return null;
    }
}
