package io.openshop.systemtest.cluster;

import io.openshop.systemtest.support.HttpSupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the cluster's tests do to the cluster of {@code ./shop cluster up}: its instances'
 * addresses, signals to their JVMs, starting one again, haproxy's view of them, and OpenMQ's
 * command line against an instance's broker. The shop's variables come from failsafe
 * ({@code shop.var}, {@code shop.port.base}, {@code shop.home}).
 */
final class ClusterSupport {

    private ClusterSupport() {
    }

    static int base() {
        return Integer.parseInt(System.getProperty("shop.port.base"));
    }

    static String name(int i) {
        return "shop-i" + i;
    }

    /** An instance's own HTTP listener (not through haproxy). */
    static String instance(int i, String path) {
        return "http://127.0.0.1:" + (base() + 100 * i + 80) + path;
    }

    static URI loadBalancer() {
        return URI.create("http://localhost:" + (base() + 80) + "/");
    }

    static Path shopVar() {
        return Path.of(System.getProperty("shop.var"));
    }

    static long pid(int i) throws IOException {
        return Long.parseLong(Files.readString(shopVar().resolve(Path.of("payara6", "glassfish", "nodes", "localhost-shop-cluster",
                name(i), "config", "pid"))).strip());
    }

    static ProcessHandle process(int i) throws IOException {
        long pid = pid(i);
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name(i) + " (pid " + pid + ") is not running"));
    }

    /** SIGKILL to the instance's JVM, as a crash or the kernel's OOM killer would; returns when it is gone. */
    static Instant kill(int i) throws Exception {
        ProcessHandle process = process(i);
        assertTrue(process.destroyForcibly(), "SIGKILL sent to " + name(i));
        process.onExit().get();
        return Instant.now();
    }

    /** SIGSTOP or SIGCONT to the instance's JVM. */
    static void signal(int i, String signal) throws Exception {
        run(10, "kill", "-" + signal, Long.toString(pid(i)));
    }

    /** Starts a stopped instance through the DAS and waits until it is ready. */
    static void start(int i) throws Exception {
        run(300, shopVar().resolve(Path.of("payara6", "bin", "asadmin")).toString(), "--port", Integer.toString(base() + 48),
                "start-instance", name(i));
        awaitReady(i, Duration.ofSeconds(120));
    }

    static boolean ready(int i) {
        try {
            HttpResponse<String> ready = HttpSupport.get(instance(i, "/health/ready"));
            return ready.statusCode() == 200 && ready.body().contains("database");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void awaitReady(int i, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!ready(i) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
        }
        assertTrue(ready(i), name(i) + " is ready");
    }

    /** haproxy's status of the instance's server (UP, DOWN, MAINT, DRAIN, "UP 1/2" ...), from its statistics CSV. */
    static String haproxyStatus(int i) throws IOException, InterruptedException {
        HttpResponse<String> csv = HttpSupport.get("http://127.0.0.1:" + (base() + 84) + "/;csv");
        for (String row : csv.body().split("\n")) {
            String[] columns = row.split(",", -1);
            if (columns.length > 17 && columns[0].equals("instances") && columns[1].equals(name(i))) {
                return columns[17];
            }
        }
        throw new AssertionError("haproxy does not list " + name(i) + ": " + csv.body());
    }

    /** Waits until haproxy's status of the instance starts with this word; answers when it did, or null. */
    static Instant awaitHaproxy(int i, String status, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (haproxyStatus(i).startsWith(status)) {
                return Instant.now();
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** OpenMQ's command line against the instance's broker (its port base + 76). */
    static String imqcmd(int i, String... arguments) throws Exception {
        Path passfile = Files.createTempFile("imq", ".pass");
        Files.writeString(passfile, "imq.imqcmd.password=admin\n");
        try {
            List<String> command = new ArrayList<>(List.of(shopVar().resolve(Path.of("payara6", "mq", "bin", "imqcmd")).toString()));
            command.addAll(List.of(arguments));
            command.addAll(List.of("-b", "127.0.0.1:" + (base() + 100 * i + 76), "-u", "admin", "-passfile", passfile.toString(), "-f"));
            return run(60, command.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(passfile);
        }
    }

    /** The shop script with the cluster's settings (SHOP_VAR, SHOP_PORT_BASE), as an operator runs it. */
    static String shop(int seconds, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(System.getProperty("shop.home"), "shop").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SHOP_VAR", shopVar().toString());
        builder.environment().put("SHOP_PORT_BASE", Integer.toString(base()));
        return run(builder, seconds);
    }

    static String run(int seconds, String... command) throws Exception {
        return run(new ProcessBuilder(command).redirectErrorStream(true), seconds);
    }

    private static String run(ProcessBuilder builder, int seconds) throws Exception {
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", builder.command()) + " finished");
        return new String(output, StandardCharsets.UTF_8);
    }
}
