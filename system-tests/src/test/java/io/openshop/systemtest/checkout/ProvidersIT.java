package io.openshop.systemtest.checkout;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.MetricsSupport;
import io.openshop.systemtest.support.ProviderSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional providers against a stand-in that speaks their protocols (Shippo for carrier rates,
 * tracking and address validation; TaxJar for tax): each one's happy path, its timeout and its
 * outage, where the shop's own shipping table and tax rates serve the shopper within a bounded
 * time, and the circuit that stops asking a provider that keeps failing. The shop reads the
 * provider settings on each call; the class deploys afresh so that the config cache is off.
 */
@ExtendWith(SharedDeployment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvidersIT {

    private static final String RATE_CODE = "carrier:dhl_express:dhl_express_worldwide";
    /** Far beyond the shop's 800 ms bound: a call that waited for the provider would take this long. */
    private static final int SLOW_MS = 8_000;
    /** The bound with a generous margin for a loaded machine, and still well below SLOW_MS. */
    private static final long BOUND_MS = 5_000;

    private static WireMockServer standIn;

    @BeforeAll
    static void standIn() throws Exception {
        standIn = ProviderSupport.start();
        ProviderSupport.useStandIn(standIn);
        SharedDeployment.redeploy();
        warmUp();
    }

    /**
     * The first call a fresh deployment makes through its Shippo client starts Jersey's client
     * side, which on a loaded machine takes longer than the 800 ms bound (the shop then serves its
     * fallback, as it should). The tests are about the protocol, the bounds and the circuit of the
     * rates and tracking calls, so the client is started first through another call of the same
     * client (address validation, a circuit of its own), asked until it answers in time; and the
     * stand-in's response templates are started by a call of the test's own.
     */
    private static void warmUp() throws Exception {
        // the stand-in's own first templated answer (Handlebars starting) can take longer than the shop's bound: start it first
        standIn.stubFor(post(urlEqualTo("/warm-up")).willReturn(aResponse().withStatus(200)
                .withBody("{{jsonPath request.body '$.id'}}").withTransformers("response-template")));
        java.net.http.HttpResponse<String> warm = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(standIn.baseUrl() + "/warm-up")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"id\":\"w\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals("w", warm.body(), "the stand-in's templates answer");
        standIn.stubFor(post(urlEqualTo("/addresses/")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"street1\":\"Invalidenstr. 1\",\"city\":\"Berlin\",\"zip\":\"10115\",\"country\":\"DE\","
                        + "\"validation_results\":{\"is_valid\":true}}")));
        for (int i = 0; i < 45; i++) { // beyond the 30 s its circuit stays open should the first calls all time out
            HttpResponse<String> check = CommerceSupport.send("POST", "/api/checkout/address-check", berlin().toString());
            if (check.statusCode() == 200 && !HttpSupport.json(check).getString("result").equals("UNCHECKED")) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the shop's Shippo client never answered within its bound");
    }

    @AfterAll
    static void standInAway() throws Exception {
        try {
            ProviderSupport.release(standIn);
        } finally {
            SharedDeployment.release();
        }
    }

    @BeforeEach
    void freshStubs() {
        standIn.resetAll();
    }

    private static void shippoRates(int delayMs) {
        standIn.stubFor(post(urlEqualTo("/shipments/")).willReturn(aResponse().withStatus(201).withFixedDelay(delayMs)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"object_id":"shp_1","status":"SUCCESS","messages":[],
                         "rates":[
                          {"object_id":"rate_1","amount":"7.45","currency":"EUR","provider":"DHL Express",
                           "servicelevel":{"name":"Express Worldwide","token":"dhl_express_worldwide"},"estimated_days":1},
                          {"object_id":"rate_2","amount":"9.10","currency":"USD","provider":"USPS",
                           "servicelevel":{"name":"Priority Mail International","token":"usps_priority_mail_international"},
                           "estimated_days":6}]}""")));
    }

    private static JsonObject address(String line1, String postalCode, String city, String country) {
        return Json.createObjectBuilder().add("name", "Ada Tester").add("line1", line1).add("postalCode", postalCode)
                .add("city", city).add("country", country).build();
    }

    private static HttpResponse<String> shippingOptions(String cart, JsonObject address) throws Exception {
        return CommerceSupport.send("POST", "/api/checkout/shipping-options",
                Json.createObjectBuilder().add("cartToken", cart).add("shippingAddress", address).build().toString());
    }

    private static JsonArray options(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static List<String> codes(JsonArray options) {
        return options.stream().map(o -> o.asJsonObject().getString("code")).toList();
    }

    private static JsonObject berlin() {
        return address("Invalidenstr. 1", "10115", "Berlin", "DE");
    }

    @Test
    @Order(1)
    void liveRatesAreOfferedNextToTheTableAndTheOrderIsChargedTheQuotedRate() throws Exception {
        shippoRates(0);
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        String cart = CommerceSupport.cartWith(sku, 2);
        JsonArray options = options(shippingOptions(cart, berlin()));
        assertTrue(codes(options).contains("standard"), "the shop's own methods stay: " + options);
        assertTrue(codes(options).contains(RATE_CODE), "the carrier's rate in the cart's currency is offered: " + options);
        assertFalse(codes(options).stream().anyMatch(c -> c.contains("usps")), "a rate in USD is left out of a EUR cart: " + options);
        JsonObject live = options.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("code").equals(RATE_CODE)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("7.45"), live.getJsonNumber("price").bigDecimalValue());
        assertEquals(1, live.getInt("estimatedDays"));
        assertTrue(live.getBoolean("live"));

        List<LoggedRequest> asked = standIn.findAll(postRequestedFor(urlEqualTo("/shipments/")));
        assertEquals(1, asked.size());
        assertEquals("ShippoToken " + ProviderSupport.SHIPPO_TOKEN, asked.get(0).getHeader("Authorization"));
        JsonObject shipment = Json.createReader(new StringReader(asked.get(0).getBodyAsString())).readObject();
        assertEquals("10115", shipment.getJsonObject("address_to").getString("zip"));
        assertEquals("DE", shipment.getJsonObject("address_to").getString("country"));
        assertEquals("kg", shipment.getJsonArray("parcels").getJsonObject(0).getString("mass_unit"));
        assertFalse(shipment.getBoolean("async"));

        // the carrier's price changes after the quote: the order is charged what the shopper was shown
        standIn.resetAll();
        String body = CommerceSupport.checkout(cart, "live-rate@example.org", null).add("shippingMethod", RATE_CODE).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        assertEquals("7.45", CommerceSupport.text("select shipping::text from customer_order where number = ?", number));
        assertEquals(RATE_CODE, CommerceSupport.text("select shipping_method from customer_order where number = ?", number));
        assertEquals(0, standIn.findAll(postRequestedFor(urlEqualTo("/shipments/"))).size(), "the quote was kept, not asked again");
    }

    @Test
    @Order(2)
    void aQuotedRateHoldsOnlyForItsCartsWeightAndCountry() throws Exception {
        shippoRates(0);
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        String cart = CommerceSupport.cartWith(sku, 1);
        assertTrue(codes(options(shippingOptions(cart, berlin()))).contains(RATE_CODE));
        String toParis = CommerceSupport.checkout(cart, "elsewhere@example.org", null).add("shippingMethod", RATE_CODE)
                .add("shippingAddress", address("1 Rue de Rivoli", "75001", "Paris", "FR")).build().toString();
        HttpResponse<String> refused = CommerceSupport.checkout(toParis, CommerceSupport.newKey());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("shippingMethod"), refused.body());

        String other = CommerceSupport.cartWith(sku, 3);
        String body = CommerceSupport.checkout(other, "other-cart@example.org", null).add("shippingMethod", RATE_CODE).build().toString();
        HttpResponse<String> notQuoted = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(400, notQuoted.statusCode(), "no rate was quoted for this cart: " + notQuoted.body());
        assertEquals(0, CommerceSupport.reserved(sku), "nothing was ordered");
    }

    @Test
    @Order(3)
    void aSlowCarrierServiceLeavesTheTableWithinTheBound() throws Exception {
        shippoRates(SLOW_MS);
        String cart = CommerceSupport.cartWith(CommerceSupport.newSkuWithStock("20.00", 10), 1);
        long started = System.nanoTime();
        JsonArray options = options(shippingOptions(cart, berlin()));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < BOUND_MS, "answered in " + tookMs + " ms although the carrier takes " + SLOW_MS);
        assertTrue(codes(options).contains("standard"), options.toString());
        assertTrue(codes(options).stream().noneMatch(c -> c.startsWith("carrier:")), "no live rate: " + options);
        assertEquals(1, standIn.findAll(postRequestedFor(urlEqualTo("/shipments/"))).size(), "the carrier was asked once");
    }

    @Test
    @Order(4)
    void aCarrierServiceThatFailsLeavesTheTable() throws Exception {
        standIn.stubFor(post(urlEqualTo("/shipments/")).willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        String cart = CommerceSupport.cartWith(CommerceSupport.newSkuWithStock("20.00", 10), 1);
        JsonArray options = options(shippingOptions(cart, berlin()));
        assertTrue(codes(options).contains("standard"), options.toString());
        assertTrue(codes(options).stream().noneMatch(c -> c.startsWith("carrier:")), options.toString());
        String body = CommerceSupport.checkout(cart, "table@example.org", null).build().toString();
        assertEquals(201, CommerceSupport.checkout(body, CommerceSupport.newKey()).statusCode(), "checkout goes on with the table");
    }

    @Test
    @Order(5)
    void taxComesFromTheTaxServiceAndFromTheShopsOwnRatesWhenItIsSlowOrDown() throws Exception {
        standIn.stubFor(post(urlEqualTo("/v2/taxes")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"tax":{"order_total_amount":30.0,"shipping":4.9,"taxable_amount":34.9,"amount_to_collect":2.44,"rate":0.07,
                         "has_nexus":true,"freight_taxable":true,"tax_source":"destination",
                         "breakdown":{"shipping":{"combined_tax_rate":0.07},
                          "line_items":[{"id":"{{jsonPath request.body '$.line_items[0].id'}}","combined_tax_rate":0.07}]}}}""")
                .withTransformers("response-template")));
        String sku = CommerceSupport.newSkuWithStock("10.70", 10);
        String number = place(sku, "taxjar@example.org");
        assertEquals(0, new BigDecimal("0.07").compareTo(lineRate(number, sku)), "the service's rate on the line");
        assertEquals(new BigDecimal("0.70"), new BigDecimal(CommerceSupport.text(
                "select l.tax::text from order_line l join customer_order o on o.id = l.order_id where o.number = ? and l.sku = ?", number, sku)),
                "10.70 including 7 %");
        LoggedRequest asked = standIn.findAll(postRequestedFor(urlEqualTo("/v2/taxes"))).get(0);
        assertEquals("Bearer " + ProviderSupport.TAXJAR_TOKEN, asked.getHeader("Authorization"));
        JsonObject order = Json.createReader(new StringReader(asked.getBodyAsString())).readObject();
        assertEquals("DE", order.getString("to_country"));
        assertEquals("10115", order.getString("to_zip"));
        assertEquals(sku, order.getJsonArray("line_items").getJsonObject(0).getString("id"));

        standIn.resetAll();
        standIn.stubFor(post(urlEqualTo("/v2/taxes")).willReturn(aResponse().withStatus(200).withFixedDelay(SLOW_MS)
                .withHeader("Content-Type", "application/json").withBody("{\"tax\":{\"has_nexus\":false}}")));
        long started = System.nanoTime();
        String slow = place(sku, "taxjar-slow@example.org");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < BOUND_MS, "checkout took " + tookMs + " ms although the tax service takes " + SLOW_MS);
        assertOwnRate(slow, sku);

        standIn.resetAll();
        standIn.stubFor(post(urlEqualTo("/v2/taxes")).willReturn(aResponse().withStatus(500)));
        assertOwnRate(place(sku, "taxjar-down@example.org"), sku);
    }

    private static String place(String sku, String email) throws Exception {
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), email, null).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return HttpSupport.json(placed).getString("number");
    }

    private static BigDecimal lineRate(String number, String sku) throws Exception {
        return new BigDecimal(CommerceSupport.text("select l.tax_rate::text from order_line l join customer_order o on o.id = l.order_id"
                + " where o.number = ? and l.sku = ?", number, sku));
    }

    private static void assertOwnRate(String number, String sku) throws Exception {
        BigDecimal rate = lineRate(number, sku);
        assertEquals(1, DatabaseSupport.count("select count(*) from tax_rate where country = 'DE' and rate = ?", rate),
                "the shop's own German rate, not the service's: " + rate);
        assertTrue(rate.compareTo(new BigDecimal("0.07")) != 0 || DatabaseSupport.count(
                "select count(*) from tax_rate where country = 'DE' and rate = 0.07") == 1, "rate " + rate);
    }

    @Test
    @Order(6)
    void addressValidationSuggestsTheCarriersFormAndNeverBlocks() throws Exception {
        standIn.stubFor(post(urlEqualTo("/addresses/")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"object_id":"adr_1","is_complete":true,"name":"Ada Tester","street1":"Invalidenstraße 1","street2":"",
                         "city":"Berlin","zip":"10115","country":"DE",
                         "validation_results":{"is_valid":true,"messages":[{"source":"Shippo Address Validator",
                          "code":"street_suffix","type":"address_correction","text":"The street name was completed."}]}}""")));
        HttpResponse<String> corrected = CommerceSupport.send("POST", "/api/checkout/address-check",
                address("Invalidenstr. 1", "10115", "berlin", "DE").toString());
        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonObject check = HttpSupport.json(corrected);
        assertEquals("CORRECTED", check.getString("result"));
        assertEquals("Invalidenstraße 1", check.getJsonObject("suggestion").getString("line1"));
        assertEquals("Berlin", check.getJsonObject("suggestion").getString("city"));
        assertEquals("Ada Tester", check.getJsonObject("suggestion").getString("name"), "the shopper's own name");
        assertEquals(List.of("The street name was completed."), check.getJsonArray("messages").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject sent = Json.createReader(new StringReader(standIn.findAll(postRequestedFor(urlEqualTo("/addresses/"))).get(0)
                .getBodyAsString())).readObject();
        assertTrue(sent.getBoolean("validate"));
        assertEquals("berlin", sent.getString("city"));

        standIn.resetAll();
        standIn.stubFor(post(urlEqualTo("/addresses/")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"object_id":"adr_2","is_complete":false,"street1":"Nowhere 99","city":"Berlin","zip":"10115","country":"DE",
                         "validation_results":{"is_valid":false,"messages":[{"code":"address_not_found","text":"Address not found."}]}}""")));
        JsonObject unknown = HttpSupport.json(CommerceSupport.send("POST", "/api/checkout/address-check",
                address("Nowhere 99", "10115", "Berlin", "DE").toString()));
        assertEquals("UNDELIVERABLE", unknown.getString("result"));
        assertFalse(unknown.containsKey("suggestion") && unknown.get("suggestion").getValueType() != JsonValue.ValueType.NULL);

        standIn.resetAll();
        standIn.stubFor(post(urlEqualTo("/addresses/")).willReturn(aResponse().withStatus(502)));
        assertEquals("UNCHECKED", HttpSupport.json(CommerceSupport.send("POST", "/api/checkout/address-check", berlin().toString()))
                .getString("result"));
        // the address the service could not find is still one the shop delivers to
        String sku = CommerceSupport.newSkuWithStock("5.00", 3);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "nowhere@example.org", null)
                .add("shippingAddress", address("Nowhere 99", "10115", "Berlin", "DE")).build().toString();
        assertEquals(201, CommerceSupport.checkout(body, CommerceSupport.newKey()).statusCode());

        HttpResponse<String> incomplete = CommerceSupport.send("POST", "/api/checkout/address-check",
                Json.createObjectBuilder().add("line1", "Somewhere 1").add("country", "DE").build().toString());
        assertEquals(400, incomplete.statusCode(), incomplete.body());
    }

    @Test
    @Order(7)
    void trackingStatusIsPulledIntoTheOrderAndTheLastDeliveredParcelDeliversIt() throws Exception {
        shippoRates(0);
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        String cart = CommerceSupport.cartWith(sku, 1);
        assertTrue(codes(options(shippingOptions(cart, berlin()))).contains(RATE_CODE));
        String body = CommerceSupport.checkout(cart, "tracked@example.org", null).add("shippingMethod", RATE_CODE).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        String admin = StaffSupport.adminToken();
        assertEquals(200, WorkflowSupport.capture(number, admin, CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(number)));
        String tracking = "JD0146000" + (System.nanoTime() % 100_000_000L);
        assertEquals(200, StaffSupport.as(admin, "POST", "/api/admin/orders/" + number + "/parcels",
                "{\"tracking\":\"" + tracking + "\",\"units\":{\"" + sku + "\":1}}").statusCode());
        assertEquals("SHIPPED", WorkflowSupport.status(number));
        assertEquals("dhl_express", CommerceSupport.text("select carrier from order_shipment where tracking = ?", tracking));

        stubTrack(tracking, "TRANSIT");
        JsonObject inTransit = HttpSupport.json(StaffSupport.as(admin, "POST", "/api/admin/orders/" + number + "/tracking", null));
        assertEquals("TRANSIT", inTransit.getJsonArray("parcels").getJsonObject(0).getString("trackingStatus"), inTransit.toString());
        assertEquals("SHIPPED", WorkflowSupport.status(number));
        assertEquals("ShippoToken " + ProviderSupport.SHIPPO_TOKEN,
                standIn.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlEqualTo("/tracks/dhl_express/" + tracking))).get(0).getHeader("Authorization"));

        standIn.resetAll();
        standIn.stubFor(get(urlEqualTo("/tracks/dhl_express/" + tracking)).willReturn(aResponse().withStatus(500)));
        StaffSupport.as(admin, "POST", "/api/admin/orders/" + number + "/tracking", null);
        assertEquals("TRANSIT", CommerceSupport.text("select tracking_status from order_shipment where tracking = ?", tracking),
                "no answer changes nothing");

        standIn.resetAll();
        stubTrack(tracking, "DELIVERED");
        JsonObject delivered = HttpSupport.json(StaffSupport.as(admin, "POST", "/api/admin/orders/" + number + "/tracking", null));
        assertEquals("DELIVERED", delivered.getJsonObject("order").getString("status"), delivered.toString());
        assertEquals("carrier dhl_express", CommerceSupport.text("select c.actor from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.number = ? and c.to_status = 'DELIVERED'", number));
    }

    private static void stubTrack(String tracking, String status) {
        standIn.stubFor(get(urlEqualTo("/tracks/dhl_express/" + tracking)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"carrier\":\"dhl_express\",\"tracking_number\":\"" + tracking
                        + "\",\"tracking_status\":{\"status\":\"" + status + "\",\"status_details\":\"\"},\"tracking_history\":[]}")));
    }

    @Test
    @Order(8) // last: the circuit stays open for 30 s
    void theCircuitOpensAfterRepeatedFailuresAndTheProviderIsNoLongerAsked() throws Exception {
        standIn.stubFor(post(urlEqualTo("/shipments/")).willReturn(aResponse().withStatus(500)));
        String cart = CommerceSupport.cartWith(CommerceSupport.newSkuWithStock("20.00", 10), 1);
        Map<String, Double> before = MetricsSupport.samples();
        for (int i = 0; i < 8; i++) {
            assertTrue(codes(options(shippingOptions(cart, berlin()))).contains("standard"));
        }
        int asked = standIn.findAll(postRequestedFor(urlEqualTo("/shipments/"))).size();
        assertTrue(asked >= 1 && asked <= 4, "the circuit opened after at most four failures; the carrier was asked " + asked + " times");
        Map<String, Double> after = MetricsSupport.samples();
        assertEquals(8 - asked, MetricsSupport.delta(before, after, "shop_provider_calls_total{call=carrier_rates, result=circuit_open}"),
                0.0, "every call the circuit answered is counted");
        assertEquals(asked, MetricsSupport.delta(before, after, "shop_provider_calls_total{call=carrier_rates, result=down}"), 0.0,
                "and every call that reached the failing carrier");
    }
}
