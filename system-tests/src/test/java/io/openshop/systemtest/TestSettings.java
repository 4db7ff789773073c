package io.openshop.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test build put the shop: ports and database, handed over by failsafe. */
public final class TestSettings {

    private TestSettings() {
    }

    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("shop.http.port", "28080") + "/");
    }

    /**
     * The HTTPS listener (port base + 81) under the name its development certificate is issued to
     * (the shop script makes one per domain: CN=localhost, names localhost and 127.0.0.1).
     */
    static URI httpsBaseUri() {
        int base = Integer.parseInt(System.getProperty("shop.port.base", "28000"));
        return URI.create("https://localhost:" + (base + 81) + "/");
    }

    /** The internal listener (port base + 82, bound to 127.0.0.1) that alone serves /metrics. */
    static URI internalUri() {
        int base = Integer.parseInt(System.getProperty("shop.port.base", "28000"));
        return URI.create("http://127.0.0.1:" + (base + 82) + "/");
    }

    /** The first administrator, created from the configuration the shop script wrote. */
    static String adminEmail() {
        return System.getProperty("shop.admin.email", "admin@openshop.test");
    }

    static String adminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("shop.var", "target/it"), "secrets", "admin-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The admin password written by './shop test-env up' is missing", e);
        }
    }

    static Path ear() {
        return Path.of(System.getProperty("shop.ear", "../ear/target/shop.ear"));
    }

    public static String dbUrl() {
        return System.getProperty("shop.db.url", "jdbc:postgresql://127.0.0.1:28432/shop");
    }

    public static String dbUser() {
        return System.getProperty("shop.db.user", "shop");
    }

    static String dbPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("shop.db.password.file"))).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The database password written by './shop test-env up' is missing", e);
        }
    }

    static Path screenshots() {
        return Path.of(System.getProperty("shop.screenshots", "target/screenshots"));
    }
}
