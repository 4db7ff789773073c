package io.openshop.tools;

import java.nio.file.Path;

/** The generator's command line, parsed and checked; every mistake is a {@link UsageException} naming the option. */
record Options(long products, String url, String user, Path passwordFile, long seed, boolean replace,
               int batchSize, boolean help) {

    static final long DEFAULT_PRODUCTS = 100_000;
    static final long MAX_PRODUCTS = 100_000_000;
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5433/shop";
    static final String DEFAULT_USER = "shop";
    static final String DEFAULT_PASSWORD_FILE = "var/secrets/db-password";
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_BATCH_SIZE = 10_000;

    static final String USAGE = """
            Usage: catalog-generator [options]
              --products N          products to add (default 100000; 0 with --replace only deletes)
              --url JDBC_URL        database (default jdbc:postgresql://127.0.0.1:5433/shop)
              --user NAME           database user (default shop)
              --password-file PATH  file holding the password (default var/secrets/db-password,
                                    relative to the working directory)
              --seed N              seed of the generated data (default 42)
              --replace             first delete every product in the generated category subtree
              --batch-size N        rows per COPY and transaction (default 10000)
              --help                show this text
            Runs add products after the highest GEN- serial already stored, so re-running never
            collides with earlier runs; --replace starts again from serial 1.""";

    /** A command line the generator cannot run with; the message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String... args) throws UsageException {
        long products = DEFAULT_PRODUCTS;
        String url = DEFAULT_URL;
        String user = DEFAULT_USER;
        String passwordFile = DEFAULT_PASSWORD_FILE;
        long seed = DEFAULT_SEED;
        boolean replace = false;
        int batchSize = DEFAULT_BATCH_SIZE;
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--replace" -> {
                    if (inline != null) {
                        throw new UsageException("--replace takes no value");
                    }
                    replace = true;
                }
                case "--products", "--url", "--user", "--password-file", "--seed", "--batch-size" -> {
                    String value;
                    if (inline != null) {
                        value = inline;
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    switch (name) {
                        case "--products" -> products = number(name, value, 0, MAX_PRODUCTS);
                        case "--url" -> url = url(value);
                        case "--user" -> user = nonBlank(name, value);
                        case "--password-file" -> passwordFile = nonBlank(name, value);
                        case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                        case "--batch-size" -> batchSize = (int) number(name, value, 1, 1_000_000);
                        default -> throw new IllegalStateException(name);
                    }
                }
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option '" + arg + "'"
                        : "unexpected argument '" + arg + "' (options start with --)");
            }
        }
        return new Options(products, url, user, Path.of(passwordFile), seed, replace, batchSize, help);
    }

    private static long number(String name, String value, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
        if (n < min || n > max) {
            throw new UsageException(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    private static String url(String value) throws UsageException {
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got '"
                    + value + "'");
        }
        return value;
    }

    private static String nonBlank(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be blank");
        }
        return value;
    }
}
