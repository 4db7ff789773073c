package io.openshop.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Straight JDBC to the shop's PostgreSQL, for setting up and checking what the shop stored. */
public final class DatabaseSupport {

    private DatabaseSupport() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(), TestSettings.dbPassword());
    }

    /**
     * Forgets every sign-in attempt. The tests all sign in from this one address, and failed
     * sign-ins of earlier classes within the throttle's window would count towards its
     * per-address limit and refuse later sign-ins, depending on the run order.
     */
    public static void forgetLoginAttempts() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from login_attempt");
        }
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The first column of every row a query answers, as text. */
    public static java.util.List<String> texts(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            java.util.List<String> texts = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        }
    }

    /** Counts the products shoppers see in a category and all categories below it. */
    public static long countInSubtree(String categorySlug) throws SQLException {
        return count("with recursive t(id) as (select id from category where slug = ?"
                + " union all select c.id from category c join t on c.parent_id = t.id)"
                + " select count(*) from product where category_id in (select id from t) and status = 'PUBLISHED'", categorySlug);
    }

    /** Adds a product to a category as a bulk import would, bypassing the application. */
    public static void insertProduct(String categorySlug, String slug, String sku, String name, String price) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into product (id, category_id, slug, sku, name, description, price_amount, price_currency)"
                        + " select nextval('product_seq'), id, ?, ?, ?, 'Inserted by a system test.', ?::numeric, 'EUR'"
                        + " from category where slug = ?")) {
            s.setString(1, slug);
            s.setString(2, sku);
            s.setString(3, name);
            s.setString(4, price);
            s.setString(5, categorySlug);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No category " + categorySlug + " to insert into");
            }
        }
    }

    public static void deleteProduct(String slug) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("delete from product where slug = ?")) {
            s.setString(1, slug);
            s.executeUpdate();
        }
    }
}
