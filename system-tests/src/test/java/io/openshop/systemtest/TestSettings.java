package io.openshop.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test build put the shop: ports and database, handed over by failsafe. */
final class TestSettings {

    private TestSettings() {
    }

    static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("shop.http.port", "28080") + "/");
    }

    static String dbUrl() {
        return System.getProperty("shop.db.url", "jdbc:postgresql://127.0.0.1:28432/shop");
    }

    static String dbUser() {
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
