package io.openshop.tools;

import io.openshop.domain.shared.SequenceBlocks;
import io.openshop.tools.Options.UsageException;
import io.openshop.tools.ProductRowFactory.ProductRow;
import io.openshop.tools.WordLists.CategorySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.LongStream;

/**
 * Fills the shop's catalog with generated products for load and search tests: creates (once) a
 * category "generated" with twenty subcategories, then streams N products into PostgreSQL with
 * COPY, one transaction per batch, and ends with ANALYZE.
 *
 * <p>Ids are taken the way EclipseLink takes them: each {@code nextval} of the sequences (which
 * step by 50) hands over the block N-49..N, so the application never reuses them. A run continues
 * after the highest GEN- serial in the table, so re-running never collides with an earlier run;
 * {@code --replace} first deletes the products of the generated subtree.
 *
 * <p>From the repository root:
 * {@code mvn -q -f catalog-generator/pom.xml compile exec:java -Dexec.args="--products 100000"}
 */
public final class CatalogGenerator {

    static final String COPY_SQL = "COPY product (id, category_id, slug, sku, name, description,"
            + " price_amount, price_currency, created_at, version, product_type_id) FROM STDIN (FORMAT csv)";
    private static final String COPY_OPTIONS = "COPY product_option (id, product_id, position, code, label) FROM STDIN (FORMAT csv)";
    private static final String COPY_OPTION_VALUES = "COPY product_option_value (option_id, position, value) FROM STDIN (FORMAT csv)";
    private static final String COPY_VARIANTS = "COPY product_variant (id, product_id, position, sku, signature, version)"
            + " FROM STDIN (FORMAT csv)";
    private static final String COPY_VARIANT_OPTIONS = "COPY variant_option (variant_id, option_code, value) FROM STDIN (FORMAT csv)";
    private static final String COPY_ATTRIBUTES = "COPY product_attribute (product_id, code, value) FROM STDIN (FORMAT csv)";

    /** Session advisory lock held for the whole run, so two generators never race for serials. DemoDataLoader uses ...01. */
    private static final long LOCK_KEY = 0x5_0000_0002L;
    /** The sequences' increment: a nextval N means the ids N-49..N. */
    private static final int ID_BLOCK = SequenceBlocks.SIZE;
    /** Rows encoded per write into the COPY stream (and per progress update). */
    private static final int ROWS_PER_WRITE = 500;

