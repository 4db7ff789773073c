package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.WebSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.openshop.systemtest.support.WebSession.isRedirect;
import static io.openshop.systemtest.support.WebSession.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shop answers about accounts: API tokens stop working when their account signs out
 * (through the API or the web), is disabled or loses its token generation otherwise; and sign-up
 * answers the same whether or not an email already has an account.
 */
@ExtendWith(SharedDeployment.class)
class AccountAnswersIT {

    private static final String PASSWORD = "Copper-Lagoon-Tandem-58";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static int me(String token) throws Exception {
        return HttpSupport.send("GET", "/api/me", null, "Authorization", "Bearer " + token).statusCode();
    }

    @Test
    void signingOutThroughTheApiRevokesEveryTokenOfTheAccount() throws Exception {
        String email = "revoke-api-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Rita Revoke", PASSWORD);
        String first = SignedUpCustomers.token(email, PASSWORD);
        String second = SignedUpCustomers.token(email, PASSWORD);
        assertEquals(200, me(first));
        assertEquals(200, me(second));

        HttpResponse<String> out = HttpSupport.send("POST", "/api/auth/logout", null, "Authorization", "Bearer " + first);
        assertEquals(204, out.statusCode(), out.body());
        assertEquals(401, me(first), "the token signed out with");
        assertEquals(401, me(second), "and every other token of the account");
        assertEquals(401, HttpSupport.send("GET", "/api/me/export", null, "Authorization", "Bearer " + second).statusCode());
        assertEquals(200, me(SignedUpCustomers.token(email, PASSWORD)), "a token issued afterwards works");
        assertEquals(401, HttpSupport.send("POST", "/api/auth/logout", null).statusCode(), "anonymous callers have nothing to sign out");
        assertTrue(DatabaseSupport.count("select count(*) from audit_log where action = 'LOGOUT' and target = ?", email) >= 1);
    }

    @Test
    void signingOutOfTheWebRevokesTheApiTokensToo() throws Exception {
        String email = "revoke-web-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Walt Web", PASSWORD);
        String token = SignedUpCustomers.token(email, PASSWORD);
        WebSession browser = SignedUpCustomers.signedIn(email, PASSWORD);
        assertEquals(200, me(token));
        assertTrue(isRedirect(browser.signOut("/account/")));
        assertEquals(401, me(token));
    }

    @Test
    void aDisabledAccountsTokensStopWorkingAtOnce() throws Exception {
        String email = "revoke-disabled-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Dora Disabled", PASSWORD);
        String token = SignedUpCustomers.token(email, PASSWORD);
        assertEquals(200, me(token));
        CommerceSupport.execute("update app_user set status = 'DISABLED' where email = ?", email);
        assertEquals(401, me(token));
        CommerceSupport.execute("update app_user set status = 'ACTIVE' where email = ?", email);
        assertEquals(200, me(token), "the token was refused for the account's state, not broken");
        // a role change (IdentityService.grantRole/revokeRole, UserAccountTest) counts the generation up, as this does
        CommerceSupport.execute("update app_user set token_generation = token_generation + 1 where email = ?", email);
        assertEquals(401, me(token));
    }

    @Test
    void tokensNameTheGenerationTheyWereIssuedUnder() throws Exception {
        String email = "revoke-gen-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Gina Gen", PASSWORD);
        String token = SignedUpCustomers.token(email, PASSWORD);
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"gen\":0"), claims);
    }

    private static HttpResponse<String> signUp(String email, String name, String password) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> form = session.get("/signup.xhtml");
        assertEquals(200, form.statusCode());
        return session.submit(form, "signup", Map.of("email", email, "name", name, "password", password), "submit");
    }

    @Test
    void signUpAnswersTheSameWhetherOrNotTheEmailHasAnAccount() throws Exception {
        String taken = "taken-" + RUN + "@example.com";
        HttpResponse<String> first = signUp(taken, "Tina Taken", PASSWORD);
        String hashBefore = CommerceSupport.text("select password_hash from app_user where email = ?", taken);

        HttpResponse<String> fresh = signUp("fresh-" + RUN + "@example.com", "Fred Fresh", "Another-Quiet-Harbour-11");
        HttpResponse<String> again = signUp(taken, "Someone Else", "Another-Quiet-Harbour-11");
        for (HttpResponse<String> answer : List.of(first, fresh, again)) {
            assertTrue(isRedirect(answer), answer.statusCode() + " " + answer.body());
        }
        assertEquals(fresh.statusCode(), again.statusCode());
        assertEquals(location(fresh), location(again), "the same page next");
        assertEquals(fresh.body(), again.body());
        assertEquals(headerNames(fresh), headerNames(again));
        assertTrue(again.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "a new session id either way");
        assertFalse(again.body().contains("already"), again.body());

        assertEquals("Tina Taken", CommerceSupport.text("select display_name from app_user where email = ?", taken), "nothing changed");
        assertEquals(hashBefore, CommerceSupport.text("select password_hash from app_user where email = ?", taken));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'SIGN_UP_FOR_EXISTING_ACCOUNT' and target = ?",
                taken), "the attempt is recorded for the owner's notice");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_CREATED' and target = ?", taken));
        assertNotEquals(0, DatabaseSupport.count("select count(*) from app_user where email = ?", "fresh-" + RUN + "@example.com"));
    }

    private static TreeSet<String> headerNames(HttpResponse<String> response) {
        TreeSet<String> names = new TreeSet<>();
        response.headers().map().keySet().forEach(n -> names.add(n.toLowerCase(java.util.Locale.ROOT)));
        names.remove("date");
        names.remove("content-security-policy"); // its nonce differs
        return names;
    }
}
