import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Issue 10's recipe for the "product without its category" report: right after a restart, N
 * clients read random products (detail) and category listings, then every category's listing is
 * read once more without load; prints the answers by status and the first failures.
 *
 * <pre>
 * java load-tests/tools/ColdReads.java BASE_URL SLUG_FILE CATEGORY_FILE CLIENTS READS LISTING_SHARE
 * e.g. java load-tests/tools/ColdReads.java http://localhost:8080 slugs.txt categories.txt 16 20000 0.2
 * </pre>
 * The files hold one product slug or category slug per line (psql -tA: "select slug from product
 * where sku like 'GEN-%' order by random() limit 20000").
 */
public class ColdReads {
  public static void main(String[] a) throws Exception {
    String base = a[0];
    List<String> slugs = Files.readAllLines(Path.of(a[1]));
    List<String> categories = Files.readAllLines(Path.of(a[2]));
    int clients = Integer.parseInt(a[3]);
    int reads = Integer.parseInt(a[4]);
    double listingShare = Double.parseDouble(a[5]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(clients)).build();
    ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> all = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      all.add(pool.submit(() -> {
        Random random = new Random();
        while (next.getAndIncrement() < reads) {
          String path;
          if (random.nextDouble() < listingShare) {
            path = "/api/products?category=" + categories.get(random.nextInt(categories.size())) + "&page=" + random.nextInt(20) + "&size=24";
          } else {
            path = "/api/products/" + slugs.get(random.nextInt(slugs.size()));
          }
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() >= 500 && failures.size() < 20) failures.add(r.statusCode() + " " + path + " " + r.body().substring(0, Math.min(200, r.body().length())));
          } catch (Exception e) {
            statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
            if (failures.size() < 20) failures.add("EXC " + path + " " + e);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : all) f.get();
    pool.shutdown();
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf("reads=%d clients=%d seconds=%.1f statuses=%s%n", reads, clients, secs, new TreeMap<>(statuses));
    failures.forEach(f -> System.out.println("  " + f));
    // afterwards, without load: every category's first listing page once
    int bad = 0;
    for (String c : categories) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/products?category=" + c + "&size=100")).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) { bad++; System.out.println("  after: " + r.statusCode() + " category " + c); }
    }
    System.out.println("after-load category listings not 200: " + bad + " of " + categories.size());
    System.exit(0);
  }
}
