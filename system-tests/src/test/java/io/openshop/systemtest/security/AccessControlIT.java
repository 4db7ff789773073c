package io.openshop.systemtest.security;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.ApplicationSurface;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import jakarta.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.openshop.systemtest.support.WebSession.isRedirect;
import static io.openshop.systemtest.support.WebSession.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access matrix: every REST endpoint and every Faces page the built application has
 * ({@link ApplicationSurface}, nothing typed in here), called anonymously and as one account of
 * each role, against one declared policy ({@link #API} and {@link #PAGES}). An endpoint or page
 * the policy does not cover fails the test, so a new one must be given its access here before it
 * can be merged. Anonymous → 401 problem (API) or the login form (pages); a role the policy does
 * not name → 403; a role it names → neither. Plus object-level checks between two customers.
 */
@ExtendWith(SharedDeployment.class)
class AccessControlIT {

    private static final String PASSWORD = "Quartz-Meadow-Falcon-93";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT);
    private static final Set<String> EVERY_ROLE = Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT,
            Roles.CUSTOMER);
    /** No roles: open to everyone, anonymous callers included. */
    private static final Set<String> PUBLIC = Set.of();

    /** Who may call what: HTTP method ("*" for any) and path glob ("**" any rest, "*" one segment) → roles. First match wins. */
    private record Rule(String method, String glob, Set<String> roles) {
        boolean matches(String method, String path) {
            return (this.method.equals("*") || this.method.equals(method)) && regex(glob).matcher(path).matches();
        }

        private static Pattern regex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (glob.startsWith("/**", i)) {
                    regex.append("(/.*)?");
                    i += 2;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }

    private static Rule rule(String method, String glob, Set<String> roles) {
        return new Rule(method, glob, roles);
    }

    /** The REST API's policy. */
    static final List<Rule> API = List.of(
            // the storefront's API: catalog, guest carts (the token is the key), checkout, guest orders (number + email)
            rule("POST", "/api/products/*/reviews", Set.of(Roles.CUSTOMER)),
            rule("GET", "/api/products/**", PUBLIC),
            rule("GET", "/api/categories/**", PUBLIC),
            rule("GET", "/api/search/**", PUBLIC),
            rule("GET", "/api/images/**", PUBLIC),
            // a plain form, refused when another site sends it (its Origin), not by role
            rule("POST", "/api/privacy/consent", PUBLIC),
            rule("*", "/api/carts/**", PUBLIC),
            rule("POST", "/api/checkout", PUBLIC),
            rule("POST", "/api/checkout/shipping-options", PUBLIC),
            rule("POST", "/api/checkout/address-check", PUBLIC),
            rule("*", "/api/orders/**", PUBLIC),
            rule("POST", "/api/auth/token", PUBLIC),
            rule("POST", "/api/auth/logout", EVERY_ROLE),
            // the payment provider calls in; the signature in the request is its authentication
            rule("POST", "/api/payments/webhooks/**", PUBLIC),
            // the signed-in caller's own account
            rule("GET", "/api/me", EVERY_ROLE),
            rule("PUT", "/api/me", EVERY_ROLE),
            rule("*", "/api/me/**", Set.of(Roles.CUSTOMER)),
            // staff
            rule("GET", "/api/admin/catalog/products", STAFF), // every desk looks products up, as on /admin/products.xhtml
            rule("*", "/api/admin/catalog/**", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("*", "/api/admin/coupons/**", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("*", "/api/admin/orders/*/capture", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("*", "/api/admin/orders/*/refund", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("*", "/api/admin/personal-data/**", Set.of(Roles.ADMIN)),
            rule("*", "/api/admin/staff/**", Set.of(Roles.ADMIN)),
            rule("*", "/api/admin/audit/**", Set.of(Roles.ADMIN)),
            rule("*", "/api/admin/reviews/**", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT)),
            rule("*", "/api/admin/workflow/**", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("*", "/api/admin/inventory/**", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT)),
            rule("GET", "/api/admin/analytics/dashboard", STAFF),
            rule("*", "/api/admin/analytics/rollups", Set.of(Roles.ADMIN)),
            rule("GET", "/api/admin/feeds", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("POST", "/api/admin/feeds", Set.of(Roles.ADMIN)),
            rule("*", "/api/admin/webhooks", Set.of(Roles.ADMIN)),
            rule("*", "/api/admin/webhooks/**", Set.of(Roles.ADMIN)),
            rule("GET", "/api/admin/reports/**", Set.of(Roles.ADMIN)),
            rule("GET", "/api/admin/customers", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("*", "/api/admin/customers/**", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("POST", "/api/admin/orders/*/fulfilment", Set.of(Roles.ADMIN, Roles.FULFILMENT)),
            rule("POST", "/api/admin/orders/*/shipment", Set.of(Roles.ADMIN, Roles.FULFILMENT)),
            rule("POST", "/api/admin/orders/*/delivery", Set.of(Roles.ADMIN, Roles.FULFILMENT)),
            rule("POST", "/api/admin/orders/*/parcels", Set.of(Roles.ADMIN, Roles.FULFILMENT)),
            rule("POST", "/api/admin/orders/*/notes", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            rule("POST", "/api/admin/orders/*/tracking", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            rule("POST", "/api/admin/orders/*/return", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            // the order desk
            rule("GET", "/api/admin/orders", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            rule("GET", "/api/admin/orders/*", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)));

    /** The Faces pages' policy: the storefront's top-level pages are public, the two folders are not. */
    static final List<Rule> PAGES = List.of(
            rule("GET", "/admin/product.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("GET", "/admin/prices.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("GET", "/admin/imports.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("GET", "/admin/coupons.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER)),
            rule("GET", "/admin/reviews.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT)),
            rule("GET", "/admin/workflow.xhtml", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("GET", "/admin/inventory.xhtml", Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT)),
            rule("GET", "/admin/staff.xhtml", Set.of(Roles.ADMIN)),
            rule("GET", "/admin/audit.xhtml", Set.of(Roles.ADMIN)),
            rule("GET", "/admin/system.xhtml", Set.of(Roles.ADMIN)),
            rule("GET", "/admin/reports.xhtml", Set.of(Roles.ADMIN)),
            rule("GET", "/admin/webhooks.xhtml", Set.of(Roles.ADMIN)),
            rule("GET", "/admin/customers.xhtml", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("GET", "/admin/customer.xhtml", Set.of(Roles.ADMIN, Roles.SUPPORT)),
            rule("GET", "/admin/orders.xhtml", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            rule("GET", "/admin/order.xhtml", Set.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT)),
            rule("GET", "/admin/**", STAFF),
            rule("GET", "/account/**", Set.of(Roles.CUSTOMER)),
            rule("GET", "/*", PUBLIC));

    private record Caller(String role, String email, String password, WebSession session, String token) {
    }

    private static final Map<String, Caller> CALLERS = new LinkedHashMap<>();

    /** One account per role: a customer through the sign-up form, staff in the database with the first admin's password hash. */
    @BeforeAll
    static void oneAccountPerRole() throws Exception {
        if (!CALLERS.isEmpty()) {
            return;
        }
        for (String role : EVERY_ROLE.stream().sorted().toList()) {
            String email;
            String password;
            if (role.equals(Roles.ADMIN)) {
                email = TestSettings.adminEmail();
                password = TestSettings.adminPassword();
            } else if (role.equals(Roles.CUSTOMER)) {
                email = "matrix-customer-" + RUN + "@example.com";
                password = PASSWORD;
                SignedUpCustomers.signUp(email, "Mara Matrix", password);
            } else {
                email = "matrix-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + RUN + "@example.com";
                password = TestSettings.adminPassword();
                SignedUpCustomers.staff(email, role);
            }
            boolean admin = role.equals(Roles.ADMIN); // administrators sign in with a one-time code as well
            CALLERS.put(role, new Caller(role, email, password, admin ? StaffSupport.adminSession() : SignedUpCustomers.signedIn(email, password),
                    admin ? StaffSupport.adminToken() : SignedUpCustomers.token(email, password)));
        }
    }

    private static Set<String> policy(List<Rule> rules, String method, String path) {
        return rules.stream().filter(r -> r.matches(method, path)).findFirst().map(Rule::roles).orElse(null);
    }

    private static HttpResponse<String> call(ApplicationSurface.Endpoint endpoint, String token) throws Exception {
        boolean body = Set.of("POST", "PUT", "PATCH").contains(endpoint.method());
        List<String> headers = new ArrayList<>(List.of("If-Match", "\"0\"", "Idempotency-Key", UUID.randomUUID().toString()));
        if (token != null) {
            headers.add("Authorization");
            headers.add("Bearer " + token);
        }
        return HttpSupport.send(endpoint.method(), endpoint.sample(), body ? "{}" : null, headers.toArray(String[]::new));
    }

    @Test
    void everyRestEndpointIsCoveredByThePolicyAndAnswersEachRoleAsItSays() throws Exception {
        List<ApplicationSurface.Endpoint> endpoints = ApplicationSurface.restEndpoints();
        assertTrue(endpoints.size() >= 30, "the enumeration found the API: " + endpoints);
        List<String> uncovered = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (ApplicationSurface.Endpoint endpoint : endpoints) {
            Set<String> allowed = policy(API, endpoint.method(), endpoint.path());
            if (allowed == null) {
                uncovered.add(endpoint.toString());
                continue;
            }
            HttpResponse<String> anonymous = call(endpoint, null);
            if (allowed.isEmpty()) {
                if (anonymous.statusCode() == 401 || anonymous.statusCode() == 403) {
                    wrong.add(endpoint + ": public, but anonymous got " + anonymous.statusCode());
                }
            } else if (anonymous.statusCode() != 401 || !HttpSupport.contentType(anonymous).startsWith("application/problem+json")) {
                wrong.add(endpoint + ": anonymous got " + anonymous.statusCode() + " " + HttpSupport.contentType(anonymous)
                        + ", expected a 401 problem");
            }
            for (Caller caller : List.copyOf(CALLERS.values())) {
                HttpResponse<String> response = call(endpoint, caller.token());
                if (HttpSupport.send("GET", "/api/me", null, "Authorization", "Bearer " + caller.token()).statusCode() == 401) {
                    // the endpoint revoked the token (sign-out): the next endpoint gets a fresh one
                    CALLERS.put(caller.role(), new Caller(caller.role(), caller.email(), caller.password(), caller.session(),
                            caller.role().equals(Roles.ADMIN) ? StaffSupport.adminToken() : SignedUpCustomers.token(caller.email(), caller.password())));
                }
                int status = response.statusCode();
                boolean refused = status == 401 || status == 403;
                if (allowed.isEmpty() || allowed.contains(caller.role())) {
                    if (refused || status >= 500) {
                        wrong.add(endpoint + ": " + caller.role() + " may, but got " + status + " " + response.body());
                    }
                } else if (status != 403 || !HttpSupport.contentType(response).startsWith("application/problem+json")) {
                    wrong.add(endpoint + ": " + caller.role() + " may not, but got " + status + " " + response.body());
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "REST endpoints the access policy does not cover (declare who may call them in"
                + " AccessControlIT.API):\n  " + String.join("\n  ", uncovered));
        assertTrue(wrong.isEmpty(), "REST endpoints that do not answer as the policy says:\n  " + String.join("\n  ", wrong));
    }

    @Test
    void everyPageIsCoveredByThePolicyAndAnswersEachRoleAsItSays() throws Exception {
        List<String> pages = ApplicationSurface.pages();
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/admin/")), "the WAR has admin pages: " + pages);
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/account/")), "the WAR has account pages: " + pages);
        List<String> uncovered = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            Set<String> allowed = policy(PAGES, "GET", page);
            if (allowed == null) {
                uncovered.add(page);
                continue;
            }
            HttpResponse<String> anonymous = new WebSession().get(page);
            boolean toLogin = isRedirect(anonymous) && location(anonymous).contains("/login.xhtml");
            if (allowed.isEmpty()) {
                if (toLogin || anonymous.statusCode() == 401 || anonymous.statusCode() == 403) {
                    wrong.add(page + ": public, but anonymous got " + anonymous.statusCode());
                }
            } else if (!toLogin) {
                wrong.add(page + ": anonymous got " + anonymous.statusCode() + " instead of the login form");
            }
            for (Caller caller : CALLERS.values()) {
                HttpResponse<String> response = caller.session().get(page);
                int status = response.statusCode();
                if (allowed.isEmpty()) {
                    if (status == 401 || status == 403 || status >= 500) {
                        wrong.add(page + ": public, but " + caller.role() + " got " + status);
                    }
                } else if (allowed.contains(caller.role())) {
                    if (status != 200 || response.body().contains("This page is not open to you")
                            || response.body().contains("Something went wrong")) {
                        wrong.add(page + ": " + caller.role() + " may, but got " + status
                                + (isRedirect(response) ? " to " + location(response) : ""));
                    }
                } else if (status != 403 || !response.body().contains("This page is not open to you")) {
                    wrong.add(page + ": " + caller.role() + " may not, but got " + status);
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "Pages the access policy does not cover (declare who may open them in"
                + " AccessControlIT.PAGES):\n  " + String.join("\n  ", uncovered));
        assertTrue(wrong.isEmpty(), "Pages that do not answer as the policy says:\n  " + String.join("\n  ", wrong));
    }

    /**
     * The back office's menu offers each staff role exactly the pages the policy opens to it: no
     * link to a page that would answer 403, and no page the role may use left out of its menu.
     */
    @Test
    void theBackOfficeMenuOffersEachRoleExactlyThePagesItMayOpen() throws Exception {
        Pattern link = Pattern.compile("<a id=\"[\\w-]+-link\" href=\"(/admin/[^\"]*)\"");
        Map<String, Set<String>> menus = new LinkedHashMap<>();
        for (Caller caller : CALLERS.values()) {
            if (caller.role().equals(Roles.CUSTOMER)) {
                continue;
            }
            HttpResponse<String> home = caller.session().get("/admin/");
            assertEquals(200, home.statusCode(), caller.role());
            Set<String> offered = new TreeSet<>();
            link.matcher(home.body()).results().forEach(m -> offered.add(m.group(1)));
            menus.put(caller.role(), offered);
        }
        Set<String> every = menus.get(Roles.ADMIN);
        assertTrue(every.size() >= 9, "the administrator's menu has every page: " + every);
        List<String> wrong = new ArrayList<>();
        menus.forEach((role, offered) -> {
            for (String page : every) {
                String path = page.endsWith("/") ? page + "index.xhtml" : page;
                boolean allowed = policy(PAGES, "GET", path).contains(role);
                if (allowed != offered.contains(page)) {
                    wrong.add(role + (allowed ? " may open " + page + " but the menu leaves it out" : " is offered " + page + " but may not open it"));
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theEnumerationFindsEndpointsOfEveryKind() {
        List<String> found = ApplicationSurface.restEndpoints().stream().map(e -> e.method() + " " + e.path()).toList();
        // one of each shape: class-level path only, method path, regex parameter, nested admin path
        for (String expected : List.of("POST /api/checkout", "GET /api/products/{slug}", "DELETE /api/me/addresses/{id}",
                "POST /api/admin/orders/{number}/capture", "PUT /api/admin/catalog/products/{slug}")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        assertFalse(found.stream().anyMatch(e -> e.contains("//")), found.toString());
    }

    @Test
    void customersReachNeitherAnotherCustomersOrderNorAddressNorCart() throws Exception {
        String a = "owner-a-" + RUN + "@example.com";
        String b = "owner-b-" + RUN + "@example.com";
        SignedUpCustomers.signUp(a, "Ann Owner", PASSWORD);
        SignedUpCustomers.signUp(b, "Ben Other", PASSWORD);
        String tokenA = SignedUpCustomers.token(a, PASSWORD);
        String tokenB = SignedUpCustomers.token(b, PASSWORD);

        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        String cart = CommerceSupport.cartWith(sku, 1);
        HttpResponse<String> placed = CommerceSupport.checkout(CommerceSupport.checkout(cart, a, null).build().toString(),
                CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        assertEquals(200, HttpSupport.get("/api/orders/" + number + "?email=" + a).statusCode(), "the owner reads it");
        for (HttpResponse<String> other : List.of(
                HttpSupport.send("GET", "/api/orders/" + number + "?email=" + b, null, "Authorization", "Bearer " + tokenB),
                HttpSupport.send("GET", "/api/orders/" + number, null, "Authorization", "Bearer " + tokenB),
                HttpSupport.send("POST", "/api/orders/" + number + "/cancel?email=" + b, null, "Authorization", "Bearer " + tokenB))) {
            assertEquals(404, other.statusCode(), other.request().uri() + ": " + other.body());
            assertFalse(other.body().contains(a), "nothing of A's order: " + other.body());
        }
        assertFalse("CANCELLED".equals(CommerceSupport.text("select status from customer_order where number = ?", number)),
                "B's cancel changed nothing");

        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", Json.createObjectBuilder()
                .add("name", "Ann Owner").add("line1", "Lindenallee 5").add("postalCode", "10115").add("city", "Berlin")
                .add("country", "DE").build().toString(), "Authorization", "Bearer " + tokenA);
        assertEquals(201, address.statusCode(), address.body());
        long id = HttpSupport.json(address).getJsonNumber("id").longValue();
        for (String method : List.of("GET", "PUT", "DELETE")) {
            HttpResponse<String> other = HttpSupport.send(method, "/api/me/addresses/" + id,
                    method.equals("PUT") ? "{\"name\":\"Ben\",\"line1\":\"x\",\"postalCode\":\"1\",\"city\":\"y\",\"country\":\"DE\"}" : null,
                    "Authorization", "Bearer " + tokenB);
            assertEquals(404, other.statusCode(), method + " of A's address by B: " + other.body());
        }
        assertEquals(200, HttpSupport.send("GET", "/api/me/addresses/" + id, null, "Authorization", "Bearer " + tokenA).statusCode());

        // a guest cart is reached by its token only: a neighbouring token is nobody's cart
        String neighbour = cart.substring(0, cart.length() - 1) + (cart.endsWith("a") ? "b" : "a");
        assertEquals(404, HttpSupport.send("GET", "/api/carts/" + neighbour, null, "Authorization", "Bearer " + tokenB).statusCode());
        assertEquals(404, HttpSupport.send("POST", "/api/carts/" + neighbour + "/lines", "{\"sku\":\"" + sku + "\",\"quantity\":1}",
                "Authorization", "Bearer " + tokenB).statusCode());
    }
}