    /** A failure the user can act on; its message is printed as is, without a stack trace. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private record GeneratedTree(long topId, long[] categoryIds, Map<String, Long> typeIds) {
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    private CatalogGenerator(Options options, PrintStream out, PrintStream err, boolean interactive) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.console() != null);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the generator and returns the process exit code: 0 done, 1 failed, 2 bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("catalog-generator: " + e.getMessage());
            err.println("Run with --help to see the options.");
            return 2;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return 0;
        }
        try {
            String password = readPassword(options.passwordFile());
            new CatalogGenerator(options, out, err, interactive).generate(password);
            return 0;
        } catch (Failure e) {
            err.println("catalog-generator: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("catalog-generator: database error: " + describe(e));
            return 1;
        }
    }

    static String readPassword(Path file) throws Failure {
        Path shown = file.toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Failure("password file " + shown + " does not exist; run from the repository root"
                    + " (where var/secrets/db-password is) or pass --password-file PATH");
        } catch (IOException e) {
            throw new Failure("cannot read password file " + shown + ": " + e.getMessage());
        }
        String password = text.replaceAll("[\\r\\n]+$", "");
        if (password.isEmpty()) {
            throw new Failure("password file " + shown + " is empty");
        }
        return password;
    }

    private void generate(String password) throws Failure, SQLException {
        long start = System.nanoTime();
        try (Connection c = connect(password)) {
            checkSchema(c);
            lock(c);
            c.setAutoCommit(false);
            GeneratedTree tree = ensureCategories(c);
            long deleted = options.replace() ? deleteGenerated(c, tree.topId()) : 0;
            long firstSerial = maxSerial(c) + 1;
            c.commit();

            long n = options.products();
            if (n > 0) {
                err.printf(Locale.ROOT, "Adding %,d products (%s .. %s, seed %d) in batches of %,d through COPY%n",
                        n, ProductRowFactory.sku(firstSerial), ProductRowFactory.sku(firstSerial + n - 1),
                        options.seed(), options.batchSize());
            }
            long copyStart = System.nanoTime();
            insert(c, tree, firstSerial, n);
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;

            c.setAutoCommit(true);
            long analyzeStart = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // After a delete, VACUUM too: it reclaims the dead rows and brings the visibility map
                // and the GIN pending lists up to date, which plain ANALYZE does not.
                s.execute(deleted > 0 ? "VACUUM (ANALYZE) product" : "ANALYZE product");
            }
            double analyzeSeconds = (System.nanoTime() - analyzeStart) / 1e9;

            long inSubtree = count(c, "select count(*) from product where category_id in (" + subtreeSql() + ")", tree.topId());
            long inTable = count(c, "select count(*) from product", null);
            double total = (System.nanoTime() - start) / 1e9;

            if (options.replace()) {
                out.printf(Locale.ROOT, "Deleted %,d products of the generated subtree.%n", deleted);
            }
            if (n > 0) {
                out.printf(Locale.ROOT, "Added %,d products (%s .. %s) in %.1f s by COPY (%,.0f rows/s).%n",
                        n, ProductRowFactory.sku(firstSerial), ProductRowFactory.sku(firstSerial + n - 1),
                        copySeconds, n / Math.max(copySeconds, 1e-9));
            } else {
                out.println("Added no products.");
            }
            out.printf(Locale.ROOT, "%s product: %.1f s. Generated subtree now holds %,d products; product table %,d rows.%n",
                    deleted > 0 ? "VACUUM (ANALYZE)" : "ANALYZE", analyzeSeconds, inSubtree, inTable);
            out.printf(Locale.ROOT, "Total elapsed: %.1f s.%n", total);
        }
    }

    private Connection connect(String password) throws Failure {
        Properties props = new Properties();
        props.setProperty("user", options.user());
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "catalog-generator");
        props.setProperty("options", "-c shop.events=off"); // generated data is no change to tell subscribers of (V068)
        props.setProperty("connectTimeout", "10");
        String where = options.url() + " as " + options.user();
        try {
            // The driver directly rather than DriverManager: no service lookup across exec:java's class loaders.
            Connection c = new org.postgresql.Driver().connect(options.url(), props);
            if (c == null) {
                throw new Failure("cannot connect to " + options.url() + ": not a URL the PostgreSQL driver accepts");
            }
            return c;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String hint = switch (state) {
                case "28P01", "28000" -> " (check the password in " + options.passwordFile().toAbsolutePath().normalize()
                        + " and --user)";
                case "3D000" -> " (no such database: check --url)";
                case "08001", "08004", "08006" -> " (is PostgreSQL running there? './shop run' starts it)";
                default -> "";
            };
            throw new Failure("cannot connect to " + where + ": " + firstLine(e.getMessage()) + hint);
        }
    }

    private static void checkSchema(Connection c) throws Failure, SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('product') is not null, to_regclass('category') is not null,"
                     + " (select increment_by from pg_sequences where sequencename = 'product_seq'),"
                     + " (select increment_by from pg_sequences where sequencename = 'category_seq')")) {
            rs.next();
            if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
                throw new Failure("the database has no product or category table yet: start the shop once"
                        + " so that its migrations create the schema");
            }
            if (rs.getLong(3) != ID_BLOCK || rs.getLong(4) != ID_BLOCK) {
                throw new Failure("product_seq and category_seq must step by " + ID_BLOCK
                        + " (EclipseLink's preallocation); found " + rs.getLong(3) + " and " + rs.getLong(4));
            }
        }
    }

    private static void lock(Connection c) throws Failure, SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new Failure("another catalog-generator is running against this database; wait for it to finish");
                }
            }
        }
    }

    /** The ids of "generated" and of its subcategories in {@link WordLists#CATEGORIES} order, creating what is missing. */
    private GeneratedTree ensureCategories(Connection c) throws Failure, SQLException {
        Map<String, long[]> existing = new HashMap<>(); // slug -> {id, parent id or -1}
        try (PreparedStatement ps = c.prepareStatement(
                "select id, coalesce(parent_id, -1), slug from category where slug = ? or slug like ?")) {
            ps.setString(1, WordLists.TOP_SLUG);
            ps.setString(2, WordLists.TOP_SLUG + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(3), new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        IdBlocks ids = new IdBlocks(c, "category_seq");
        int created = 0;
        long topId;
        if (existing.containsKey(WordLists.TOP_SLUG)) {
            topId = existing.get(WordLists.TOP_SLUG)[0];
        } else {
            topId = ids.next();
            insertCategory(c, topId, WordLists.TOP_SLUG, WordLists.TOP_NAME, WordLists.TOP_DESCRIPTION, null);
            created++;
        }
        List<CategorySpec> specs = WordLists.CATEGORIES;
        long[] categoryIds = new long[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            CategorySpec spec = specs.get(i);
            long[] found = existing.get(spec.slug());
            if (found == null) {
                categoryIds[i] = ids.next();
                insertCategory(c, categoryIds[i], spec.slug(), spec.name(),
                        "Generated " + spec.name().toLowerCase(Locale.ROOT) + " for load and search tests.", topId);
                created++;
            } else if (found[1] != topId) {
                throw new Failure("category '" + spec.slug() + "' (id " + found[0] + ") exists but is not under '"
                        + WordLists.TOP_SLUG + "'; move or rename it first");
            } else {
                categoryIds[i] = found[0];
            }
        }
        if (created > 0) {
            err.printf(Locale.ROOT, "Created %d categories under '%s'.%n", created, WordLists.TOP_SLUG);
        }
        return new GeneratedTree(topId, categoryIds, ensureTypes(c));
    }

    /**
     * The generator's product types, created when missing: apparel (material, fit, organic) and
     * footwear (upper, waterproof, sole height), their ENUM values the materials of those
     * subcategories, so every generated value passes the database's attribute check.
     */
    private Map<String, Long> ensureTypes(Connection c) throws SQLException {
        record Attribute(String code, String label, String kind, List<String> values, boolean facet) {
        }
        Map<String, List<Attribute>> types = Map.of(
                ProductRowFactory.APPAREL_TYPE, List.of(
                        new Attribute("material", "Material", "ENUM", WordLists.materialsOf(WordLists.Kind.APPAREL), true),
                        new Attribute("fit", "Fit", "ENUM", WordLists.FITS, true),
                        new Attribute("organic", "Organic", "BOOLEAN", null, false)),
                ProductRowFactory.FOOTWEAR_TYPE, List.of(
                        new Attribute("upper", "Upper", "ENUM", WordLists.materialsOf(WordLists.Kind.FOOTWEAR), true),
                        new Attribute("waterproof", "Waterproof", "BOOLEAN", null, true),
                        new Attribute("sole-mm", "Sole height (mm)", "NUMBER", null, false)));
        Map<String, Long> ids = new HashMap<>();
        IdBlocks typeIds = new IdBlocks(c, "product_type_seq");
        for (Map.Entry<String, List<Attribute>> type : types.entrySet()) {
            Long existing = null;
            try (PreparedStatement ps = c.prepareStatement("select id from product_type where slug = ?")) {
                ps.setString(1, type.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getLong(1);
                    }
                }
            }
            if (existing == null) {
                existing = typeIds.next();
                try (PreparedStatement ps = c.prepareStatement("insert into product_type (id, slug, name, version) values (?, ?, ?, 0)");
                     PreparedStatement attr = c.prepareStatement("insert into product_type_attribute"
                             + " (product_type_id, position, code, label, kind, allowed_values, required, facet)"
                             + " values (?, ?, ?, ?, ?, ?, false, ?)")) {
                    ps.setLong(1, existing);
                    ps.setString(2, type.getKey());
                    ps.setString(3, type.getKey().equals(ProductRowFactory.APPAREL_TYPE) ? "Generated apparel" : "Generated footwear");
                    ps.executeUpdate();
                    int position = 0;
                    for (Attribute a : type.getValue()) {
                        attr.setLong(1, existing);
                        attr.setInt(2, position++);
                        attr.setString(3, a.code());
                        attr.setString(4, a.label());
                        attr.setString(5, a.kind());
                        attr.setString(6, a.values() == null ? null : String.join("|", a.values()));
                        attr.setBoolean(7, a.facet());
                        attr.addBatch();
                    }
                    attr.executeBatch();
                }
                err.printf(Locale.ROOT, "Created product type '%s'.%n", type.getKey());
            }
            ids.put(type.getKey(), existing);
        }
        return ids;
    }

    private static void insertCategory(Connection c, long id, String slug, String name, String description, Long parentId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into category (id, slug, name, description, version, parent_id) values (?, ?, ?, ?, 0, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, slug);
            ps.setString(3, name);
            ps.setString(4, description);
            if (parentId == null) {
                ps.setNull(5, java.sql.Types.BIGINT);
            } else {
                ps.setLong(5, parentId);
            }
            ps.executeUpdate();
        }
    }

