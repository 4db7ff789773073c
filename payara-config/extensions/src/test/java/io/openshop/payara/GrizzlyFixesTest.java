package io.openshop.payara;

import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.portunif.PUFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a real Grizzly 4.0.2 HTTP server (the version Payara 6.2025.9 bundles) whose handler reads
 * the decoded path, as Payara's container mapper does first thing, and sends requests as they are
 * written, on one kept-alive connection.
 */
class GrizzlyFixesTest {

    private HttpServer server;

    private int start(boolean probe) throws Exception {
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("test", "127.0.0.1", 0);
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                String path = request.getDecodedRequestURI();
                String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("path=" + path + (body.isEmpty() ? "" : " body=" + body));
            }
        });
        server.start();
        if (probe) {
            new GrizzlyFixesFinder().equip(listener.getFilterChain());
        }
        return listener.getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }

    /** The first line and the body of each answer, one request after the other on one connection. */
    private static List<String> send(int port, String... targets) throws Exception {
        return sendRaw(port, Arrays.stream(targets).map(t -> "GET " + t + " HTTP/1.1\r\nHost: localhost\r\n\r\n").toArray(String[]::new));
    }

    /** Each request as written, one after the other on one connection; the status line and the body of each answer. */
    private static List<String> sendRaw(int port, String... requests) throws Exception {
        List<String> answers = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (String request : requests) {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                int length = -1;
                boolean chunked = false;
                for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
                    String lower = header.toLowerCase();
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                StringBuilder body = new StringBuilder();
                if (chunked) {
                    for (int size = Integer.parseInt(in.readLine().trim(), 16); size > 0; size = Integer.parseInt(in.readLine().trim(), 16)) {
                        char[] chunk = new char[size];
                        int read = 0;
                        while (read < size) {
                            read += in.read(chunk, read, size - read);
                        }
                        body.append(chunk);
                        in.readLine();
                    }
                    in.readLine();
                } else if (length > 0) {
                    char[] all = new char[length];
                    int read = 0;
                    while (read < length) {
                        read += in.read(all, read, length - read);
                    }
                    body.append(all);
                }
                answers.add(status + " " + body);
            }
        }
        return answers;
    }

    @Test
    void withoutTheProbeGrizzlyFailsOnAPathEndingInADotSegmentThatFillsItsBuffer() throws Exception {
        int port = start(false);
        // a fresh request object sizes its buffer to this path exactly: the write past its end fails
        List<String> answers = send(port, "/ab/..");
        assertTrue(!answers.get(0).startsWith("HTTP/1.1 200") || !answers.get(0).endsWith("path=/"),
                "Grizzly 4.0.2 fails on /ab/.. (if it answers well now, the finder can go): " + answers);
    }

    @Test
    void withTheProbeEveryDotSegmentPathReachesTheHandlerNormalised() throws Exception {
        int port = start(true);
        String[] targets = {"/ab/..", "/admin/orders.xhtml/x/..", "/x/.", "/..", "/../../WEB-INF/web.xml", "/api/products/%2e%2E",
                "/caf%C3%A9/x/..", "/plain/path", "/a/./b/../c?q=/../x"};
        String[] paths = {"/", "/admin/orders.xhtml/", "/x/", "/", "/WEB-INF/web.xml", "/api/", "/café/", "/plain/path", "/a/c"};
        for (int round = 0; round < 3; round++) {
            List<String> answers = send(port, targets); // kept alive: the same pooled request objects again and again
            List<String> expected = Arrays.stream(paths).map(p -> "HTTP/1.1 200 OK path=" + p).toList();
            assertEquals(expected, answers.stream().map(a -> new String(a.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).toList());
            for (String target : targets) { // and each on a fresh connection
                assertTrue(send(port, target).get(0).startsWith("HTTP/1.1 200 OK path="), target);
            }
        }
    }

    private static final String H2C_POST = "POST /orders HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
            + "Upgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\nContent-Type: application/json\r\n"
            + "Content-Length: 12\r\n\r\n{\"email\": [1";

    @Test
    void withoutTheProbeAnUnansweredH2cUpgradeLeavesTheBodyUnended() throws Exception {
        int port = start(false);
        assertThrows(java.net.SocketTimeoutException.class, () -> sendRaw(port, H2C_POST),
                "Grizzly without HTTP/2 reads an h2c request's body until the connection ends (if it answers now, the decline can go)");
    }

    @Test
    void withTheProbeAnH2cUpgradeIsDeclinedAndTheBodyReadAsHttp11() throws Exception {
        int port = start(true);
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("HTTP/1.1 200 OK path=/orders body={\"email\": [1"), sendRaw(port, H2C_POST));
        }
        assertEquals(List.of("HTTP/1.1 200 OK path=/x/"), sendRaw(port,
                "GET /x/y/.. HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAA\r\n\r\n"));
    }

    @Test
    void theFinderGivesEachCodecBehindPortUnificationTheProbeOnce() {
        HttpServerFilter codec = new HttpServerFilter();
        PUFilter unification = new PUFilter();
        unification.register(new GrizzlyFixesFinder(), unification.getPUFilterChainBuilder().add(codec).build());
        FilterChain root = FilterChainBuilder.stateless().add(new TransportFilter()).add(unification).build();

        GrizzlyFixesFinder finder = new GrizzlyFixesFinder();
        finder.equip(root);
        finder.equip(root);

        Object[] probes = codec.getMonitoringConfig().getProbes();
        assertEquals(1, probes.length, "one probe, however often the finder runs");
        assertTrue(probes[0] instanceof GrizzlyFixesProbe);
    }
}
