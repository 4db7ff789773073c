package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.checkout.AddressValidator;
import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.TaxProvider;
import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.shared.PostalAddress;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The providers' answers as their documentation shows them, read into the shop's terms. */
class ProviderAnswersParsingTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void shippoRatesInTheCartsCurrencyOrItsLocalOneAreKeptOthersLeftOut() {
        List<CarrierRate> rates = ShippoCarriers.rates(json("""
                {"rates":[
                 {"amount":"7.45","currency":"EUR","provider":"DHL Express","servicelevel":{"name":"Express Worldwide","token":"dhl_express_worldwide"},"estimated_days":1},
                 {"amount":"9.10","currency":"USD","amount_local":"8.40","currency_local":"EUR","provider":"USPS","servicelevel":{"name":"Priority","token":"usps_priority"}},
                 {"amount":"3.00","currency":"USD","provider":"UPS","servicelevel":{"token":"ups_ground"}},
                 {"amount":"1.00","currency":"EUR","servicelevel":{"token":"no_provider"}}]}"""), "EUR");
        assertEquals(List.of("carrier:dhl_express:dhl_express_worldwide", "carrier:usps:usps_priority"),
                rates.stream().map(CarrierRate::code).toList());
        assertEquals(new BigDecimal("8.40"), rates.get(1).price().amount());
        assertEquals("DHL Express Express Worldwide", rates.get(0).name());
        assertEquals(1, rates.get(0).estimatedDays());
        assertNull(rates.get(1).estimatedDays());
    }

    @Test
    void shippoTrackingStatusesAndUnknownOnes() {
        assertEquals(TrackingStatus.DELIVERED, ShippoCarriers.status(json("{\"tracking_status\":{\"status\":\"DELIVERED\"}}")));
        assertEquals(TrackingStatus.UNKNOWN, ShippoCarriers.status(json("{\"tracking_status\":{\"status\":\"LOST_IN_SPACE\"}}")));
        assertEquals(TrackingStatus.UNKNOWN, ShippoCarriers.status(json("{}")));
    }

    @Test
    void shippoValidationIsVerifiedCorrectedOrUndeliverable() {
        PostalAddress typed = new PostalAddress("Ada", "Invalidenstr. 1", null, "10115", "berlin", "DE");
        AddressValidator.Check same = ShippoAddressValidator.check(typed, json("""
                {"street1":"Invalidenstr. 1","city":"berlin","zip":"10115","country":"DE","validation_results":{"is_valid":true}}"""));
        assertEquals(AddressValidator.Result.VERIFIED, same.result());
        AddressValidator.Check corrected = ShippoAddressValidator.check(typed, json("""
                {"street1":"Invalidenstraße 1","street2":"","city":"Berlin","zip":"10115","country":"DE",
                 "validation_results":{"is_valid":true,"messages":[{"text":"completed"}]}}"""));
        assertEquals(AddressValidator.Result.CORRECTED, corrected.result());
        assertEquals("Berlin", corrected.suggestion().getCity());
        assertEquals("Ada", corrected.suggestion().getName());
        assertEquals(List.of("completed"), corrected.messages());
        assertEquals(AddressValidator.Result.UNDELIVERABLE, ShippoAddressValidator.check(typed,
                json("{\"validation_results\":{\"is_valid\":false}}")).result());
    }

    @Test
    void taxJarRatesPerLineAndForShippingAndNoneWithoutNexus() {
        TaxProvider.Rates rates = TaxJarTaxProvider.rates(json("""
                {"tax":{"rate":0.0725,"has_nexus":true,"freight_taxable":true,
                 "breakdown":{"shipping":{"combined_tax_rate":0.07},"line_items":[{"id":"TEE-1","combined_tax_rate":0.0725}]}}}"""));
        assertEquals(Map.of("TEE-1", new BigDecimal("0.0725")), rates.lines());
        assertEquals(new BigDecimal("0.07"), rates.shipping());
        assertEquals(new BigDecimal("0.0725"), TaxJarTaxProvider.rates(json("""
                {"tax":{"rate":0.0725,"has_nexus":true,"freight_taxable":true,"breakdown":{"line_items":[]}}}""")).shipping(),
                "freight taxable at the order's rate when the breakdown has no shipping part");
        TaxProvider.Rates none = TaxJarTaxProvider.rates(json("{\"tax\":{\"has_nexus\":false,\"rate\":0.0}}"));
        assertEquals(Map.of(), none.lines());
        assertEquals(BigDecimal.ZERO, none.shipping());
    }
}
