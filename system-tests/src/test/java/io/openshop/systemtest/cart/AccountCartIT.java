package io.openshop.systemtest.cart;

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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account carts over the storefront's own forms (a browser session without a browser) and the
 * API: a guest's cart joins the account's cart exactly once at sign-in, the account's cart is
 * there again at the next sign-in elsewhere, and nobody else reaches it.
 */
@ExtendWith(SharedDeployment.class)
class AccountCartIT {

    private static final String PASSWORD = "Quiet Harbour Lantern 42";
    private static final Pattern CART_COUNT = Pattern.compile("id=\"cart-count\">(\\d+)<");

    private record Customer(String email, String token) {
    }

    /** A customer who signed up in a session of their own (then left it). */
    private static Customer newCustomer(String label) throws Exception {
        String email = label + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        WebSession session = new WebSession();
        HttpResponse<String> signedUp = session.submit(session.get("/signup.xhtml"), "signup",
                Map.of("email", email, "name", "Cart " + label, "password", PASSWORD), "submit");
        assertTrue(WebSession.isRedirect(signedUp), "signed up: " + signedUp.body());
        HttpResponse<String> issued = HttpSupport.send("POST", "/api/auth/token",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString());
        assertEquals(200, issued.statusCode(), issued.body());
        return new Customer(email, HttpSupport.json(issued).getString("token"));
    }

    private static HttpResponse<String> api(Customer c, String method, String path, String json) throws Exception {
        return c == null ? HttpSupport.send(method, path, json) : HttpSupport.send(method, path, json, "Authorization", "Bearer " + c.token());
    }

    private static String slugOf(String sku) {
        return "test-" + sku.substring("TST-".length()).toLowerCase(Locale.ROOT);
    }

    /** Puts a SKU in this session's cart through the product page's "Add to cart" form; answers the page it ends on. */
    private static HttpResponse<String> addToCart(WebSession session, String sku, String quantity) throws Exception {
        HttpResponse<String> product = session.get("/product.xhtml?slug=" + slugOf(sku));
        assertEquals(200, product.statusCode());
        return session.follow(session.submit(product, "add-to-cart", Map.of("quantity", quantity), "add"));
    }

    private static int cartCount(HttpResponse<String> page) {
        Matcher m = CART_COUNT.matcher(page.body());
        assertTrue(m.find(), "the header shows the cart count: " + page.body());
        return Integer.parseInt(m.group(1));
    }

    private static int quantityIn(JsonObject cart, String sku) {
        return cart.getJsonArray("lines").stream().map(v -> v.asJsonObject()).filter(l -> l.getString("sku").equals(sku))
                .mapToInt(l -> l.getInt("quantity")).findFirst().orElse(0);
    }

    private static JsonObject myCart(Customer c) throws Exception {
        HttpResponse<String> cart = api(c, "GET", "/api/me/cart", null);
        assertEquals(200, cart.statusCode(), cart.body());
        return HttpSupport.json(cart);
    }

    @Test
    void aGuestCartJoinsTheAccountCartExactlyOnceAtSignIn() throws Exception {
        Customer customer = newCustomer("merge");
        String both = CommerceSupport.newSkuWithStock("12.00", 200);
        String guestOnly = CommerceSupport.newSkuWithStock("7.50", 200);
        String capped = CommerceSupport.newSkuWithStock("3.00", 200);
        // what the account's cart already holds, put there from another device
        assertEquals(200, api(customer, "POST", "/api/me/cart/lines", line(both, 2)).statusCode());
        assertEquals(200, api(customer, "POST", "/api/me/cart/lines", line(capped, 60)).statusCode());

        WebSession browser = new WebSession();
        addToCart(browser, both, "3");
        addToCart(browser, guestOnly, "1");
        HttpResponse<String> guestCart = addToCart(browser, capped, "50");
        assertTrue(guestCart.uri().getPath().endsWith("/cart.xhtml"), "adding leads to the cart page: " + guestCart.uri());
        assertEquals(54, cartCount(guestCart), "the guest cart, before signing in");
        assertEquals(62, myCart(customer).getInt("itemCount"), "the account cart is not touched by a guest");

        HttpResponse<String> afterSignIn = browser.follow(browser.signIn(customer.email(), PASSWORD));
        assertEquals(200, afterSignIn.statusCode());
        assertTrue(afterSignIn.body().contains("now in your account"), "the shopper is told: " + afterSignIn.body());

        JsonObject merged = myCart(customer);
        assertEquals(5, quantityIn(merged, both), "quantities of the same item are added");
        assertEquals(1, quantityIn(merged, guestOnly));
        assertEquals(99, quantityIn(merged, capped), "capped at the cart's maximum of 99 per item");
        assertEquals(105, cartCount(browser.get("/cart.xhtml")), "the storefront shows the account cart now");

        // a reload and a second sign-in in the same browser merge nothing again
        browser.get("/cart.xhtml");
        browser.follow(browser.signIn(customer.email(), PASSWORD));
        assertEquals(105, cartCount(browser.get("/cart.xhtml")));
        assertEquals(5, quantityIn(myCart(customer), both), "merged exactly once");
        long customerId = DatabaseSupport.count("select id from app_user where email = ?", customer.email());
        assertEquals(1, DatabaseSupport.count("select count(*) from cart where customer_id = ? and checked_out_at is null"
                + " and merged_at is null", customerId), "one open cart per account");
        assertEquals(1, DatabaseSupport.count("select count(*) from cart where merged_into = (select id from cart"
                + " where customer_id = ? and checked_out_at is null and merged_at is null)", customerId), "the guest cart is closed as merged");
    }

