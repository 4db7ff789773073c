package io.openshop.systemtest.analytics;

import io.openshop.systemtest.support.SharedDeployment;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report's totals equal a direct SQL sum over the same orders (placed in the period's UTC
 * days, EUR, not cancelled), refunds and status changes; the CSV, Excel and PDF exports carry the
 * same totals; the reports page downloads the same CSV; only administrators get reports, and a
 * bad report, format or period is a problem naming the field.
 * <p>
 * The comparisons hold while no order of the period changes between the report and the SQL: an
 * unpaid order placed more than 30 minutes before (the reservation time) could be cancelled by
 * the expiry timer in between, which a test suite shorter than that never meets.
 */
@ExtendWith(SharedDeployment.class)
class ReportsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TO.minusDays(6);
    /** The period's orders as every report counts them. */
    private static final String ORDERS = " from customer_order o where o.status <> 'CANCELLED' and o.currency = 'EUR'"
            + " and o.placed_at >= (?::date)::timestamp at time zone 'UTC' and o.placed_at < ((?::date) + 1)::timestamp at time zone 'UTC'";

    private static String query(String format) {
        return "?from=" + FROM + "&to=" + TO + "&currency=EUR" + (format == null ? "" : "&format=" + format);
    }

    private static JsonObject report(String kind) throws Exception {
        HttpResponse<String> answer = StaffSupport.as(StaffSupport.adminToken(), "GET", "/api/admin/reports/" + kind + query(null), null);
        assertEquals(200, answer.statusCode(), kind + ": " + answer.body());
        return HttpSupport.json(answer);
    }

    private static HttpResponse<byte[]> file(String kind, String format) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(TestSettings.baseUri().resolve("api/admin/reports/" + kind + query(format)))
                .header("Authorization", "Bearer " + StaffSupport.adminToken()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BigDecimal total(JsonObject report, int column) {
        return ((JsonNumber) report.getJsonArray("totals").get(column)).bigDecimalValue();
    }

    private static BigDecimal sql(String select) throws Exception {
        return new BigDecimal(CommerceSupport.text("select coalesce(" + select + ", 0)::text" + ORDERS, FROM.toString(), TO.toString()));
    }

    private static BigDecimal lines(String select) throws Exception {
        return new BigDecimal(CommerceSupport.text("select coalesce(" + select + ", 0)::text"
                + ORDERS.replace(" where", " join order_line l on l.order_id = o.id where"), FROM.toString(), TO.toString()));
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but the report says " + actual);
    }

    @Test
    void everyReportsTotalsEqualTheDatabase() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("33.30", 10);
        String email = "reports-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        String refunded = WorkflowSupport.place(sku, 2, email);
        WorkflowSupport.place(sku, 1, email);
        String cancelled = WorkflowSupport.place(sku, 1, email);
        assertEquals(200, HttpSupport.send("POST", "/api/orders/" + cancelled + "/cancel?email=" + email, null).statusCode());
        BigDecimal refundsBefore = total(report("refunds"), 2);
        assertEquals(200, WorkflowSupport.capture(refunded, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        assertEquals(200, WorkflowSupport.refund(refunded, "3.25", StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());

        for (String kind : List.of("sales-by-day", "sales-by-week", "sales-by-month")) {
            JsonObject r = report(kind);
            assertSame(sql("count(*)"), total(r, 1), kind + " orders");
            assertSame(sql("sum(o.subtotal)"), total(r, 2), kind + " goods");
            assertSame(sql("sum(o.tax)"), total(r, 5), kind + " tax");
            assertSame(sql("sum(o.grand_total)"), total(r, 6), kind + " revenue");
        }
        JsonObject products = report("sales-by-product");
        assertSame(lines("sum(l.quantity)"), total(products, 2), "units by product");
        assertSame(lines("sum(l.total)"), total(products, 6), "sales by product");
        assertTrue(products.getJsonArray("rows").getValuesAs(JsonArray.class).stream().anyMatch(row -> row.getString(0).equals(sku)
                && row.getJsonNumber(2).intValue() == 3), "this test's product: 3 units, the cancelled one not counted");
        JsonObject categories = report("sales-by-category");
        assertSame(lines("sum(l.quantity)"), total(categories, 1), "units by category");
        assertSame(lines("sum(l.total)"), total(categories, 5), "sales by category");
        JsonObject coupons = report("sales-by-coupon");
        assertSame(sql("count(*)"), total(coupons, 1), "orders by coupon");
        assertSame(sql("sum(o.discount)"), total(coupons, 2), "discount by coupon");
        JsonObject countries = report("sales-by-country");
        assertSame(sql("sum(o.tax)"), total(countries, 2), "tax by country");
        assertSame(sql("sum(o.grand_total)"), total(countries, 3), "revenue by country");
        JsonObject tax = report("tax-by-rate");
        assertSame(sql("sum(o.tax)"), total(tax, 4), "tax by rate adds up to the orders' tax");
        JsonObject refunds = report("refunds");
        assertSame(new BigDecimal(CommerceSupport.text("select coalesce(sum(amount), 0)::text from payment_refund where currency = 'EUR'"
                + " and refunded_at >= (?::date)::timestamp at time zone 'UTC' and refunded_at < ((?::date) + 1)::timestamp at time zone 'UTC'",
                FROM.toString(), TO.toString())), total(refunds, 2), "refunds");
        assertSame(refundsBefore.add(new BigDecimal("3.25")), total(refunds, 2), "the refund made here, once");
        JsonObject returns = report("returns");
        assertSame(new BigDecimal(CommerceSupport.text("select count(distinct c.order_id)::text from order_status_change c"
                + " join customer_order o on o.id = c.order_id where c.to_status = 'RETURNED' and o.currency = 'EUR'"
                + " and c.changed_at >= (?::date)::timestamp at time zone 'UTC' and c.changed_at < ((?::date) + 1)::timestamp at time zone 'UTC'",
                FROM.toString(), TO.toString())), total(returns, 1), "returns");

        // the exports carry the same totals
        JsonObject days = report("sales-by-day");
        HttpResponse<byte[]> csv = file("sales-by-day", "csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("sales-by-day_" + FROM + "_" + TO + "_EUR.csv"));
        List<String> csvLines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        String[] csvTotals = csvLines.get(csvLines.size() - 1).split(",");
        assertEquals("Total", csvTotals[0]);
        assertSame(total(days, 6), new BigDecimal(csvTotals[6]), "the CSV's revenue total");
        assertSame(sql("sum(o.grand_total)"), new BigDecimal(csvTotals[6]), "the CSV's revenue total is the database's");
        assertEquals(days.getJsonArray("rows").size() + 2, csvLines.size(), "a heading, every row, the totals");

        HttpResponse<byte[]> xlsx = file("sales-by-day", "xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row totals = book.getSheetAt(0).getRow(book.getSheetAt(0).getLastRowNum());
            assertEquals("Total", totals.getCell(0).getStringCellValue());
            assertEquals(total(days, 6).doubleValue(), totals.getCell(6).getNumericCellValue(), 0.001, "the Excel revenue total");
        }
        HttpResponse<byte[]> pdf = file("sales-by-day", "pdf");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        reader.close();
        assertTrue(text.contains(total(days, 6).toPlainString()), "the PDF's revenue total: " + text);

        // the reports page downloads the same file
        WebSession admin = StaffSupport.adminSession();
        HttpResponse<String> page = admin.get("/admin/reports.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> download = admin.submit(page, "report", Map.of("kind", "sales-by-day", "from", FROM.toString(),
                "to", TO.toString(), "currency", "EUR"), "csv");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), download.headers().map().toString());
        List<String> pageLines = download.body().lines().toList();
        assertEquals(csvLines.get(csvLines.size() - 1), pageLines.get(pageLines.size() - 1), "the page's CSV has the API's totals: "
                + download.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void onlyAdministratorsGetReportsAndNonsenseIsRefusedByName() throws Exception {
        String support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
        assertEquals(403, StaffSupport.as(support, "GET", "/api/admin/reports/sales-by-day" + query(null), null).statusCode());
        Map<String, String> wrong = Map.of(
                "/api/admin/reports/profit" + query(null), "report",
                "/api/admin/reports/sales-by-day" + query("docx"), "format",
                "/api/admin/reports/sales-by-day?from=" + TO + "&to=" + FROM, "to",
                "/api/admin/reports/sales-by-day?from=yesterday&to=" + TO, "from",
                "/api/admin/reports/sales-by-day?from=" + FROM + "&to=" + TO + "&currency=EURO", "currency");
        for (Map.Entry<String, String> call : wrong.entrySet()) {
            HttpResponse<String> answer = StaffSupport.as(StaffSupport.adminToken(), "GET", call.getKey(), null);
            assertEquals(400, answer.statusCode(), call.getKey() + ": " + answer.body());
            assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), answer.body());
            assertTrue(answer.body().contains(call.getValue()), "names " + call.getValue() + ": " + answer.body());
        }
    }
}
