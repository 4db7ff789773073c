package io.openshop.tools;

import io.openshop.tools.Options.UsageException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void defaults() throws UsageException {
        Options o = Options.parse();
        assertEquals(100_000, o.products());
        assertEquals("jdbc:postgresql://127.0.0.1:5433/shop", o.url());
        assertEquals("shop", o.user());
        assertEquals(Path.of("var/secrets/db-password"), o.passwordFile());
        assertEquals(42, o.seed());
        assertFalse(o.replace());
    }

    @Test
    void valuesSeparateOrInline() throws UsageException {
        Options o = Options.parse("--products", "5000", "--seed=-7", "--replace", "--password-file=/tmp/pw");
        assertEquals(5000, o.products());
        assertEquals(-7, o.seed());
        assertTrue(o.replace());
        assertEquals(Path.of("/tmp/pw"), o.passwordFile());
    }

    @Test
    void mistakesNameTheOption() {
        assertEquals("--products must be a whole number, got 'many'",
                assertThrows(UsageException.class, () -> Options.parse("--products", "many")).getMessage());
        assertEquals("--products needs a value",
                assertThrows(UsageException.class, () -> Options.parse("--products")).getMessage());
        assertEquals("unknown option '--fast'",
                assertThrows(UsageException.class, () -> Options.parse("--fast")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> Options.parse("--url", "jdbc:mysql://x/db"))
                .getMessage().startsWith("--url must be a PostgreSQL JDBC URL"));
        assertTrue(assertThrows(UsageException.class, () -> Options.parse("--products", "-1"))
                .getMessage().startsWith("--products must be between 0 and"));
    }
}
