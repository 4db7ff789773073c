package io.openshop.tools;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * Fills the shop with customers and a history of orders for the back office's benchmark: M
 * customer accounts and N orders over the last two years (more recent months busier), each with
 * one to four lines of real variants at their base prices, coupons on some, and the statuses a
 * real history has (mostly delivered; cancelled, refunded, partly refunded and returned ones;
 * the last days still paid, in fulfilment or shipped), with the status changes the returns
 * report reads. Written with COPY, one transaction per batch, then VACUUM ANALYZE.
 *
 * <p>Ids are taken as EclipseLink takes them (see {@link CatalogGenerator}): the generator moves
 * each sequence past the block it uses, so the running shop never reuses an id. Order numbers
 * continue the shop's own sequence. Generated customers cannot sign in (their password hash is
 * well-formed but matches no password); their emails end in {@code @generated.test}.
 *
 * <p>{@code mvn -q -f catalog-generator/pom.xml compile exec:java
 * -Dgenerator.main=io.openshop.tools.OrderGenerator -Dexec.args="--orders 1000000 --customers 200000"}
 */
public final class OrderGenerator {

    private static final String[][] COUNTRIES = {
            {"DE", "Berlin", "10115"}, {"FR", "Lyon", "69001"}, {"NL", "Utrecht", "3511"}, {"AT", "Graz", "8010"},
            {"BE", "Gent", "9000"}, {"IT", "Torino", "10121"}, {"ES", "Valencia", "46001"}, {"DE", "Hamburg", "20095"}};
    private static final String HASH = "PBKDF2WithHmacSHA256:210000:Z2VuZXJhdGVk:bm90LWEtcGFzc3dvcmQtaGFzaC1hdC1hbGw=";
    private static final int BATCH = 20_000;

    private record Variant(long id, String sku, String name, BigDecimal price) {
    }

    private OrderGenerator() {
    }

