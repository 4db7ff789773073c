package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProductTest {

    private final Category apparel = new Category(new Slug("apparel"), "Apparel", "Clothes");

    private Product shirt() {
        return new Product(apparel, new Slug("shirt"), new Sku("APP-001"), "  Shirt ", null, Money.of("19.90", "EUR"));
    }

    @Test
    void trimsNamesAndDefaultsDescriptions() {
        Product shirt = shirt();
        assertEquals("Shirt", shirt.getName());
        assertEquals("", shirt.getDescription());
        assertEquals(apparel, shirt.getCategory());
    }

    @Test
    void refusesNegativeOrMissingPrices() {
        Product shirt = shirt();
        assertEquals("price", assertThrows(InvalidInputException.class,
                () -> shirt.reprice(Money.of("-0.01", "EUR"))).field());
        assertThrows(InvalidInputException.class, () -> shirt.reprice(null));
        assertEquals(Money.of("19.90", "EUR"), shirt.getPrice());
        shirt.reprice(Money.of("0", "EUR"));
        assertEquals(Money.of("0.00", "EUR"), shirt.getPrice());
    }

    @Test
    void refusesBlankOrOverlongNames() {
        Product shirt = shirt();
        assertThrows(InvalidInputException.class, () -> shirt.rename("   "));
        assertThrows(InvalidInputException.class, () -> shirt.rename("x".repeat(Product.MAX_NAME_LENGTH + 1)));
        assertEquals("Shirt", shirt.getName());
    }
}
