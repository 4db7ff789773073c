package io.openshop.systemtest.support;

import jakarta.json.Json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Orders placed and paid through the API, and what the workflow made of them, read from the database. */
public final class WorkflowSupport {

    private WorkflowSupport() {
    }

    /** Places an order of this many units with the test gateway; returns its number. */
    public static String place(String sku, int quantity, String email) throws IOException, InterruptedException {
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, quantity), email, null).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return HttpSupport.json(placed).getString("number");
    }

    /** Staff capture the payment (the order becomes PAID); returns the response. */
    public static HttpResponse<String> capture(String number, String token, String key) throws IOException, InterruptedException {
        return HttpSupport.send("POST", "/api/admin/orders/" + number + "/capture", null,
                "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    public static HttpResponse<String> refund(String number, String amount, String token, String key) throws IOException, InterruptedException {
        return HttpSupport.send("POST", "/api/admin/orders/" + number + "/refund",
                Json.createObjectBuilder().add("amount", new java.math.BigDecimal(amount)).build().toString(),
                "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    public static String status(String number) throws SQLException {
        return CommerceSupport.text("select status from customer_order where number = ?", number);
    }

    /** How many of the order's steps are in this status. */
    public static long orderSteps(String number, String status) throws SQLException {
        return DatabaseSupport.count("select count(*) from workflow_step s join customer_order o on o.id = s.subject_id"
                + " where s.kind in ('COMMIT_STOCK', 'REQUEST_FULFILMENT', 'QUEUE_CONFIRMATION') and o.number = ? and s.status = ?", number, status);
    }

    /** The status of the delivery step of the email with this dedupe key, or null. */
    public static String mailStep(String dedupeKey) throws SQLException {
        return CommerceSupport.text("select s.status from workflow_step s join mail_outbox m on m.id = s.subject_id"
                + " where s.kind = 'SEND_MAIL' and m.dedupe_key = ?", dedupeKey);
    }

    public static long mailStepId(String dedupeKey) throws SQLException {
        return DatabaseSupport.count("select s.id from workflow_step s join mail_outbox m on m.id = s.subject_id"
                + " where s.kind = 'SEND_MAIL' and m.dedupe_key = ?", dedupeKey);
    }

    public static long sent(String dedupeKey) throws SQLException {
        return DatabaseSupport.count("select count(*) from mail_outbox where dedupe_key = ? and sent_at is not null", dedupeKey);
    }
}
