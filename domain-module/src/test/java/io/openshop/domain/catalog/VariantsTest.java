package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantsTest {

    private final Category apparel = new Category(new Slug("apparel"), "Apparel", "");
    private final Product tee = new Product(apparel, new Slug("tee"), new Sku("APP-TEE-001"), "Tee", "", Money.of("20.00", "EUR"));

    private static final OptionSpec COLOUR = new OptionSpec("colour", "Colour", List.of("White", "Navy"));
    private static final OptionSpec SIZE = new OptionSpec("size", "Size", List.of("S", "M", "L"));

    @Test
    void aProductWithoutOptionsHasOneDefaultVariantWithItsSku() {
        assertEquals(1, tee.getVariants().size());
        Variant only = tee.getVariants().get(0);
        assertTrue(only.isDefault());
        assertEquals("APP-TEE-001", only.getSku().value());
    }

    @Test
    void twoOptionsOfTwoAndThreeValuesMakeSixVariantsWithTheirOwnSkus() {
        tee.defineOptions(List.of(COLOUR, SIZE));
        List<Variant> variants = tee.getVariants();
        assertEquals(6, variants.size());
        Set<String> skus = variants.stream().map(v -> v.getSku().value()).collect(Collectors.toSet());
        assertEquals(6, skus.size(), "unique SKUs: " + skus);
        assertTrue(skus.contains("APP-TEE-001-WHIT-M"), skus.toString());
        assertEquals(Map.of("colour", "Navy", "size", "L"), variants.get(5).getOptions(), "values in the order given");
        assertTrue(tee.variantWith(Map.of("size", "M", "colour", "White")).isPresent());
        assertTrue(tee.variantWith(Map.of("size", "XL", "colour", "White")).isEmpty());
        assertTrue(tee.variantWith(Map.of("size", "M")).isEmpty(), "a partial choice names no variant");
    }

    @Test
    void redefiningOptionsKeepsTheVariantsThatStillExist() {
        tee.defineOptions(List.of(COLOUR, SIZE));
        Variant whiteM = tee.variantWith(Map.of("colour", "White", "size", "M")).orElseThrow();
        whiteM.overridePrice(Money.of("22.00", "EUR"));
        tee.defineOptions(List.of(COLOUR, new OptionSpec("size", "Size", List.of("M", "L", "XL"))));
        assertEquals(6, tee.getVariants().size());
        assertSame(whiteM, tee.variantWith(Map.of("colour", "White", "size", "M")).orElseThrow());
        assertEquals(Money.of("22.00", "EUR"), whiteM.getPriceOverride());
        assertTrue(tee.variantWith(Map.of("colour", "Navy", "size", "S")).isEmpty());
    }

    @Test
    void similarValuesStillGetDistinctSkuCodes() {
        tee.defineOptions(List.of(new OptionSpec("colour", "Colour", List.of("Navy Blue", "Navy Green", "Navy"))));
        Set<String> skus = tee.getVariants().stream().map(v -> v.getSku().value()).collect(Collectors.toSet());
        assertEquals(3, skus.size(), skus.toString());
    }

    @Test
    void aVariantPriceIsInTheProductsCurrencyAndNeverNegative() {
        Variant v = tee.getVariants().get(0);
        assertThrows(InvalidInputException.class, () -> v.overridePrice(Money.of("5.00", "USD")));
        assertThrows(InvalidInputException.class, () -> v.overridePrice(Money.of("-1.00", "EUR")));
        assertNull(v.getPriceOverride());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(InvalidInputException.class, () -> new OptionSpec("Size", "Size", List.of("S")), "code form");
        assertThrows(InvalidInputException.class, () -> new OptionSpec("size", "Size", List.of()), "no values");
        assertThrows(InvalidInputException.class, () -> new OptionSpec("size", "Size", List.of("S", "S")), "duplicate value");
        assertThrows(InvalidInputException.class, () -> tee.defineOptions(List.of(SIZE, SIZE)), "duplicate option");
        OptionSpec ten = new OptionSpec("a", "A", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        assertThrows(InvalidInputException.class, () -> tee.defineOptions(List.of(ten, ten.withCode("b"), ten.withCode("c"))),
                "1,000 variants are too many");
        assertEquals(1, tee.getVariants().size(), "a refused definition changes nothing");
    }

    @Test
    void aListPriceWinsThenTheVariantsOwnThenTheBasePrice() {
        tee.defineOptions(List.of(SIZE));
        Variant l = tee.variantWith(Map.of("size", "L")).orElseThrow();
        Variant s = tee.variantWith(Map.of("size", "S")).orElseThrow();
        l.overridePrice(Money.of("24.00", "EUR"));
        java.util.Currency eur = java.util.Currency.getInstance("EUR");
        java.util.Currency usd = java.util.Currency.getInstance("USD");
        assertEquals(Money.of("24.00", "EUR"), tee.priceIn(l, eur, null));
        assertEquals(Money.of("20.00", "EUR"), tee.priceIn(s, eur, null));
        assertEquals(Money.of("16.00", "EUR"), tee.priceIn(l, eur, Money.of("16.00", "EUR")), "a sale covers every variant");
        assertNull(tee.priceIn(l, usd, null), "not sold in USD without a USD list");
        assertEquals(Money.of("26.99", "USD"), tee.priceIn(s, usd, Money.of("26.99", "USD")));
    }
}
