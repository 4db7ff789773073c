package io.openshop.systemtest.platform;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's grids sort on the server, by each sortable column in both directions, and
 * page through a sorted list without repeating or skipping a row: the orders, customers and
 * products grids through their API (the pages use the same services), checked against orders,
 * accounts and products made for the test; a sort the list does not offer is a problem naming
 * "sort", never a stack trace or an unsorted answer.
 */
@ExtendWith(SharedDeployment.class)
class GridSortingIT {

    private static JsonObject get(String token, String path) throws Exception {
        HttpResponse<String> page = StaffSupport.as(token, "GET", path, null);
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        return HttpSupport.json(page);
    }

    private static <T> List<T> column(JsonObject page, Function<JsonObject, T> value) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(value).toList();
    }

    /** Every page of a list of {@code size}-row pages, concatenated. */
    private static <T> List<T> allPages(String token, String path, int size, Function<JsonObject, T> value) throws Exception {
        List<T> all = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            List<T> rows = column(get(token, path + "&size=" + size + "&page=" + page), value);
            all.addAll(rows);
            if (rows.size() < size) {
                break;
            }
        }
        return all;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static BigDecimal total(JsonObject order) {
        return order.getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue();
    }

    @Test
    void ordersSortByTotalNumberAndCustomerInBothDirectionsAndPageWithoutOverlap() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String sku = CommerceSupport.newSkuWithStock("7.00", 20);
        // placed in an order that is neither the totals' nor the emails' order
        List<String> numbers = new ArrayList<>();
        for (int quantity : new int[] {3, 1, 4, 2, 5}) {
            numbers.add(WorkflowSupport.place(sku, quantity, "sorted-" + token + "-" + (char) ('f' - quantity) + "@example.org"));
        }
        String support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
        String mine = "/api/admin/orders?q=sorted-" + token;

        JsonObject byTotal = get(support, mine + "&sort=total");
        assertEquals(List.of('e', 'd', 'c', 'b', 'a'), column(byTotal, o -> o.getString("email").charAt(o.getString("email").indexOf('@') - 1)),
                "one unit, then two, ... five: the totals' order");
        List<BigDecimal> ascending = column(byTotal, GridSortingIT::total);
        assertEquals(ascending.stream().sorted().distinct().toList(), ascending, "strictly ascending: " + ascending);
        List<BigDecimal> descending = column(get(support, mine + "&sort=-total"), GridSortingIT::total);
        assertEquals(reversed(ascending), descending);

        assertEquals(numbers.stream().sorted().toList(), column(get(support, mine + "&sort=number"), o -> o.getString("number")));
        assertEquals(numbers.stream().sorted(Comparator.reverseOrder()).toList(),
                column(get(support, mine + "&sort=-number"), o -> o.getString("number")));
        List<String> emails = column(get(support, mine + "&sort=customer"), o -> o.getString("email"));
        assertEquals(emails.stream().sorted().toList(), emails, "by customer email");
        assertEquals(reversed(numbers), column(get(support, mine), o -> o.getString("number")), "newest first without a sort");

        // two rows a page: the pages together are the sorted list, each order once
        assertEquals(descending, allPages(support, mine + "&sort=-total", 2, GridSortingIT::total));
        assertEquals(numbers.stream().sorted().toList(), allPages(support, mine + "&sort=number", 2, o -> o.getString("number")));
    }

    @Test
    void customersSortByNameAndEmail() throws Exception {
        String label = "sortc" + Long.toString(System.nanoTime(), 36);
        for (String name : List.of("Mia Example", "zoe Example", "Adam Example")) {
            SignedUpCustomers.newCustomer(label, name);
        }
        String support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
        String mine = "/api/admin/customers?email=" + label;
        assertEquals(List.of("Adam Example", "Mia Example", "zoe Example"), column(get(support, mine + "&sort=name"), c -> c.getString("name")),
                "names sort without regard to case");
        assertEquals(List.of("zoe Example", "Mia Example", "Adam Example"), column(get(support, mine + "&sort=-name"), c -> c.getString("name")));
        List<String> emails = column(get(support, mine + "&sort=email"), c -> c.getString("email"));
        assertEquals(emails.stream().sorted().toList(), emails);
        assertEquals(reversed(emails), column(get(support, mine + "&sort=-email"), c -> c.getString("email")));
        assertEquals(List.of("Adam Example", "zoe Example", "Mia Example"), column(get(support, mine), c -> c.getString("name")),
                "newest first without a sort");
        assertEquals(List.of("Adam Example", "zoe Example", "Mia Example"), allPages(support, mine + "&sort=-since", 1, c -> c.getString("name")));
    }

    @Test
    void productsSortByPriceNameAndSku() throws Exception {
        String word = "sortp" + Long.toString(System.nanoTime(), 36);
        String manager = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
        String[][] made = {{"Beta", "30.00"}, {"alpha", "10.00"}, {"Gamma", "20.00"}};
        List<String> skus = new ArrayList<>();
        for (String[] product : made) {
            String sku = (word + "-" + product[0]).toUpperCase(Locale.ROOT);
            skus.add(sku);
            JsonObject body = Json.createObjectBuilder().add("category", "home-kitchen").add("slug", sku.toLowerCase(Locale.ROOT))
                    .add("sku", sku).add("name", product[0] + " " + word).add("description", "Sorted in the back office.")
                    .add("price", new BigDecimal(product[1])).add("currency", "EUR").add("status", "DRAFT").build();
            HttpResponse<String> created = StaffSupport.as(manager, "POST", "/api/admin/catalog/products", body.toString());
            assertEquals(201, created.statusCode(), created.body());
        }
        String mine = "/api/admin/catalog/products?q=" + word;
        assertEquals(List.of("10.00", "20.00", "30.00"), column(get(manager, mine + "&sort=price"),
                p -> p.getJsonObject("basePrice").getJsonNumber("amount").bigDecimalValue().toPlainString()));
        assertEquals(List.of("alpha", "Beta", "Gamma"), column(get(manager, mine + "&sort=name"), p -> p.getString("name").split(" ")[0]),
                "names sort without regard to case");
        assertEquals(List.of("Gamma", "Beta", "alpha"), column(get(manager, mine + "&sort=-name"), p -> p.getString("name").split(" ")[0]));
        assertEquals(skus.stream().sorted().toList(), column(get(manager, mine + "&sort=sku"), p -> p.getString("sku")));
        assertEquals(List.of("Gamma", "alpha", "Beta"), column(get(manager, mine), p -> p.getString("name").split(" ")[0]),
                "newest first without a sort");
    }

    @ParameterizedTest
    @CsvSource({"/api/admin/orders?sort=status", "/api/admin/orders?sort=-", "/api/admin/customers?sort=password",
            "/api/admin/catalog/products?sort=id;drop", "/api/admin/reviews?sort=author", "/api/admin/inventory/low-stock?sort=on_hand"})
    void aSortTheListDoesNotOfferIsAProblemNamingSort(String path) throws Exception {
        String admin = StaffSupport.adminToken();
        HttpResponse<String> refused = StaffSupport.as(admin, "GET", path, null);
        assertEquals(400, refused.statusCode(), path + ": " + refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.body());
        JsonObject problem = HttpSupport.json(refused);
        assertTrue(problem.getJsonObject("errors").containsKey("sort"), refused.body());
        assertTrue(problem.getJsonObject("errors").getString("sort").contains("each with a leading - for descending"), refused.body());
    }
}