    /**
     * The sequence of Payara bug #4734: a protected page, the redirect to the form, the sign-in and
     * the first request after it. The merge runs in that request, as the signed-in customer.
     */
    @Test
    void theMergeWorksWhenTheSignInFollowsAProtectedPage() throws Exception {
        Customer customer = newCustomer("protected");
        String sku = CommerceSupport.newSkuWithStock("2.50", 20);
        WebSession browser = new WebSession();
        addToCart(browser, sku, "3");

        HttpResponse<String> toLogin = browser.get("/account/");
        assertTrue(WebSession.isRedirect(toLogin), "an anonymous caller is sent to the form");
        HttpResponse<String> form = browser.get(WebSession.location(toLogin));
        HttpResponse<String> signedIn = browser.submit(form, "login", Map.of("email", customer.email(), "password", PASSWORD), "submit");
        assertTrue(WebSession.location(signedIn).endsWith("/account/"), "back to the page asked for: " + WebSession.location(signedIn));
        HttpResponse<String> account = browser.follow(signedIn);
        assertEquals(200, account.statusCode(), account.body());
        assertTrue(account.body().contains("now in your account"), account.body());
        assertEquals(3, cartCount(account), "the first page after signing in already shows the account's cart");
        assertEquals(3, quantityIn(myCart(customer), sku));
    }

    @Test
    void theAccountCartIsThereAgainAtTheNextSignInInAnotherBrowser() throws Exception {
        Customer customer = newCustomer("again");
        String sku = CommerceSupport.newSkuWithStock("19.90", 50);
        WebSession first = new WebSession();
        first.follow(first.signIn(customer.email(), PASSWORD));
        HttpResponse<String> cart = addToCart(first, sku, "4");
        assertEquals(4, cartCount(cart));
        first.signOut("/cart.xhtml");

        WebSession second = new WebSession();
        assertEquals(0, cartCount(second.get("/")), "a new browser starts without a cart");
        second.follow(second.signIn(customer.email(), PASSWORD));
        HttpResponse<String> found = second.get("/cart.xhtml");
        assertEquals(4, cartCount(found), "the same cart after signing in elsewhere");
        assertTrue(found.body().contains("data-sku=\"" + sku + "\""), found.body());
        // signing out revoked the customer's API tokens: the API gets a new one
        Customer again = new Customer(customer.email(), SignedUpCustomers.token(customer.email(), PASSWORD));
        assertEquals(4, quantityIn(myCart(again), sku), "and the API sees the same cart");
    }

    @Test
    void anotherCustomersCartIsNotFound() throws Exception {
        Customer owner = newCustomer("owner");
        Customer other = newCustomer("other");
        String sku = CommerceSupport.newSkuWithStock("5.00", 20);
        assertEquals(200, api(owner, "POST", "/api/me/cart/lines", line(sku, 1)).statusCode());
        String token = myCart(owner).getString("token");

        assertEquals(200, api(owner, "GET", "/api/carts/" + token, null).statusCode(), "its owner reaches it by token too");
        for (Customer stranger : new Customer[] {other, null}) {
            HttpResponse<String> read = api(stranger, "GET", "/api/carts/" + token, null);
            assertEquals(404, read.statusCode(), read.body());
            assertTrue(HttpSupport.contentType(read).startsWith("application/problem+json"));
            assertEquals(404, api(stranger, "POST", "/api/carts/" + token + "/lines", line(sku, 5)).statusCode());
            assertEquals(404, api(stranger, "DELETE", "/api/carts/" + token + "/lines/" + sku, null).statusCode());
            JsonObject checkout = CommerceSupport.checkout(token, "thief@example.org", null).build();
            HttpResponse<String> taken = stranger == null
                    ? HttpSupport.send("POST", "/api/checkout", checkout.toString(), "Idempotency-Key", CommerceSupport.newKey())
                    : HttpSupport.send("POST", "/api/checkout", checkout.toString(), "Idempotency-Key", CommerceSupport.newKey(),
                            "Authorization", "Bearer " + stranger.token());
            assertEquals(404, taken.statusCode(), taken.body());
        }
        assertEquals(1, quantityIn(myCart(owner), sku), "the owner's cart is unchanged");
        assertEquals(0, myCart(other).getInt("itemCount"), "the other customer has a cart of their own");
        assertEquals(401, api(null, "GET", "/api/me/cart", null).statusCode(), "no token, no account cart");
    }

    @Test
    void aQuantityOutOfRangeIsAMessageOnTheProductPage() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("4.00", 20);
        WebSession browser = new WebSession();
        for (String quantity : new String[] {"0", "100", "many"}) {
            HttpResponse<String> page = addToCart(browser, sku, quantity);
            assertTrue(page.uri().getPath().endsWith("/product.xhtml"), "back on the product page: " + page.uri());
            assertTrue(page.body().contains("Quantity must be"), "a message says why: " + page.body());
            assertEquals(0, cartCount(page), "nothing was added");
        }
    }

    private static String line(String sku, int quantity) {
        return Json.createObjectBuilder().add("sku", sku).add("quantity", quantity).build().toString();
    }
}