    /** The ids of the generated category and everything below it, as SQL taking the top id as its one parameter. */
    private static String subtreeSql() {
        return "with recursive t(id) as (select cast(? as bigint) union all"
                + " select k.id from category k join t on k.parent_id = t.id) select id from t";
    }

    private long deleteGenerated(Connection c, long topId) throws Failure, SQLException {
        err.println("Deleting the products of the generated subtree (--replace)...");
        try (PreparedStatement ps = c.prepareStatement("delete from product where category_id in (" + subtreeSql() + ")")) {
            ps.setLong(1, topId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            c.rollback();
            if ("23503".equals(e.getSQLState())) {
                throw new Failure("cannot delete the generated products: other rows refer to them. " + describe(e));
            }
            throw e;
        }
    }

    /** The highest serial among GEN-nnnnnnn SKUs in the whole table, 0 when there is none. */
    private static long maxSerial(Connection c) throws SQLException {
        return count(c, "select coalesce(max(cast(substring(sku from 5) as bigint)), 0) from product"
                + " where sku ~ '^GEN-[0-9]{1,18}$'", null);
    }

    private static long count(Connection c, String sql, Long param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setLong(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Every product has at least one variant (carts and stock refer to variants): products
     * without options get a default one carrying the product's SKU, each id the top of its own
     * block of the sequence.
     */
    static void addDefaultVariants(Connection c, long[] productIds) throws SQLException {
        if (productIds.length == 0) {
            return;
        }
        try (PreparedStatement variants = c.prepareStatement(
                "insert into product_variant (id, product_id, position, sku, signature)"
                        + " select nextval('product_variant_seq'), p.id, 0, p.sku, '' from product p where p.id = any(?)")) {
            variants.setArray(1, c.createArrayOf("bigint", Arrays.stream(productIds).boxed().toArray(Long[]::new)));
            variants.executeUpdate();
        }
    }

    /** Stock of every variant of these products in every warehouse, derived from the SKU (some sold out). */
    static void addStock(Connection c, long[] productIds) throws SQLException {
        try (PreparedStatement stock = c.prepareStatement(
                "insert into stock_level (variant_id, warehouse_id, on_hand)"
                        + " select v.id, w.id, case when abs(hashtext(v.sku)) % 9 = 0 then 0 else abs(hashtext(v.sku || w.code)) % 40 end"
                        + " from product_variant v cross join warehouse w where v.product_id = any(?)")) {
            stock.setArray(1, c.createArrayOf("bigint", Arrays.stream(productIds).boxed().toArray(Long[]::new)));
            stock.executeUpdate();
        }
    }

    /**
     * The options, variants and attribute values of a batch's products, by COPY: ids of options
     * and variants come block by block from their sequences, as for products.
     */
    private static void addOptionsVariantsAndAttributes(Connection c, CopyManager copy, long[] ids, ProductRow[] rows)
            throws SQLException {
        IdBlocks optionIds = new IdBlocks(c, "product_option_seq");
        IdBlocks variantIds = new IdBlocks(c, "product_variant_seq");
        StringBuilder options = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder variants = new StringBuilder();
        StringBuilder variantOptions = new StringBuilder();
        StringBuilder attributes = new StringBuilder();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            ProductRow row = rows[i];
            long productId = ids[i];
            row.attributes().forEach((code, value) -> {
                attributes.append(productId).append(',');
                ProductRowFactory.quoted(attributes, code).append(',');
                ProductRowFactory.quoted(attributes, value).append('\n');
            });
            if (row.options().isEmpty()) {
                plain.add(productId);
                continue;
            }
            for (int p = 0; p < row.options().size(); p++) {
                ProductRowFactory.Option option = row.options().get(p);
                long optionId = optionIds.next();
                options.append(optionId).append(',').append(productId).append(',').append(p).append(',');
                ProductRowFactory.quoted(options, option.code()).append(',');
                ProductRowFactory.quoted(options, option.label()).append('\n');
                for (int v = 0; v < option.values().size(); v++) {
                    values.append(optionId).append(',').append(v).append(',');
                    ProductRowFactory.quoted(values, option.values().get(v)).append('\n');
                }
            }
            List<ProductRowFactory.VariantRow> rowVariants = row.variants();
            for (int v = 0; v < rowVariants.size(); v++) {
                ProductRowFactory.VariantRow variant = rowVariants.get(v);
                long variantId = variantIds.next();
                variants.append(variantId).append(',').append(productId).append(',').append(v).append(',');
                ProductRowFactory.quoted(variants, variant.sku()).append(',');
                ProductRowFactory.quoted(variants, variant.signature()).append(",0\n");
                variant.options().forEach((code, value) -> {
                    variantOptions.append(variantId).append(',');
                    ProductRowFactory.quoted(variantOptions, code).append(',');
                    ProductRowFactory.quoted(variantOptions, value).append('\n');
                });
            }
        }
        copyAll(copy, COPY_OPTIONS, options);
        copyAll(copy, COPY_OPTION_VALUES, values);
        copyAll(copy, COPY_VARIANTS, variants);
        copyAll(copy, COPY_VARIANT_OPTIONS, variantOptions);
        copyAll(copy, COPY_ATTRIBUTES, attributes);
        addDefaultVariants(c, plain.stream().mapToLong(Long::longValue).toArray());
        addStock(c, ids);
    }

    private static void copyAll(CopyManager copy, String sql, StringBuilder csv) throws SQLException {
        if (csv.length() == 0) {
            return;
        }
        try {
            copy.copyIn(sql, new java.io.StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, GeneratedTree tree, long firstSerial, long n) throws Failure, SQLException {
        if (n == 0) {
            return;
        }
        ProductRowFactory factory = new ProductRowFactory(options.seed(), Instant.now());
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Progress progress = new Progress(n, err, interactive, System::nanoTime);
        StringBuilder buffer = new StringBuilder(ROWS_PER_WRITE * 320);
        long done = 0;
        while (done < n) {
            int batch = (int) Math.min(options.batchSize(), n - done);
            long batchFirst = firstSerial + done;
            try {
                long[] ids = productIds(c, batch);
                ProductRow[] rows = new ProductRow[batch];
                CopyIn in = copy.copyIn(COPY_SQL);
                try {
                    for (int i = 0; i < batch; i++) {
                        ProductRow row = factory.row(batchFirst + i);
                        rows[i] = row;
                        ProductRowFactory.appendCsv(buffer, ids[i], tree.categoryIds()[row.categoryIndex()], row,
                                row.typeSlug() == null ? null : tree.typeIds().get(row.typeSlug()));
                        if ((i + 1) % ROWS_PER_WRITE == 0 || i == batch - 1) {
                            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                            in.writeToCopy(bytes, 0, bytes.length);
                            buffer.setLength(0);
                            progress.update(done + i + 1);
                        }
                    }
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                addOptionsVariantsAndAttributes(c, copy, ids, rows);
                c.commit();
            } catch (SQLException e) {
                progress.finish();
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the server rolls the batch back by itself
                }
                throw new Failure(String.format(Locale.ROOT,
                        "the batch %s .. %s failed and was rolled back (%,d earlier products are committed;"
                                + " a re-run continues after them): %s",
                        ProductRowFactory.sku(batchFirst), ProductRowFactory.sku(batchFirst + batch - 1), done, describe(e)));
            }
            done += batch;
        }
        progress.finish();
    }

    /** {@code count} product ids: each nextval N of product_seq is the block N-49..N, used from its bottom. */
    private static long[] productIds(Connection c, int count) throws SQLException {
        LongStream.Builder ids = LongStream.builder();
        int taken = 0;
        try (PreparedStatement ps = c.prepareStatement("select nextval('product_seq') from generate_series(1, ?)")) {
            ps.setInt(1, SequenceBlocks.blocksFor(count));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && taken < count) {
                    long[] block = SequenceBlocks.idsOf(rs.getLong(1)).limit(count - taken).toArray();
                    LongStream.of(block).forEach(ids::add);
                    taken += block.length;
                }
            }
        }
        if (taken < count) {
            throw new SQLException("product_seq returned too few values");
        }
        return ids.build().toArray();
    }

    /** Hands out category ids block by block from a sequence, taking a block only when needed. */
    private static final class IdBlocks {
        private final Connection c;
        private final String sequence;
        private final List<Long> free = new ArrayList<>();

        IdBlocks(Connection c, String sequence) {
            this.c = c;
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (free.isEmpty()) {
                SequenceBlocks.idsOf(count(c, "select nextval('" + sequence + "')", null)).forEach(free::add);
            }
            return free.remove(0);
        }
    }

    static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]";
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()) + state;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
