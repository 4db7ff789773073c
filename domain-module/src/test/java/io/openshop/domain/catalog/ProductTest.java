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

    @Test
    void aDraftIsNotSoldUntilPublishedAndUnpublishingStopsSelling() {
        java.util.Currency eur = java.util.Currency.getInstance("EUR");
        Product draft = Product.draft(apparel, new Slug("scarf"), new Sku("APP-002"), "Scarf", null, Money.of("9.00", "EUR"));
        assertEquals(ProductStatus.DRAFT, draft.getStatus());
        org.junit.jupiter.api.Assertions.assertNull(draft.priceIn(eur, null));
        org.junit.jupiter.api.Assertions.assertNull(draft.priceIn(draft.getVariants().get(0), eur, Money.of("8.00", "EUR")));
        draft.unpublish();
        assertEquals(ProductStatus.DRAFT, draft.getStatus(), "a draft that was never shown stays a draft");
        draft.publish();
        assertEquals(Money.of("9.00", "EUR"), draft.priceIn(eur, null));
        assertEquals(Money.of("8.00", "EUR"), draft.priceIn(draft.getVariants().get(0), eur, Money.of("8.00", "EUR")));
        draft.unpublish();
        assertEquals(ProductStatus.UNPUBLISHED, draft.getStatus());
        org.junit.jupiter.api.Assertions.assertNull(draft.priceIn(eur, Money.of("8.00", "EUR")));
        assertEquals(ProductStatus.PUBLISHED, shirt().getStatus(), "made outside the back office, a product is on sale at once");
    }

    @Test
    void anyPictureCanBecomeTheOneListingsShow() {
        Product shirt = shirt();
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        shirt.addImage(new ProductImage(a, "Front"));
        shirt.addImage(new ProductImage(b, "Back"));
        assertEquals(a, shirt.getImageHash());
        shirt.showFirst(b);
        assertEquals(b, shirt.getImageHash());
        assertEquals(java.util.List.of(b, a), shirt.getImages().stream().map(ProductImage::getContentHash).toList());
        assertEquals("image", assertThrows(InvalidInputException.class, () -> shirt.showFirst("c".repeat(64))).field());
    }
}