    public static void main(String[] args) throws Exception {
        long orders = 1_000_000;
        long customers = -1;
        String url = "jdbc:postgresql://127.0.0.1:5433/shop";
        String user = "shop";
        Path passwordFile = Path.of("var/secrets/db-password");
        long seed = 7;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            switch (kv[0]) {
                case "--orders" -> orders = Long.parseLong(kv[1]);
                case "--customers" -> customers = Long.parseLong(kv[1]);
                case "--url" -> url = kv[1];
                case "--user" -> user = kv[1];
                case "--password-file" -> passwordFile = Path.of(kv[1]);
                case "--seed" -> seed = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + kv[0]
                        + " (--orders, --customers, --url, --user, --password-file, --seed)");
            }
        }
        if (customers < 0) {
            customers = Math.max(1, orders / 5);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", Files.readString(passwordFile).strip());
        props.setProperty("options", "-c shop.events=off"); // generated history is no change to tell subscribers of (V068)
        try (Connection c = new org.postgresql.Driver().connect(url, props)) {
            c.setAutoCommit(false);
            generate(c, orders, customers, new Random(seed));
        }
    }

    static void generate(Connection c, long orders, long customers, Random random) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<Variant> variants = variants(c);
        if (variants.isEmpty()) {
            throw new IllegalStateException("No published product priced in EUR: run './shop run' (demo data) first");
        }
        long userIds = reserve(c, "app_user_seq", customers);
        String run = Long.toString(System.currentTimeMillis(), 36);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder rows = new StringBuilder();
        long[] customerIds = new long[(int) customers];
        for (int i = 0; i < customers; i++) {
            long id = userIds + i;
            customerIds[i] = id;
            Instant since = now.minus(random.nextInt(800), ChronoUnit.DAYS);
            rows.append(id).append(",gen-").append(run).append('-').append(i).append("@generated.test,Customer ").append(i)
                    .append(',').append(HASH).append(",CUSTOMER,ACTIVE,true,").append(since).append('\n');
            if (rows.length() > 4_000_000 || i == customers - 1) {
                copy.copyIn("COPY app_user (id, email, display_name, password_hash, kind, status, email_verified, created_at)"
                        + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        c.commit();
        System.out.printf("%,d customers%n", customers);

        long orderIds = reserve(c, "customer_order_seq", orders);
        long lineIds = reserve(c, "order_line_seq", orders * 4);
        long changeIds = reserve(c, "order_status_change_seq", orders);
        long numbers = reserveNumbers(c, orders);
        StringBuilder orderRows = new StringBuilder();
        StringBuilder lineRows = new StringBuilder();
        StringBuilder changeRows = new StringBuilder();
        long line = lineIds;
        long change = changeIds;
        BigDecimal rate = new BigDecimal("0.19");
        BigDecimal onePlus = BigDecimal.ONE.add(rate);
        for (long n = 0; n < orders; n++) {
            long id = orderIds + n;
            // busier lately: the square root puts more orders in recent months
            double age = Math.pow(random.nextDouble(), 1.6) * 730;
            OffsetDateTime placed = OffsetDateTime.ofInstant(now.minusSeconds((long) (age * 86_400) + 60), ZoneOffset.UTC);
            String status = status(age, random);
            int lines = 1 + (random.nextDouble() < 0.55 ? 0 : random.nextInt(4));
            boolean coupon = random.nextDouble() < 0.08;
            BigDecimal subtotal = BigDecimal.ZERO;
            BigDecimal discount = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (int p = 0; p < lines; p++) {
                Variant v = variants.get(random.nextInt(variants.size()));
                int quantity = random.nextDouble() < 0.8 ? 1 : 2 + random.nextInt(3);
                BigDecimal lineSubtotal = v.price().multiply(BigDecimal.valueOf(quantity));
                BigDecimal lineDiscount = coupon ? lineSubtotal.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_EVEN)
                        : BigDecimal.ZERO.setScale(2);
                BigDecimal lineTotal = lineSubtotal.subtract(lineDiscount);
                BigDecimal lineTax = lineTotal.multiply(rate).divide(onePlus, 2, RoundingMode.HALF_EVEN);
                lineRows.append(line++).append(',').append(id).append(',').append(p).append(',').append(v.id()).append(',')
                        .append(v.sku()).append(',').append(csv(v.name())).append(',').append(quantity).append(',')
                        .append(v.price()).append(',').append(lineSubtotal).append(',').append(lineDiscount).append(",0.1900,")
                        .append(lineTax).append(',').append(lineTotal).append('\n');
                subtotal = subtotal.add(lineSubtotal);
                discount = discount.add(lineDiscount);
                tax = tax.add(lineTax);
            }
            line += 4 - lines; // ids stay within the block reserved for this order
            BigDecimal shipping = subtotal.compareTo(new BigDecimal("50")) >= 0 ? BigDecimal.ZERO.setScale(2) : new BigDecimal("4.90");
            BigDecimal shippingTax = shipping.multiply(rate).divide(onePlus, 2, RoundingMode.HALF_EVEN);
            tax = tax.add(shippingTax);
            BigDecimal grand = subtotal.subtract(discount).add(shipping);
            boolean guest = random.nextDouble() < 0.3;
            int who = random.nextInt(customerIds.length);
            String email = guest ? "guest-" + run + "-" + n + "@generated.test" : "gen-" + run + "-" + who + "@generated.test";
            String[] place = COUNTRIES[random.nextInt(COUNTRIES.length)];
            orderRows.append(id).append(",SO-").append(String.format("%06d", numbers + n)).append(',').append(email).append(',')
                    .append(status).append(",EUR,true,").append(subtotal).append(',').append(discount).append(',').append(shipping)
                    .append(',').append(shippingTax).append(',').append(tax).append(',').append(grand).append(',')
                    .append(coupon ? "WELCOME10" : "").append(",standard,Customer ").append(who).append(",Main Street ")
                    .append(1 + random.nextInt(200)).append(",,").append(place[2]).append(',').append(place[1]).append(',')
                    .append(place[0]).append(',').append(placed).append(',').append(guest ? "" : Long.toString(customerIds[who]))
                    .append('\n');
            changeRows.append(change++).append(',').append(id).append(",,").append(status).append(",generated,")
                    .append(placed.plusDays(Math.min(3, (long) age))).append('\n');
            if ((n + 1) % BATCH == 0 || n == orders - 1) {
                copy.copyIn("COPY customer_order (id, number, email, status, currency, prices_include_tax, subtotal, discount,"
                        + " shipping, shipping_tax, tax, grand_total, coupon_code, shipping_method, ship_name, ship_line1, ship_line2,"
                        + " ship_postal_code, ship_city, ship_country, placed_at, customer_id) FROM STDIN (FORMAT csv)",
                        new StringReader(orderRows.toString()));
                copy.copyIn("COPY order_line (id, order_id, position, variant_id, sku, name, quantity, unit_price, subtotal, discount,"
                        + " tax_rate, tax, total) FROM STDIN (FORMAT csv)", new StringReader(lineRows.toString()));
                copy.copyIn("COPY order_status_change (id, order_id, from_status, to_status, actor, changed_at) FROM STDIN (FORMAT csv)",
                        new StringReader(changeRows.toString()));
                c.commit();
                orderRows.setLength(0);
                lineRows.setLength(0);
                changeRows.setLength(0);
                if ((n + 1) % 100_000 == 0 || n == orders - 1) {
                    System.out.printf("%,d orders%n", n + 1);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // VACUUM as well: it sets the visibility map, so grids page through indexes alone at once
            s.execute("vacuum analyze app_user");
            s.execute("vacuum analyze customer_order");
            s.execute("vacuum analyze order_line");
            s.execute("vacuum analyze order_status_change");
        }
    }

    /** The statuses of a real history: settled long ago, still moving in the last days. */
    private static String status(double ageDays, Random random) {
        double r = random.nextDouble();
        if (ageDays < 1) {
            return r < 0.5 ? "PAID" : r < 0.8 ? "FULFILLING" : "SHIPPED";
        }
        if (ageDays < 5) {
            return r < 0.1 ? "FULFILLING" : r < 0.6 ? "SHIPPED" : r < 0.95 ? "DELIVERED" : "CANCELLED";
        }
        if (r < 0.86) {
            return "DELIVERED";
        }
        if (r < 0.91) {
            return "CANCELLED";
        }
        if (r < 0.94) {
            return "REFUNDED";
        }
        if (r < 0.96) {
            return "PARTIALLY_REFUNDED";
        }
        if (r < 0.99) {
            return "RETURNED";
        }
        return "RETURN_REQUESTED";
    }

    private static List<Variant> variants(Connection c) throws SQLException {
        List<Variant> variants = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v.id, v.sku, p.name, p.price_amount from product_variant v"
                     + " join product p on p.id = v.product_id where p.price_currency = 'EUR' and p.status = 'PUBLISHED'"
                     + " and p.price_amount > 0 order by v.id limit 50000")) {
            while (rs.next()) {
                variants.add(new Variant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
            }
        }
        c.commit();
        return variants;
    }

    /** The first of {@code count} ids nobody else will take from a sequence that steps by 50. */
    private static long reserve(Connection c, String sequence, long count) throws SQLException {
        try (Statement s = c.createStatement()) {
            long first;
            try (ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
                rs.next();
                first = rs.getLong(1) + 1; // the block up to nextval is ours too, but start after it
            }
            long last = first + count;
            s.execute("select setval('" + sequence + "', " + ((last / 50) + 1) * 50 + ")");
            c.commit();
            return first;
        }
    }

    private static long reserveNumbers(Connection c, long count) throws SQLException {
        try (Statement s = c.createStatement()) {
            long first;
            try (ResultSet rs = s.executeQuery("select nextval('order_number_seq')")) {
                rs.next();
                first = rs.getLong(1);
            }
            s.execute("select setval('order_number_seq', " + (first + count) + ")");
            c.commit();
            return first;
        }
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
