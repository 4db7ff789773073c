package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer changes the name of their account, through the API and on the account page; a
 * refused name is a clear error and keeps the old one; fields a caller may not set are not read.
 */
@ExtendWith(SharedDeployment.class)
class ProfileIT {

    private static final String PASSWORD = "Harbour-Willow-Compass-58";

    private static String newCustomer(String label) throws Exception {
        String email = label + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        SignedUpCustomers.signUp(email, "Petra Profile", PASSWORD);
        return email;
    }

    private static HttpResponse<String> rename(String token, String body) throws Exception {
        return HttpSupport.send("PUT", "/api/me", body, "Authorization", "Bearer " + token);
    }

    @Test
    void aCustomerRenamesTheirAccountThroughTheApiAndNothingElseChanges() throws Exception {
        String email = newCustomer("rename-api");
        String token = SignedUpCustomers.token(email, PASSWORD);

        HttpResponse<String> renamed = rename(token, Json.createObjectBuilder().add("name", "  Petra Berg ")
                .add("email", "someone-else@example.org").add("kind", "STAFF").add("roles", Json.createArrayBuilder().add("ADMIN"))
                .build().toString());
        assertEquals(200, renamed.statusCode(), renamed.body());
        JsonObject me = HttpSupport.json(renamed);
        assertEquals("Petra Berg", me.getString("name"), me.toString());
        assertEquals(email, me.getString("email"), "the email is not changed this way");
        assertEquals("Petra Berg", CommerceSupport.text("select display_name from app_user where email = ?", email));
        assertEquals(0, DatabaseSupport.count("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.role <> 'CUSTOMER'", email), "no role came in with the name");

        for (String refused : new String[] {"{\"name\":\"   \"}", "{}", "{\"name\":\"" + "x".repeat(121) + "\"}"}) {
            HttpResponse<String> answer = rename(token, refused);
            assertEquals(400, answer.statusCode(), refused);
            assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), HttpSupport.contentType(answer));
            assertTrue(HttpSupport.json(answer).getJsonObject("errors").containsKey("name"), answer.body());
        }
        assertEquals("Petra Berg", CommerceSupport.text("select display_name from app_user where email = ?", email),
                "a refused name keeps the old one");
        assertEquals(401, rename("not-a-token", "{\"name\":\"Mallory\"}").statusCode());
        assertEquals(401, HttpSupport.send("PUT", "/api/me", "{\"name\":\"Mallory\"}").statusCode());
    }

    @Test
    void theAccountPageChangesTheNameAndSaysWhatIsWrong() throws Exception {
        String email = newCustomer("rename-page");
        WebSession session = new WebSession();
        session.follow(session.signIn(email, PASSWORD));
        HttpResponse<String> page = session.get("/account/");
        assertEquals(200, page.statusCode());

        HttpResponse<String> refused = session.submit(page, "profile", Map.of("name", "   "), "save");
        assertTrue(refused.body().contains("id=\"profile:name-error\""), refused.body());
        assertTrue(refused.body().contains("must be 1 to 120 characters"), refused.body());
        assertEquals("Petra Profile", CommerceSupport.text("select display_name from app_user where email = ?", email));

        HttpResponse<String> saved = session.submit(session.get("/account/"), "profile", Map.of("name", "Petra <b>Berg</b>"), "save");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("Your name is now Petra &lt;b&gt;Berg&lt;/b&gt;."), saved.body());
        assertEquals("Petra <b>Berg</b>", CommerceSupport.text("select display_name from app_user where email = ?", email));
    }
}
