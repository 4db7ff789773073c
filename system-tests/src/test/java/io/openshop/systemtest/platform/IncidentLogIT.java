package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ServerLog;
import io.openshop.systemtest.support.SignedUpCustomers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test domain logs JSON lines (SHOP_LOG_FORMAT=json, system-tests/pom.xml): every line the
 * server writes is one JSON object, and the incident id an API error gives its caller leads to
 * the one log record with the request and the stack trace.
 */
@ExtendWith(SharedDeployment.class)
class IncidentLogIT {

    private static final Pattern INCIDENT = Pattern.compile("Incident ([0-9a-f-]{36})");

    @Test
    void anApiErrorsIncidentIdLeadsToItsJsonLogRecordWithTheRequestAndTheStackTrace() throws Exception {
        String email = "incident-" + UUID.randomUUID() + "@example.com";
        String password = "Saffron-Glacier-Pylon-28";
        DatabaseSupport.forgetLoginAttempts(); // below the per-address sign-in throttle, whatever ran before
        SignedUpCustomers.signUp(email, "Ida Incident", password);
        String token = SignedUpCustomers.token(email, password);
        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", "{\"name\":\"Ida\",\"line1\":\"Weg 1\","
                + "\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}", "Authorization", "Bearer " + token);
        assertEquals(201, address.statusCode(), address.body());
        long id = CommerceSupport.json(address).getJsonNumber("id").longValue();
        // a stored value that no longer authenticates: a fault of ours, answered with an incident id
        CommerceSupport.execute("update customer_address set line1 = 'v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' where id = ?", id);
        long offset = ServerLog.end();

        String requestId = "lb-" + UUID.randomUUID(); // as a load balancer would send it
        HttpResponse<String> broken = HttpSupport.send("GET", "/api/me/addresses/" + id, null, "Authorization", "Bearer " + token,
                "X-Request-Id", requestId);
        assertEquals(500, broken.statusCode(), broken.body());
        Matcher told = INCIDENT.matcher(broken.body());
        assertTrue(told.find(), "the caller is told an incident id: " + broken.body());
        assertFalse(broken.body().contains("Exception"), "and no stack trace");
        String incident = told.group(1);

        List<String> written = List.of();
        for (int i = 0; i < 50 && written.stream().noneMatch(l -> l.contains(incident)); i++) { // the handler flushes within moments
            Thread.sleep(100);
            written = ServerLog.linesFrom(offset);
        }
        List<JsonObject> records = new ArrayList<>();
        for (String line : written) {
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                records.add(reader.readObject());
            } catch (RuntimeException e) {
                throw new AssertionError("a server log line that is not one JSON object: " + line, e);
            }
        }
        List<JsonObject> about = records.stream().filter(r -> message(r).contains(incident)).toList();
        assertEquals(1, about.size(), "one record for the incident: " + written);
        JsonObject record = about.get(0);
        assertEquals("SEVERE", record.getString("Level"));
        assertTrue(message(record).contains("(GET /api/me/addresses/" + id + ")"), "it names the request: " + record);
        assertTrue(record.getJsonObject("Throwable").getString("StackTrace").contains("StoredDataTamperedException"),
                "it carries the cause's stack trace: " + record);
        assertFalse(record.toString().contains(email), "and not the caller's email");
        assertEquals(requestId, broken.headers().firstValue("X-Request-Id").orElse(null), "the request id sent is answered");
        assertEquals(incident, record.getString("incidentId", null), "fields of its own: the incident: " + record);
        assertEquals(requestId, record.getString("requestId", null), "the request: " + record);
        assertEquals(1, records.stream().filter(r -> requestId.equals(r.getString("requestId", null))).count(),
                "one failure, one incident (Jersey's EJB exception mapper asks for the answer twice): " + written);
        long account = DatabaseSupport.count("select id from app_user where lower(email) = lower(?)", email);
        assertEquals(Long.toString(account), record.getString("accountId", null), "the account, by id: " + record);
        assertTrue(message(record).contains("[request " + requestId + ", account " + account + "]"),
                "the text names them too, for the text log format: " + record);
    }

    @Test
    void everyAnswerCarriesARequestIdAndAnUnplainOneSentIsReplaced() throws Exception {
        HttpResponse<String> plain = HttpSupport.send("GET", "/api/products?size=1", null);
        String given = plain.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(given.matches("[0-9a-f]{24}"), "a fresh id when none was sent: " + given);
        HttpResponse<String> again = HttpSupport.send("GET", "/api/products?size=1", null);
        assertFalse(given.equals(again.headers().firstValue("X-Request-Id").orElse(given)), "one per request");
        HttpResponse<String> forged = HttpSupport.send("GET", "/api/products?size=1", null, "X-Request-Id", "a b<script>");
        String answered = forged.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(answered.matches("[0-9a-f]{24}"), "a sent id that is not a plain token is not repeated: " + answered);
    }

    /** A record's message: Payara's JSON formatter puts it under Throwable.Exception when the record has a throwable. */
    private static String message(JsonObject record) {
        if (record.containsKey("LogMessage")) {
            return record.getString("LogMessage");
        }
        JsonObject throwable = record.getJsonObject("Throwable");
        return throwable == null ? "" : throwable.getString("Exception", "");
    }
}
