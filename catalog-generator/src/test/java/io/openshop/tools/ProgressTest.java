package io.openshop.tools;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void withoutATerminalPrintsOneLinePerTenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] clock = {0};
        Progress p = new Progress(1000, new PrintStream(bytes, true, StandardCharsets.UTF_8), false, () -> clock[0]);
        for (int done = 50; done <= 1000; done += 50) {
            clock[0] += 100_000_000L;
            p.update(done);
        }
        p.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(10, text.lines().count(), text);
        assertTrue(!text.contains("\r"), text);
        assertTrue(text.lines().toList().get(4).contains(" 50.0%  500/1,000  500 rows/s  ETA 0:01"), text);
        assertTrue(text.strip().endsWith("done"), text);
    }

    @Test
    void clockFormats() {
        assertEquals("0:07", Progress.clock(7));
        assertEquals("2:05", Progress.clock(125));
        assertEquals("1:01:01", Progress.clock(3661));
    }
}
