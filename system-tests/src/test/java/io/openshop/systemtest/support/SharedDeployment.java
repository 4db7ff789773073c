package io.openshop.systemtest.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One deployment of the shop's EAR for every test class that drives it from outside (HTTP,
 * browser), instead of a deployment and an undeployment per class (about six seconds each, some
 * sixty classes). Such a class declares this extension and has no {@code @Deployment}; the
 * domain runs already ('./shop test-env up' started it). A class that runs inside the server ships
 * its own EAR with its test classes through Arquillian: {@link DeploymentSupport#shopEar} takes the
 * shared deployment away first (both use the same context root), and the next outside class
 * deploys the EAR again.
 */
public final class SharedDeployment implements BeforeAllCallback {

    private static final String NAME = "shop";
    /** Whether what answers is this run's EAR: at first only when attached to a running development shop. */
    private static boolean current = Boolean.getBoolean("shop.arquillian.attach");
    /** Whether this run deployed the EAR, so that it is there to take away. */
    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ensureDeployed();
    }

    static synchronized void ensureDeployed() throws Exception {
        if (current && answers()) {
            return; // deployed by an earlier class of this run, or a running development shop the tests attach to
        }
        if (!current) {
            // the first class of this run: what an earlier run left deployed in a reused domain goes first
            tryAsadmin(List.of("undeploy", NAME));
        }
        File ear = new File(System.getProperty("shop.ear", "../ear/target/shop.ear"));
        List<String> deploy = List.of("deploy", "--name", NAME, "--force", "true", ear.getAbsolutePath());
        if (!tryAsadmin(deploy)) {
            Thread.sleep(5_000); // a domain that has only just started may not have its web container up yet
            asadmin(deploy);
        }
        current = true;
        deployed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!answers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The shop deployed but does not answer /api/products after 120 s");
            }
            Thread.sleep(250);
        }
    }

    /** Deploys the EAR afresh, so that it reads settings changed in the domain since (a running development shop is left as it is). */
    public static synchronized void redeploy() throws Exception {
        release();
        ensureDeployed();
    }

    /** Takes the shared deployment away before a class that deploys its own EAR. */
    public static synchronized void release() throws Exception {
        if (deployed) {
            asadmin(List.of("undeploy", NAME));
            deployed = false;
        }
    }

    private static boolean answers() {
        try {
            // whether the application is there at all: Payara's own 404 page is no answer of the API's
            HttpResponse<String> response = HttpSupport.sendOutsideContract("GET", "/api/products?size=1", null);
            return response.statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean tryAsadmin(List<String> command) throws Exception {
        try {
            asadmin(command);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void asadmin(List<String> command) throws Exception {
        String home = System.getProperty("payara.home");
        if (home == null) {
            throw new IllegalStateException("payara.home is not set: run the tests through Maven (mvn verify)");
        }
        List<String> line = new java.util.ArrayList<>(List.of(home + "/bin/asadmin", "--port", System.getProperty("shop.admin.port")));
        line.addAll(command);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed: " + output);
        }
    }
}
