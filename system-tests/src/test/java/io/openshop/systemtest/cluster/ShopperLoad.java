package io.openshop.systemtest.cluster;

import io.openshop.systemtest.support.CommerceSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady shopper traffic through the load balancer while a fault happens: each client browses
 * (the listing and a product's page), makes a cart, adds a line and checks out with an
 * idempotency key, retrying a failed checkout with the same key as a careful client does, then
 * starts again. It counts every request and every failure (an answer other than 2xx, or none)
 * by the second, the orders it saw acknowledged with their keys, and the carts it lost (a cart
 * it made that the shop no longer knew).
 */
final class ShopperLoad {

    /** One acknowledged order: the key the client sent and the number the shop answered. */
    record Acknowledged(String key, String number, String email) {
    }

    private final URI base;
    private final String sku;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> clients = new ArrayList<>();
    private final Map<Long, long[]> bySecond = new ConcurrentSkipListMap<>(); // second -> {requests, failures}
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong cartsMade = new AtomicLong();
    private final AtomicLong cartsLost = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();

    ShopperLoad(URI base, String sku) {
        this.base = base;
        this.sku = sku;
    }

    void start(int clientCount) {
        running.set(true);
        for (int i = 0; i < clientCount; i++) {
            int client = i;
            Thread thread = new Thread(() -> shop(client), "shopper-" + i);
            thread.setDaemon(true);
            clients.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(60_000);
        }
    }

    private void shop(int client) {
        for (int n = 0; running.get(); n++) {
            try {
                send("GET", "/api/products?size=12", null, null);
                send("GET", "/api/products?q=earbuds&size=5", null, null);
                HttpResponse<String> cart = send("POST", "/api/carts", "{\"currency\":\"EUR\"}", null);
                if (cart == null || cart.statusCode() != 201) {
                    continue;
                }
                cartsMade.incrementAndGet();
                String token = json(cart).getString("token");
                HttpResponse<String> line = send("POST", "/api/carts/" + token + "/lines",
                        Json.createObjectBuilder().add("sku", sku).add("quantity", 1).build().toString(), null);
                for (int again = 0; again < 20 && running.get() && (line == null || line.statusCode() >= 500); again++) {
                    pause(250);
                    line = send("POST", "/api/carts/" + token + "/lines",
                            Json.createObjectBuilder().add("sku", sku).add("quantity", 1).build().toString(), null);
                }
                if (line != null && line.statusCode() == 404) {
                    cartsLost.incrementAndGet();
                    continue;
                }
                if (line == null || line.statusCode() != 200) {
                    continue;
                }
                String email = "load-" + run + "-" + client + "-" + n + "@example.org";
                String key = UUID.randomUUID().toString();
                String body = CommerceSupport.checkout(token, email, null).build().toString();
                HttpResponse<String> order = send("POST", "/api/checkout", body, key);
                for (int again = 0; again < 40 && (order == null || order.statusCode() >= 500 || order.statusCode() == 409); again++) {
                    retries.incrementAndGet();
                    pause(250);
                    order = send("POST", "/api/checkout", body, key);
                }
                if (order != null && (order.statusCode() == 201 || order.statusCode() == 200)) {
                    acknowledged.put(key, new Acknowledged(key, json(order).getString("number"), email));
                } else if (order != null && order.statusCode() == 404) {
                    cartsLost.incrementAndGet();
                } else {
                    givenUp.incrementAndGet();
                }
            } catch (RuntimeException e) {
                count(true);
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            count(response.statusCode() >= 300 && response.statusCode() != 404 && response.statusCode() != 409);
            return response;
        } catch (java.io.IOException e) {
            count(true);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            count(true);
            return null;
        }
    }

    private void count(boolean failed) {
        long[] cell = bySecond.computeIfAbsent(Instant.now().getEpochSecond(), s -> new long[2]);
        synchronized (cell) {
            cell[0]++;
            if (failed) {
                cell[1]++;
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    String run() {
        return run;
    }

    long requests() {
        return bySecond.values().stream().mapToLong(c -> c[0]).sum();
    }

    long failures() {
        return bySecond.values().stream().mapToLong(c -> c[1]).sum();
    }

    /** Failed requests answered or given up at or after this instant. */
    long failuresSince(Instant at) {
        return bySecond.entrySet().stream().filter(e -> e.getKey() >= at.getEpochSecond()).mapToLong(e -> e.getValue()[1]).sum();
    }

    /** Seconds from the first to the last second that had a failure (0 when none did). */
    long failureSpanSeconds() {
        List<Long> failing = bySecond.entrySet().stream().filter(e -> e.getValue()[1] > 0).map(Map.Entry::getKey).toList();
        return failing.isEmpty() ? 0 : failing.get(failing.size() - 1) - failing.get(0) + 1;
    }

    /** The last second that had a failure, or null. */
    Instant lastFailure() {
        return bySecond.entrySet().stream().filter(e -> e.getValue()[1] > 0).map(Map.Entry::getKey)
                .reduce((a, b) -> b).map(Instant::ofEpochSecond).orElse(null);
    }

    long cartsMade() {
        return cartsMade.get();
    }

    long cartsLost() {
        return cartsLost.get();
    }

    long retries() {
        return retries.get();
    }

    long givenUp() {
        return givenUp.get();
    }
}
