package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WebSession;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's system page, for ADMIN only: the instance's health and figures read from its
 * own metrics, its last hour as charts (the server has run for minutes by the time this test
 * runs, so the once-a-minute samples are there), and the latest incidents with what the caller
 * was told.
 */
@ExtendWith(SharedDeployment.class)
class SystemPageIT {

    private static final Pattern INCIDENT = Pattern.compile("Incident ([0-9a-f-]{36})");

    /** An API error of the shop's own: a stored address that fails its integrity check. */
    private static String[] incident() throws Exception {
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("system-page");
        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", "{\"name\":\"Sys\",\"line1\":\"Weg 2\","
                + "\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}", "Authorization", "Bearer " + customer.token());
        assertEquals(201, address.statusCode(), address.body());
        long id = CommerceSupport.json(address).getJsonNumber("id").longValue();
        CommerceSupport.execute("update customer_address set line1 = 'v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' where id = ?", id);
        HttpResponse<String> broken = HttpSupport.send("GET", "/api/me/addresses/" + id, null, "Authorization", "Bearer " + customer.token(),
                "X-Request-Id", "system-page-" + id);
        assertEquals(500, broken.statusCode(), broken.body());
        Matcher told = INCIDENT.matcher(broken.body());
        assertTrue(told.find(), broken.body());
        return new String[] {told.group(1), "/api/me/addresses/" + id, "system-page-" + id};
    }

    @Test
    void administratorsSeeTheInstanceItsLastHourAndTheLatestIncidents() throws Exception {
        String[] incident = incident();
        assertEquals(1, DatabaseSupport.count("select count(*) from incident where id = ? and request = ? and request_id = ?"
                + " and summary like '%StoredDataTamperedException%' and account_id is not null", incident[0], "GET " + incident[1], incident[2]),
                "the incident is kept with its request, request id, account and exception types");
        assertEquals(1, DatabaseSupport.count("select count(*) from incident where request_id = ?", incident[2]), "once");

        WebSession admin = StaffSupport.adminSession();
        HttpResponse<String> page = admin.get("/admin/system.xhtml");
        assertEquals(200, page.statusCode());
        // the charts need two samples: the first 10 s after deployment, the next at the following minute
        for (int i = 0; i < 30 && !page.body().contains("class=\"ui-chart"); i++) {
            Thread.sleep(5_000);
            page = admin.get("/admin/system.xhtml");
        }
        String body = page.body();
        assertTrue(body.matches("(?s).*id=\"health-0\">UP<.*"), "the instance is up and reaches its database: " + excerpt(body));
        assertTrue(body.matches("(?s).*<th scope=\"row\">Heap</th><td>[0-9,]+ MB of [0-9,]+ MB</td>.*"), "its heap, from its metrics");
        assertTrue(body.matches("(?s).*<th scope=\"row\">Uptime</th><td>[0-9]+ (min|h [0-9]+ min)</td>.*"), "its uptime");
        assertTrue(body.matches("(?s).*<th scope=\"row\">Requests</th><td>[0-9.]+/s; [0-9,]+ since start</td>.*"),
                "its request rate over the last minute and its answers since start: " + excerpt(body));
        assertTrue(body.matches("(?s).*<th scope=\"row\">Database connections in use</th><td>[0-9,]+\\s*\\([0-9,]+ waiting\\)</td>.*"),
                "its JDBC pool, from Payara's own figures: " + excerpt(body));
        assertTrue(body.matches("(?s).*<th scope=\"row\">Sessions</th><td>[1-9][0-9,]*</td>.*"),
                "its sessions, at least the administrator's own: " + excerpt(body));
        assertTrue(body.contains("class=\"ui-chart") && body.contains("Answers per minute") && body.contains("Heap used (MB)"),
                "charts of the last hour");
        assertTrue(body.contains(incident[0]), "the incident just logged is listed");
        assertTrue(body.contains("GET " + incident[1]) && body.contains(incident[2]), "with its request and request id");
        assertFalse(body.contains("v1:k1:AAAA"), "and not the data that failed");
    }

    @Test
    void onlyAdministratorsMayOpenIt() throws Exception {
        WebSession anonymous = new WebSession();
        assertTrue(WebSession.isRedirect(anonymous.get("/admin/system.xhtml")), "anonymous callers are sent to sign in");
        String admin = StaffSupport.adminToken();
        JsonObject support = StaffSupport.newStaff(admin, "system-support", "SUPPORT", "FULFILMENT", "CATALOG_MANAGER");
        WebSession staff = new WebSession();
        assertTrue(WebSession.isRedirect(staff.signIn(support.getString("email"), StaffSupport.PASSWORD)));
        assertEquals(403, staff.get("/admin/system.xhtml").statusCode(), "staff without ADMIN");
        assertFalse(staff.get("/admin/").body().contains("id=\"system-link\""), "and the menu does not offer it to them");
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("system-customer");
        WebSession shopper = new WebSession();
        assertTrue(WebSession.isRedirect(shopper.signIn(customer.email(), SignedUpCustomers.PASSWORD)));
        assertEquals(403, shopper.get("/admin/system.xhtml").statusCode(), "customers");
    }

    private static String excerpt(String body) {
        int start = body.indexOf("<h1>System");
        return start < 0 ? body.substring(0, Math.min(body.length(), 1500)) : body.substring(start, Math.min(body.length(), start + 2500));
    }
}
