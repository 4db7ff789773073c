package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ImportSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk product imports through the API and the Jakarta Batch job on the deployed EAR: good rows
 * kept and bad rows reported by line (a malformed price, a repeated SKU, an enum attribute outside
 * its set, an unknown category), the same file again changing nothing, JSON updating what CSV
 * made, and stock never set below what orders have reserved.
 */
@ExtendWith(SharedDeployment.class)
class ProductImportIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static String token;

    @BeforeAll
    static void signIn() throws Exception {
        token = StaffSupport.adminToken();
    }

    private static String sku(String label) {
        return ("IMP-" + label + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    @Test
    void goodRowsAreKeptBadRowsReportedByLineAndTheSameFileAgainChangesNothing() throws Exception {
        String a = sku("A");
        String b = sku("B");
        String csv = String.join("\n",
                "sku,name,description,category,price,currency,status,type,attributes,prices,stock",
                a + ",Imported Mug,A mug,home-kitchen,12.50,EUR,PUBLISHED,,,apparel-winter-sale=11.00,berlin=7;rotterdam=3",
                sku("BADPRICE") + ",Bad Price,,home-kitchen,abc,EUR,,,,,",
                a + ",Imported Mug Again,,home-kitchen,13.00,EUR,,,,,",
                b + ",\"Imported Shirt, blue\",\"Two\nlines\",home-kitchen,29.90,EUR,DRAFT,clothing,material=Linen;fit=Slim,,berlin=2",
                sku("BADENUM") + ",Bad Material,,home-kitchen,9.90,EUR,,clothing,material=Plastic,,",
                sku("BADCAT") + ",Nowhere,,no-such-category,9.90,EUR,,,,,") + "\n";

        JsonObject started = ImportSupport.submit(token, "text/csv", csv);
        JsonObject done = ImportSupport.awaitOver(token, started.getJsonNumber("id").longValue(), WITHIN);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(6, done.getInt("rowsRead"));
        assertEquals(2, done.getInt("rowsCreated"));
        assertEquals(4, done.getInt("rowsFailed"));

        HttpResponse<String> errors = HttpSupport.send("GET", "/api/admin/catalog/imports/" + started.getJsonNumber("id") + "/errors",
                null, "Authorization", "Bearer " + token);
        assertEquals(200, errors.statusCode(), errors.body());
        JsonArray items = HttpSupport.json(errors).getJsonArray("items");
        assertEquals(List.of(3, 4, 7, 8), items.stream().map(i -> i.asJsonObject().getInt("line")).toList(),
                "the lines of the refused rows (the quoted two-line description makes line 6 two lines long): " + items);
        assertEquals(List.of("price", "sku", "attributes.material", "category"),
                items.stream().map(i -> i.asJsonObject().getString("field")).toList(), items.toString());
        assertTrue(items.getJsonObject(1).getString("reason").contains("line 2"), "the duplicate names the row that counts: " + items);
        assertTrue(items.getJsonObject(2).getString("reason").contains("Linen"), "the allowed values are named: " + items);

        assertEquals("Imported Mug|12.50|EUR|PUBLISHED", CommerceSupport.text(
                "select name || '|' || price_amount || '|' || price_currency || '|' || status from product where sku = ?", a));
        assertEquals("11.00", CommerceSupport.text("select e.amount::text from price_list_entry e join product p on p.id = e.product_id"
                + " join price_list l on l.id = e.price_list_id where p.sku = ? and l.code = 'apparel-winter-sale'", a));
        assertEquals(10, DatabaseSupport.count("select coalesce(sum(l.on_hand), 0) from stock_level l join product_variant v"
                + " on v.id = l.variant_id where v.sku = ?", a), "7 in Berlin and 3 in Rotterdam");
        assertEquals(2, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.reason = 'IMPORTED'", a), "each level set is a movement");
        assertEquals("Imported Shirt, blue|Two\nlines|DRAFT", CommerceSupport.text(
                "select name || '|' || description || '|' || status from product where sku = ?", b));
        assertEquals("fit=Slim;material=Linen", CommerceSupport.text("select string_agg(a.code || '=' || a.value, ';' order by a.code)"
                + " from product_attribute a join product p on p.id = a.product_id where p.sku = ?", b));
        assertEquals(0, DatabaseSupport.count("select count(*) from product where sku like 'IMP-BAD%' and created_at > now() - interval '10 minutes'"),
                "no refused row was stored");
        String before = CommerceSupport.text("select string_agg(version || '@' || coalesce(updated_at::text, '-'), ',' order by sku)"
                + " from product where sku in (?, ?)", a, b);

        JsonObject again = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(), WITHIN);
        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(0, again.getInt("rowsCreated"), again.toString());
        assertEquals(0, again.getInt("rowsUpdated"), again.toString());
        assertEquals(2, again.getInt("rowsUnchanged"), again.toString());
        assertEquals(4, again.getInt("rowsFailed"), again.toString());
        assertEquals(before, CommerceSupport.text("select string_agg(version || '@' || coalesce(updated_at::text, '-'), ',' order by sku)"
                + " from product where sku in (?, ?)", a, b), "the same file again touched no product");
        assertEquals(2, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.reason = 'IMPORTED'", a), "and no stock level");

        String json = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("sku", a).add("name", "Imported Mug, renamed").add("category", "home-kitchen")
                        .add("price", 12.50).add("currency", "EUR").add("prices", Json.createObjectBuilder().add("apparel-winter-sale", 11.00))
                        .add("stock", Json.createObjectBuilder().add("berlin", 5).add("rotterdam", 3)))
                .add(Json.createObjectBuilder().add("sku", b).add("name", "Imported Shirt, blue").add("description", "Two\nlines")
                        .add("category", "home-kitchen").add("price", "29.90").add("currency", "EUR").add("status", "DRAFT")
                        .add("type", "clothing").add("attributes", Json.createObjectBuilder().add("material", "Linen").add("fit", "Slim"))
                        .add("stock", Json.createObjectBuilder().add("berlin", 2)))
                .build().toString();
        JsonObject updated = ImportSupport.awaitOver(token, ImportSupport.submit(token, "application/json", json).getJsonNumber("id").longValue(), WITHIN);
        assertEquals("COMPLETED", updated.getString("status"), updated.toString());
        assertEquals(1, updated.getInt("rowsUpdated"), updated.toString());
        assertEquals(1, updated.getInt("rowsUnchanged"), updated.toString());
        assertEquals("Imported Mug, renamed", CommerceSupport.text("select name from product where sku = ?", a));
        assertEquals(5, DatabaseSupport.count("select l.on_hand from stock_level l join product_variant v on v.id = l.variant_id"
                + " join warehouse w on w.id = l.warehouse_id where v.sku = ? and w.code = 'berlin'", a));
        assertEquals(-2, DatabaseSupport.count("select m.quantity from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.reason = 'IMPORTED' order by m.id desc limit 1", a), "the movement is the change");
    }

    @Test
    void aProductWithOptionsIsImportedWithItsVariantsRows() throws Exception {
        String p = sku("OPT");
        String q = sku("OPTSTOCK");
        String othersVariant = CommerceSupport.text("select sku from product_variant where signature <> '' order by id limit 1");
        String csv = String.join("\n",
                "sku,product,name,category,price,currency,options,stock",
                p + ",,Imported tee,home-kitchen,20.00,EUR,size=S|M;colour=Red|Blue,",
                p + "-SR," + p + ",,,,,size=S;colour=Red,berlin=3",
                p + "-MB," + p + ",,,21.50,,colour=Blue;size=M,berlin=1;rotterdam=2",
                p + "-XL," + p + ",,,,,size=XL;colour=Red,",
                othersVariant + "," + p + ",,,,,size=M;colour=Red,",
                p + "-NM," + p + ",Named,,,,size=S;colour=Blue,",
                p + "-OR,NO-SUCH-" + p + ",,,,,size=S,",
                q + ",,Stocked tee,home-kitchen,5.00,EUR,size=S|M,berlin=1") + "\n";
        JsonObject done = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(), WITHIN);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("rowsCreated"), done.toString());
        assertEquals(2, done.getInt("rowsUpdated"), "the two variant rows: " + done);
        assertEquals(5, done.getInt("rowsFailed"), done.toString());
        JsonArray items = HttpSupport.json(HttpSupport.send("GET", "/api/admin/catalog/imports/" + done.getJsonNumber("id") + "/errors",
                null, "Authorization", "Bearer " + token)).getJsonArray("items");
        assertEquals(List.of(5, 6, 7, 8, 9), items.stream().map(i -> i.asJsonObject().getInt("line")).toList(), items.toString());
        assertEquals(List.of("options", "sku", "name", "product", "stock"),
                items.stream().map(i -> i.asJsonObject().getString("field")).toList(), items.toString());
        assertTrue(items.getJsonObject(0).getString("reason").contains("size=S|M"), "the options the product has are named: " + items);

        assertEquals(4, DatabaseSupport.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.sku = ?", p),
                "two sizes by two colours");
        assertEquals(p + "-SR|3", CommerceSupport.text("select v.sku || '|' || sum(l.on_hand) from product_variant v join stock_level l"
                + " on l.variant_id = v.id where v.signature = 'colour=red;size=s' and v.product_id = (select id from product where sku = ?)"
                + " group by v.sku", p));
        assertEquals("21.50|3", CommerceSupport.text("select v.price_amount || '|' || sum(l.on_hand) from product_variant v"
                + " join stock_level l on l.variant_id = v.id where v.sku = ? group by v.price_amount", p + "-MB"));
        JsonObject product = HttpSupport.json(HttpSupport.get("/api/products/" + CommerceSupport.text("select slug from product where sku = ?", p)));
        assertEquals(4, product.getJsonArray("variants").size(), product.toString());
        long srId = DatabaseSupport.count("select id from product_variant where sku = ?", p + "-SR");

        JsonObject again = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(3, again.getInt("rowsUnchanged"), "the same file again changes nothing: " + again);
        assertEquals(0, again.getInt("rowsUpdated") + again.getInt("rowsCreated"), again.toString());

        String wider = "sku,product,name,category,price,currency,options,stock\n"
                + p + ",,Imported tee,home-kitchen,20.00,EUR,size=M|S|L;colour=Red|Blue,\n"
                + p + "-LR," + p + ",,,,,size=L;colour=Red,berlin=4\n";
        JsonObject widened = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", wider).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(2, widened.getInt("rowsUpdated"), widened.toString());
        assertEquals(6, DatabaseSupport.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.sku = ?", p));
        assertEquals(srId, DatabaseSupport.count("select id from product_variant where sku = ?", p + "-SR"),
                "a combination that survives keeps its variant, and its stock");
        assertEquals("M|S|L", CommerceSupport.text("select string_agg(ov.value, '|' order by ov.position) from product_option_value ov"
                + " join product_option o on o.id = ov.option_id join product p on p.id = o.product_id where p.sku = ? and o.code = 'size'", p));

        String narrower = "sku,name,category,price,currency,options\n" + p + ",Imported tee,home-kitchen,20.00,EUR,size=M|S|L;colour=Red\n";
        JsonObject refused = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", narrower).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(1, refused.getInt("rowsFailed"), "dropping Blue would remove a variant with stock: " + refused);
        assertEquals(6, DatabaseSupport.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.sku = ?", p));
    }

    @Test
    void stockIsNeverSetBelowWhatOrdersHaveReserved() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("8.00", 5);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 2), "reserved-import@example.org", null).build().toString();
        assertEquals(201, CommerceSupport.checkout(body, CommerceSupport.newKey()).statusCode());
        String warehouse = CommerceSupport.text("select w.code from stock_level l join product_variant v on v.id = l.variant_id"
                + " join warehouse w on w.id = l.warehouse_id where v.sku = ? and l.reserved > 0", sku);
        String category = CommerceSupport.text("select c.slug from product p join category c on c.id = p.category_id where p.sku = ?", sku);
        String csv = "sku,name,category,price,currency,stock\n" + sku + ",Reserved Goods," + category + ",8.00,EUR," + warehouse + "=1\n";

        JsonObject done = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(1, done.getInt("rowsFailed"), done.toString());
        assertEquals(5, DatabaseSupport.count("select l.on_hand from stock_level l join product_variant v on v.id = l.variant_id"
                + " join warehouse w on w.id = l.warehouse_id where v.sku = ? and w.code = ?", sku, warehouse),
                "on hand stays as it was: 1 would be below the 2 reserved");
        HttpResponse<String> errors = HttpSupport.send("GET", "/api/admin/catalog/imports/" + done.getJsonNumber("id") + "/errors",
                null, "Authorization", "Bearer " + token);
        JsonObject error = HttpSupport.json(errors).getJsonArray("items").getJsonObject(0);
        assertEquals("stock." + warehouse, error.getString("field"));
        assertTrue(error.getString("reason").contains("2 units"), error.toString());
    }

    @Test
    void aFileThatIsNoCsvOrJsonIsRefusedPolitelyAndAnUnknownImportIs404() throws Exception {
        JsonObject broken = ImportSupport.awaitOver(token, ImportSupport.submit(token, "application/json", "{\"not\": \"an array\"}")
                .getJsonNumber("id").longValue(), WITHIN);
        assertEquals("COMPLETED", broken.getString("status"), broken.toString());
        assertEquals(1, broken.getInt("rowsFailed"), "the file is reported as one refused row");
        JsonObject why = HttpSupport.json(HttpSupport.send("GET", "/api/admin/catalog/imports/" + broken.getJsonNumber("id") + "/errors",
                null, "Authorization", "Bearer " + token)).getJsonArray("items").getJsonObject(0);
        assertEquals("file", why.getString("field"));
        assertTrue(why.getString("reason").contains("not an array"), why.toString());
        HttpResponse<String> missing = HttpSupport.send("GET", "/api/admin/catalog/imports/999999999", null, "Authorization", "Bearer " + token);
        assertEquals(404, missing.statusCode(), missing.body());
    }
}
