package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.WebSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the catalog pages without a session creates none (no session cookie), while their
 * scripts still run under the page's CSP nonce; with a session the pages stay stateful and a
 * form on them keeps its view state (the CSRF protection of JSF forms).
 */
@ExtendWith(SharedDeployment.class)
class StatelessPagesIT {

    private static final String PASSWORD = "Copper-Meadow-Falcon-31";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void catalogPagesReadWithoutASessionCreateNone() throws Exception {
        for (String page : List.of("/", "/index.xhtml", "/category.xhtml?c=apparel", "/search.xhtml?q=shirt",
                "/category.xhtml?c=apparel&sort=price-desc&price=0-50")) {
            HttpResponse<String> response = HttpSupport.get(page);
            assertEquals(200, response.statusCode(), page);
            List<String> cookies = response.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), page + " created a session: " + cookies);
            String nonce = nonceOf(response);
            assertTrue(response.body().contains("nonce=\"" + nonce + "\""), page + ": the page's scripts carry the header's nonce");
            assertFalse(response.body().contains("jakarta.faces.ViewState"), page + " renders no form to a visitor without a session");
        }
    }

    @Test
    void eachPageViewGetsItsOwnNonce() throws Exception {
        String first = nonceOf(HttpSupport.get("/category.xhtml?c=apparel"));
        String second = nonceOf(HttpSupport.get("/category.xhtml?c=apparel"));
        assertFalse(first.equals(second), "a nonce is never reused");
    }

    @Test
    void withASessionTheFormsOnThePagesKeepTheirViewState() throws Exception {
        String email = "stateful-" + Long.toString(System.nanoTime(), 36) + "@example.test"; // base 36: no card-shaped digit run
        WebSession newcomer = new WebSession();
        newcomer.submit(newcomer.get("/signup.xhtml"), "signup", Map.of("email", email, "name", "Stella Stateful", "password", PASSWORD), "submit");
        WebSession session = new WebSession();
        HttpResponse<String> signedIn = session.signIn(email, PASSWORD);
        assertTrue(signedIn.statusCode() < 400, "signed in: " + signedIn.statusCode());

        HttpResponse<String> category = session.get("/category.xhtml?c=apparel");
        assertEquals(200, category.statusCode());
        assertTrue(category.body().contains("id=\"signout\""), "a signed-in shopper sees the sign-out form");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(category.body());
        assertTrue(state.find(), "the form carries a view state");
        assertFalse(state.group(1).equals("stateless"), "the view is stateful, so the form is protected by its view state");
        assertTrue(category.body().contains("nonce=\"" + nonceOf(category) + "\""), "scripts carry the nonce");
    }

    private static String nonceOf(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), "the page's policy has a nonce: " + policy);
        return nonce.group(1);
    }
}
