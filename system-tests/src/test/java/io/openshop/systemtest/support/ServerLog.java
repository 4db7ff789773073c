package io.openshop.systemtest.support;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The test domain's server log, read from a byte offset taken before the lines a test waits for. */
public final class ServerLog {

    private ServerLog() {
    }

    public static Path path() {
        return Path.of(System.getProperty("shop.var", "target/it"), "payara6/glassfish/domains/shop/logs/server.log");
    }

    /** Where the log ends now: the offset to read the lines written from now on. */
    public static long end() throws Exception {
        return Files.size(path());
    }

    /**
     * The lines written to the server log from this byte on. Payara rotates the log by size (every
     * few minutes while the tests run): when the log is shorter than the offset, it was rotated in
     * between, and the lines are the rest of the newest rotated file and then the new log.
     */
    public static List<String> linesFrom(long offset) throws Exception {
        List<String> lines = new ArrayList<>();
        Path log = path();
        if (Files.size(log) < offset) {
            try (Stream<Path> files = Files.list(log.getParent())) {
                Optional<Path> rotated = files.filter(f -> f.getFileName().toString().startsWith("server.log_"))
                        .max(Comparator.comparing(f -> f.getFileName().toString()));
                if (rotated.isPresent()) {
                    lines.addAll(linesOf(rotated.get(), offset));
                }
            }
            offset = 0;
        }
        lines.addAll(linesOf(log, offset));
        return lines;
    }

    private static List<String> linesOf(Path file, long offset) throws Exception {
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.min(offset, reader.length());
            reader.seek(from);
            byte[] rest = new byte[(int) (reader.length() - from)];
            reader.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
