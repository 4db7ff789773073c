package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The variants options make: the rule Product.defineOptions and the catalog generator share. */
class VariantPlanTest {

    private static final List<OptionSpec> TEE = List.of(new OptionSpec("colour", "Colour", List.of("Blackberry", "Blackcurrant")),
            new OptionSpec("size", "Size", List.of("S", "M", "L")));

    @Test
    void oneVariantPerCombinationTheFirstOptionSlowestWithCodesMadeUniqueWithinAnOption() {
        List<VariantPlan> plans = VariantPlan.of(new Sku("GEN-0000001"), TEE);
        assertEquals(List.of("GEN-0000001-BLAC-S", "GEN-0000001-BLAC-M", "GEN-0000001-BLAC-L",
                "GEN-0000001-BLA2-S", "GEN-0000001-BLA2-M", "GEN-0000001-BLA2-L"), plans.stream().map(p -> p.sku().value()).toList());
        assertEquals("colour=blackberry;size=s", plans.get(0).signature());
        assertEquals(Map.of("colour", "Blackcurrant", "size", "L"), plans.get(5).options());
    }

    @Test
    void aTooLongSkuFallsBackToThePositionAndNoOptionsGiveTheDefaultVariant() {
        List<VariantPlan> plans = VariantPlan.of(new Sku("A-VERY-LONG-PRODUCT-SKU-0000001"), TEE);
        assertEquals("A-VERY-LONG-PRODUCT-SKU-00000-V6", plans.get(5).sku().value());
        List<VariantPlan> plain = VariantPlan.of(new Sku("PLAIN-1"), List.of());
        assertEquals(1, plain.size());
        assertEquals("PLAIN-1", plain.get(0).sku().value());
        assertEquals("", plain.get(0).signature());
        assertThrows(InvalidInputException.class, () -> VariantPlan.of(new Sku("PLAIN-1"), List.of(TEE.get(0), TEE.get(0))));
    }

    @Test
    void aProductDefinesExactlyThePlannedVariants() {
        Product tee = new Product(new Category(new Slug("apparel"), "Apparel", ""), new Slug("tee"), new Sku("GEN-0000001"),
                "Tee", "", Money.of("20.00", "EUR"));
        tee.defineOptions(TEE);
        List<VariantPlan> plans = VariantPlan.of(new Sku("GEN-0000001"), TEE);
        assertEquals(plans.stream().map(p -> p.sku().value() + " " + p.signature()).toList(),
                tee.getVariants().stream().map(v -> v.getSku().value() + " " + v.getSignature()).toList());
    }
}
