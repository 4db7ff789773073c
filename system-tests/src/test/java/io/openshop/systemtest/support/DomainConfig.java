package io.openshop.systemtest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MicroProfile Config properties of the running domain, set and deleted with asadmin as an operator
 * would: domain-level properties of the DAS's own server ("server", asadmin's default) or, with
 * targets, of each named server or deployment group (the command reaches only the servers it targets).
 */
public final class DomainConfig {

    private DomainConfig() {
    }

    public static void set(String name, String value, String... targets) {
        for (String target : targetsOrDefault(targets)) {
            asadmin("set-config-property", "--source=domain", "--propertyName=" + name, "--propertyValue=" + value, "--target=" + target);
        }
    }

    /** Deletes each property from each target, going on past failures and throwing the first at the end. */
    public static void delete(List<String> names, String... targets) {
        IllegalStateException failure = null;
        for (String name : names) {
            try {
                for (String target : targetsOrDefault(targets)) {
                    asadmin("delete-config-property", "--source=domain", "--propertyName=" + name, "--target=" + target);
                }
            } catch (IllegalStateException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static List<String> targetsOrDefault(String... targets) {
        return targets.length == 0 ? List.of("server") : List.of(targets);
    }

    private static void asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", System.getProperty("shop.admin.port"), "--interactive=false"));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("asadmin could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
