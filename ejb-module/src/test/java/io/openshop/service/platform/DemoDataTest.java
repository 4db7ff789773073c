package io.openshop.service.platform;

import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import io.openshop.domain.promotion.Coupon;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo catalog obeys every rule the shop enforces, so that loading it can never fail at deployment. */
class DemoDataTest {

    private final List<String[]> categories = DemoDataLoader.rows("demo/categories.tsv", 4);
    private final List<String[]> products = DemoDataLoader.rows("demo/products.tsv", 7);

    @Test
    void hasAtLeastFiftyProductsInFiveTopLevelCategories() {
        assertEquals(5, categories.stream().filter(c -> c[3].isBlank()).count());
        Set<String> seen = new HashSet<>();
        for (String[] c : categories) {
            assertTrue(c[3].isBlank() || seen.contains(c[3]), c[0] + " comes after its parent " + c[3]);
            seen.add(c[0]);
        }
        assertTrue(products.size() >= 50, "products: " + products.size());
        Set<String> categorySlugs = categories.stream().map(c -> new Slug(c[0]).value()).collect(Collectors.toSet());
        Map<String, Long> perCategory = products.stream().collect(Collectors.groupingBy(p -> p[0], Collectors.counting()));
        assertEquals(categorySlugs, perCategory.keySet(), "every product in a known category, every category used");
    }

    @Test
    void everyProductIsValidAndUnique() {
        Set<String> slugs = new HashSet<>();
        Set<String> skus = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String[] p : products) {
            assertTrue(slugs.add(new Slug(p[1]).value()), "duplicate slug " + p[1]);
            assertTrue(skus.add(new Sku(p[2]).value()), "duplicate SKU " + p[2]);
            assertTrue(names.add(p[3]), "duplicate name " + p[3]);
            assertTrue(p[3].length() <= Product.MAX_NAME_LENGTH && !p[3].isBlank(), "name " + p[3]);
            Money price = Money.of(p[4], p[5]);
            assertTrue(price.amount().signum() > 0, "a demo product has a price: " + p[3]);
            assertTrue(p[6].length() >= 20, "a demo product is described: " + p[3]);
        }
    }

    @Test
    void theDemoCouponsAreTheOnesTheReadmeNamesEachWithAGenerousLimit() {
        List<Coupon> coupons = DemoDataLoader.demoCoupons();
        assertEquals(List.of("WELCOME10", "FREESHIP", "SAVE5"), coupons.stream().map(Coupon::getCode).toList());
        assertTrue(coupons.stream().allMatch(c -> c.isActive() && c.getUsageLimit() >= 1000), "usable by many people trying the shop");
        assertEquals(Money.of("5.00", "EUR"), coupons.get(2).getAmount());
        assertTrue(coupons.get(1).givesFreeShipping());
    }
}
