package io.openshop.systemtest.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Varnish in front of the test domain, running the shop's own VCL
 * (payara-config/edge/shop.vcl, as './shop run --edge' does), on a free port of this machine,
 * with its work folder under target/. system-tests/ensure-varnish.sh installs varnishd and the
 * xkey module before the tests run.
 */
public final class EdgeSupport implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final Path folder;

    private EdgeSupport(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    /** Starts varnishd in front of the test domain's HTTP port and waits until it answers through to the shop. */
    public static EdgeSupport start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        return start(port);
    }

    /** Starts it again on the port it had (after {@link #close}): the same edge as far as the shop knows, with an empty cache. */
    public EdgeSupport restart() throws Exception {
        return start(port);
    }

    private static EdgeSupport start(int port) throws Exception {
        Path folder = Path.of("target", "edge-" + port).toAbsolutePath();
        Files.createDirectories(folder);
        String vcl = Files.readString(Path.of("..", "payara-config", "edge", "shop.vcl"), StandardCharsets.UTF_8)
                .replace("@BACKEND_HOST@", "127.0.0.1").replace("@BACKEND_PORT@", Integer.toString(TestSettings.baseUri().getPort()))
                .replace("@PURGERS@", "\"127.0.0.1\"; \"::1\";");
        Files.writeString(folder.resolve("shop.vcl"), vcl, StandardCharsets.UTF_8);
        Process varnishd = new ProcessBuilder(List.of("varnishd", "-j", "none", "-n", folder.resolve("work").toString(),
                "-a", "127.0.0.1:" + port, "-T", "127.0.0.1:0", "-f", folder.resolve("shop.vcl").toString(), "-s", "malloc,64m",
                "-P", folder.resolve("varnishd.pid").toString())).redirectErrorStream(true)
                .redirectOutput(folder.resolve("varnishd.log").toFile()).start(); // a file: the daemon may keep a pipe open
        if (!varnishd.waitFor(60, TimeUnit.SECONDS) || varnishd.exitValue() != 0) {
            throw new IllegalStateException("varnishd did not start: " + Files.readString(folder.resolve("varnishd.log")));
        }
        EdgeSupport edge = new EdgeSupport(port, folder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                if (edge.get("/health/live").statusCode() == 200) {
                    return edge;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                edge.close();
                throw new IllegalStateException("Varnish on port " + port + " does not answer for the shop");
            }
            Thread.sleep(100);
        }
    }

    /** Where the shop sends its purges. */
    public String purgeUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(purgeUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the edge answered from its cache. */
    public static boolean hit(HttpResponse<?> response) {
        return "HIT".equals(response.headers().firstValue("X-Cache").orElse(""));
    }

    @Override
    public void close() throws IOException {
        Path pid = folder.resolve("varnishd.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }
}
