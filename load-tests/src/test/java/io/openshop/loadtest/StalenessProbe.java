package io.openshop.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long shoppers behind the edge cache see a change: while readers ask the edge for a few
 * products as fast as they can, a member of staff changes their prices (through the back office's
 * API) and their stock status (through the stock desk's, between sold out and in stock), one
 * change every half second, on the shop itself. For each change, the staleness is how long after
 * the change was saved a reader still sent a request that was answered with the value before it.
 * Readers also ask with a session cookie now and then: such an answer must never come from the
 * cache. Prints one JSON object: changes, reads, the longest and 99th percentile staleness in
 * milliseconds, and the personal answers the cache served (must be 0).
 * <p>
 * Arguments: shop URL, edge URL, staff bearer token, file with "slug,sku" lines of products with
 * one variant, seconds to run, readers.
 */
public final class StalenessProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern AMOUNT = Pattern.compile("\"price\":\\{\"amount\":([0-9.]+)");
    private static final Pattern STOCK = Pattern.compile("\"stock\":\"([A-Z_]+)\"");

    /** What a product shows now, and since when (the moment its last change was saved). */
    private record Shown(String value, long since) {
    }

    private StalenessProbe() {
    }

    public static void main(String[] args) throws Exception {
        String shop = args[0];
        String edge = args[1];
        String token = args[2];
        List<String[]> products = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).map(l -> l.split(","))
                .toList();
        long seconds = Long.parseLong(args[4]);
        int readers = Integer.parseInt(args[5]);

        ConcurrentHashMap<String, Shown> shown = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, String> before = new ConcurrentHashMap<>();
        for (String[] p : products) {
            String now = value(get(edge + "/api/products/" + p[0], null).body());
            shown.put(p[0], new Shown(now, 0));
        }
        List<Long> changed = new ArrayList<>();
        ConcurrentHashMap<Long, Long> worstByChange = new ConcurrentHashMap<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong personalHits = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;

        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            Thread reader = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String slug = products.get(random.nextInt(products.size()))[0];
                    boolean personal = random.nextInt(20) == 0;
                    Shown expected = shown.get(slug);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = get(edge + "/api/products/" + slug, personal ? "JSESSIONID=probe" : null);
                        reads.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                            continue;
                        }
                        if (personal && "HIT".equals(answer.headers().firstValue("X-Cache").orElse(""))) {
                            personalHits.incrementAndGet();
                        }
                        String value = value(answer.body());
                        // sent after the change was saved, answered with what it replaced: stale for this long
                        if (expected.since() > 0 && sent > expected.since() && !value.equals(expected.value())
                                && value.equals(before.get(slug + "@" + expected.since()))) {
                            long stale = (sent - expected.since()) / 1_000_000;
                            worstByChange.merge(expected.since(), stale, Math::max);
                            if (stale > 1_000) {
                                System.err.printf("stale %d ms: %s shows %s, saved %s; X-Cache %s, Age %s%n", stale, slug, value,
                                        expected.value(), answer.headers().firstValue("X-Cache").orElse("?"),
                                        answer.headers().firstValue("Age").orElse("?"));
                            }
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            reader.start();
            threads.add(reader);
        }

        long changes = 0;
        int round = 0;
        while (System.nanoTime() < end - 1_000_000_000L) {
            String[] product = products.get(round % products.size());
            String slug = product[0];
            String old = shown.get(slug).value();
            String[] parts = old.split("\\|");
            if (round % 2 == 0) {
                HttpResponse<String> current = send("GET", shop + "/api/admin/catalog/products/" + slug, token, null, null);
                String etag = current.headers().firstValue("ETag").orElseThrow();
                String price = String.format(Locale.ROOT, "%d.%02d", 10 + round % 90, round % 100);
                HttpResponse<String> saved = send("PUT", shop + "/api/admin/catalog/products/" + slug, token, etag,
                        "{\"name\":\"Staleness probe " + slug + "\",\"price\":" + price + ",\"currency\":\"EUR\"}");
                if (saved.statusCode() != 200) {
                    throw new IllegalStateException("the price change was refused: " + saved.statusCode() + " " + saved.body());
                }
                changed.add(record(shown, before, slug, old, new java.math.BigDecimal(price).toPlainString() + "|" + parts[1]));
            } else {
                boolean soldOut = parts[1].equals("OUT_OF_STOCK");
                // counts: on hand becomes what orders hold in every warehouse (sold out), or 50 more in the first (in stock)
                String inventory = send("GET", shop + "/api/admin/inventory/" + product[1], token, null, null).body();
                Matcher level = Pattern.compile("\\{\"available\":-?[0-9]+,\"onHand\":-?[0-9]+,\"reserved\":([0-9]+),\"warehouse\":\"([^\"]+)\"")
                        .matcher(inventory);
                boolean first = true;
                while (level.find()) {
                    int count = Integer.parseInt(level.group(1)) + (soldOut && first ? 50 : 0);
                    first = false;
                    HttpResponse<String> saved = send("POST", shop + "/api/admin/inventory/" + product[1] + "/adjustments", token, null,
                            "{\"warehouse\":\"" + level.group(2) + "\",\"reason\":\"COUNTED\",\"quantity\":" + count + "}");
                    if (saved.statusCode() / 100 != 2) {
                        throw new IllegalStateException("the stock count was refused: " + saved.statusCode() + " " + saved.body());
                    }
                }
                if (first) {
                    throw new IllegalStateException("no stock levels in " + inventory);
                }
                changed.add(record(shown, before, slug, old, parts[0] + "|" + (soldOut ? "IN_STOCK" : "OUT_OF_STOCK")));
            }
            changes++;
            round++;
            Thread.sleep(500);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = changed.stream().map(c -> worstByChange.getOrDefault(c, 0L)).sorted().toList();
        long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        long staleChanges = sorted.stream().filter(ms -> ms > 0).count();
        System.out.printf(Locale.ROOT, "{\"changes\":%d,\"staleChanges\":%d,\"reads\":%d,\"failures\":%d,\"maxStaleMs\":%d,"
                + "\"p99StaleMs\":%d,\"personalHits\":%d}%n", changes, staleChanges, reads.get(), failures.get(), max, p99,
                personalHits.get());
    }

    /** Notes the value a change replaced and the new one, from the moment the change was saved. */
    private static long record(ConcurrentHashMap<String, Shown> shown, ConcurrentHashMap<String, String> before, String slug, String old,
                               String now) {
        long saved = System.nanoTime();
        before.put(slug + "@" + saved, old);
        shown.put(slug, new Shown(now, saved));
        return saved;
    }

    /** A product's first variant's price and stock status, as "amount|STATUS". */
    static String value(String body) {
        Matcher amount = AMOUNT.matcher(body);
        Matcher stock = STOCK.matcher(body);
        if (!amount.find() || !stock.find()) {
            throw new IllegalStateException("no price or stock in " + body);
        }
        return new java.math.BigDecimal(amount.group(1)).toPlainString() + "|" + stock.group(1);
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String url, String token, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
