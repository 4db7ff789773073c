package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WebSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's product form, as a signed-in administrator submits it: a value outside an
 * attribute's set and a negative price come back as messages and change nothing; a good edit is
 * saved and served at once.
 */
@ExtendWith(SharedDeployment.class)
class CatalogAdminFormIT {

    private static final String SLUG = "organic-cotton-t-shirt";
    private static final String PAGE = "/admin/product.xhtml?slug=" + SLUG;

    private static WebSession admin() throws Exception {
        return StaffSupport.adminSession(); // password and one-time code
    }

    /** The form as shown, with some fields changed (ids inside the form, e.g. price or attrs:0:value). */
    private static Map<String, String> form(String description, String price, String material) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Organic Cotton T-Shirt");
        fields.put("description", description);
        fields.put("price", price);
        fields.put("attrs:0:value", material);
        fields.put("attrs:1:value", "Regular");
        fields.put("attrs:2:flag", "true");
        return fields;
    }

    @Test
    void refusalsAreMessagesAndAGoodEditIsSaved() throws Exception {
        WebSession admin = admin();
        HttpResponse<String> page = admin.get(PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"product:price\""), "the form is shown");
        String description = stored("description");

        HttpResponse<String> silk = admin.submit(page, "product", form("Silk now.", "24.99", "Silk"), "save");
        assertEquals(200, silk.statusCode());
        assertTrue(silk.body().contains("Material: Validation Error"), "the value outside the set is named: " + silk.body());
        assertEquals(description, stored("description"), "nothing was saved");

        HttpResponse<String> negative = admin.submit(admin.get(PAGE), "product", form("Free money.", "-5", "Cotton"), "save");
        assertEquals(200, negative.statusCode());
        assertTrue(negative.body().contains("Price must not be negative."), negative.body());
        assertEquals(description, stored("description"), "nothing was saved");

        HttpResponse<String> saved = admin.submit(admin.get(PAGE), "product", form("Soft, breathable, changed by a test.", "24.99", "Linen"), "save");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Saved Organic Cotton T-Shirt."), saved.body());
        assertEquals("Soft, breathable, changed by a test.", stored("description"));
        var product = HttpSupport.json(HttpSupport.get("/api/products/" + SLUG));
        assertEquals("Linen", product.getJsonObject("attributes").getString("material"), "served at once, not from a stale cache");
        assertFalse(saved.body().contains("Exception"));

        HttpResponse<String> restored = admin.submit(saved, "product", form(description, "24.99", "Cotton"), "save");
        assertTrue(restored.body().contains("Saved"), restored.body());
    }

    private static String stored(String column) throws SQLException {
        try (Connection c = DatabaseSupport.connect();
             PreparedStatement s = c.prepareStatement("select " + column + " from product where slug = ?")) {
            s.setString(1, SLUG);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @AfterAll
    static void restoreTheDemoShirt() throws Exception {
        try (Connection c = DatabaseSupport.connect();
             PreparedStatement s = c.prepareStatement("update product_attribute set value = 'Cotton'"
                     + " where code = 'material' and product_id = (select id from product where slug = ?)")) {
            s.setString(1, SLUG);
            s.executeUpdate();
        }
    }
}
