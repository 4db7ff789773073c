import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for one shop instance's metrics listener in monitoring-test.sh: serves /metrics in
 * Prometheus's text format with the shop's own answer counter, shop_http_responses_total{class},
 * growing at every scrape by 100 answers of which the given number are 5xx. Run as a single-file
 * program: {@code java FakeShopExporter.java PORT ERRORS_PER_100}.
 */
public final class FakeShopExporter {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int errors = Integer.parseInt(args[1]);
        AtomicLong scrapes = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/metrics", exchange -> {
            long n = scrapes.incrementAndGet();
            String body = "# TYPE shop_http_responses_total counter\n"
                    + "shop_http_responses_total{class=\"2xx\",mp_scope=\"application\"} " + n * (100 - errors) + "\n"
                    + "shop_http_responses_total{class=\"5xx\",mp_scope=\"application\"} " + n * errors + "\n"
                    + "# TYPE shop_database_up gauge\n"
                    + "shop_database_up{mp_scope=\"application\"} 1\n";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }
}
