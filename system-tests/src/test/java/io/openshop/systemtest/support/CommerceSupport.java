package io.openshop.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Carts, checkouts and test-only stock for the commerce system tests, through the API and plain SQL. */
public final class CommerceSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CommerceSupport() {
    }

    /**
     * A test-only product (in Home & Kitchen, at this EUR price, standard tax, 500 g) with one variant whose
     * stock in the warehouses, taken by priority then id, is as given. Returns its SKU.
     */
    public static String newSkuWithStock(String price, int... stockPerWarehouse) throws SQLException {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + SEQUENCE.incrementAndGet();
        String sku = "TST-" + suffix;
        try (Connection c = DatabaseSupport.connect()) {
            c.setAutoCommit(false);
            long productId;
            // Dated years back, so these fixtures never crowd the storefront's "newest" lists that later tests look at.
            try (PreparedStatement s = c.prepareStatement("insert into product (id, category_id, slug, sku, name, description,"
                    + " price_amount, price_currency, created_at) select nextval('product_seq'), id, ?, ?, ?,"
                    + " 'Made by a commerce system test.', ?::numeric, 'EUR', now() - interval '10 years'"
                    + " from category where slug = 'home-kitchen' returning id")) {
                s.setString(1, "test-" + suffix.toLowerCase(Locale.ROOT));
                s.setString(2, sku);
                s.setString(3, "Test item " + suffix);
                s.setString(4, price);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    productId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into product_variant (id, product_id, position, sku, signature)"
                    + " values (nextval('product_variant_seq'), ?, 0, ?, '')")) {
                s.setLong(1, productId);
                s.setString(2, sku);
                s.executeUpdate();
            }
            List<Long> warehouses = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id from warehouse order by priority desc, id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    warehouses.add(rs.getLong(1));
                }
            }
            for (int i = 0; i < stockPerWarehouse.length; i++) {
                try (PreparedStatement s = c.prepareStatement("insert into stock_level (variant_id, warehouse_id, on_hand)"
                        + " select id, ?, ? from product_variant where sku = ?")) {
                    s.setLong(1, warehouses.get(i));
                    s.setInt(2, stockPerWarehouse[i]);
                    s.setString(3, sku);
                    s.executeUpdate();
                }
            }
            c.commit();
        }
        return sku;
    }

    public static long onHand(String sku) throws SQLException {
        return DatabaseSupport.count("select coalesce(sum(s.on_hand), 0) from stock_level s join product_variant v"
                + " on v.id = s.variant_id where v.sku = ?", sku);
    }

    public static long reserved(String sku) throws SQLException {
        return DatabaseSupport.count("select coalesce(sum(s.reserved), 0) from stock_level s join product_variant v"
                + " on v.id = s.variant_id where v.sku = ?", sku);
    }

    /** The first column of the first row, as text. */
    public static String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    public static HttpRequest.Builder request(String path) {
        URI uri = TestSettings.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json");
    }

    public static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check(method, request.uri(), response);
        return response;
    }

    /** A new EUR cart holding this SKU; returns its token. */
    public static String cartWith(String sku, int quantity) throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", "/api/carts", "{}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Cart not created: " + created.statusCode() + " " + created.body());
        }
        String token = HttpSupport.json(created).getString("token");
        HttpResponse<String> added = send("POST", "/api/carts/" + token + "/lines",
                Json.createObjectBuilder().add("sku", sku).add("quantity", quantity).build().toString());
        if (added.statusCode() != 200) {
            throw new IllegalStateException("Line not added: " + added.statusCode() + " " + added.body());
        }
        return token;
    }

    public static JsonObjectBuilder checkout(String cartToken, String email, String couponCode) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("cartToken", cartToken)
                .add("email", email)
                .add("shippingAddress", Json.createObjectBuilder().add("name", "Ada Tester").add("line1", "Invalidenstr. 1")
                        .add("postalCode", "10115").add("city", "Berlin").add("country", "DE"))
                .add("shippingMethod", "standard")
                .add("paymentToken", "tok_visa");
        if (couponCode != null) {
            b.add("couponCode", couponCode);
        }
        return b;
    }

    public static CompletableFuture<HttpResponse<String>> checkoutAsync(String body, String idempotencyKey) {
        HttpRequest request = request("/api/checkout").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // a connection the server closed as it was reused fails with no answer: the checkout is idempotent
        // by its key, so the client sends it once more, as the API asks clients to
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .exceptionallyCompose(e -> unwrap(e) instanceof IOException
                        ? CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()) : CompletableFuture.failedFuture(e))
                .thenApply(response -> {
                    ApiContract.check("POST", request.uri(), response);
                    return response;
                });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    public static HttpResponse<String> checkout(String body, String idempotencyKey) {
        return checkoutAsync(body, idempotencyKey).join();
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return HttpSupport.json(response);
    }
}
