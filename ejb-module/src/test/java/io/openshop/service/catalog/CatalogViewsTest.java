package io.openshop.service.catalog;

import io.openshop.domain.catalog.AttributeDefinition;
import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records the catalog boundary hands out, read from the aggregates as pages and clients need them. */
class CatalogViewsTest {

    private final Category apparel = new Category(new Slug("apparel"), "Apparel", "");
    private final Category tops = new Category(new Slug("tops"), "Tops", "Shirts and more");
    private final Category tees = new Category(new Slug("tees"), "T-shirts", "");
    private final ProductType clothing = new ProductType(new Slug("clothing"), "Clothing", List.of(
            new AttributeDefinition("material", "Material", AttributeKind.ENUM, List.of("Cotton", "Wool"), true, true),
            new AttributeDefinition("organic", "Organic", AttributeKind.BOOLEAN, null, false, true),
            new AttributeDefinition("care", "Care", AttributeKind.TEXT, null, false, false)));
    private final Product tee;

    CatalogViewsTest() throws ReflectiveOperationException {
        tops.moveUnder(apparel);
        tees.moveUnder(tops);
        tee = new Product(tees, new Slug("tee"), new Sku("APP-TEE-001"), "Tee", "Soft.", Money.of("20.00", "EUR"));
        tee.defineOptions(List.of(new OptionSpec("size", "Size", List.of("S", "M")),
                new OptionSpec("colour", "Colour", List.of("White", "Navy"))));
        tee.classify(clothing, Map.of("organic", "true", "material", "Cotton"));
        Field id = Product.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(tee, 7L);
    }

    private ProductView view() {
        return ProductView.of(tee, Money.of("20.00", "EUR"),
                v -> ProductView.variant(v, Money.of("20.00", "EUR"), StockStatus.IN_STOCK, 12));
    }

    @Test
    void aProductViewCarriesItsCategoryWithTheBreadcrumbsAboveIt() {
        ProductView view = view();
        assertEquals(7L, view.id());
        assertEquals(new CategoryRef("tees", "T-shirts"), view.category());
        assertEquals(List.of(new CategoryRef("apparel", "Apparel"), new CategoryRef("tops", "Tops")), view.breadcrumbs(),
                "from the top down, without the product's own category");
        assertEquals(List.of("size", "colour"), view.options().stream().map(ProductView.Option::code).toList(), "in the order defined");
        assertEquals(4, view.variants().size());
    }

    @Test
    void factsFollowTheTypesOrderAndAttributesAreSortedByCode() {
        ProductView view = view();
        assertEquals(List.of("material", "organic"), view.facts().stream().map(ProductView.Fact::code).toList(),
                "the type's order; an attribute the product lacks is not a fact");
        assertEquals(AttributeKind.BOOLEAN, view.facts().get(1).kind());
        assertEquals(List.of("material", "organic"), List.copyOf(view.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> view.attributes().put("x", "y"));
    }

    @Test
    void aChoiceOfAllOptionsNamesOneVariantWhateverTheCase() {
        ProductView view = view();
        ProductView.VariantView navyM = view.variantWith(Map.of("colour", "Navy", "size", "M")).orElseThrow();
        assertEquals(Map.of("colour", "Navy", "size", "M"), navyM.options());
        assertEquals(List.of("colour", "size"), List.copyOf(navyM.options().keySet()), "options in code order");
        assertEquals(navyM, view.variantWith(Map.of("colour", "navy", "size", "m")).orElseThrow(), "the domain's rule: values without case");
        assertTrue(view.variantWith(Map.of("size", "M")).isEmpty(), "a partial choice names no variant");
        assertEquals(navyM, view.variant(navyM.sku()).orElseThrow());
        assertTrue(navyM.isAvailable());
    }

    @Test
    void aCategoryViewKnowsItsParentFromItsAncestors() {
        CategoryView leaf = CategoryView.of(tees);
        assertEquals("tops", leaf.parent());
        assertEquals(List.of("apparel", "tops"), leaf.ancestors().stream().map(CategoryRef::slug).toList());
        assertNull(CategoryView.of(apparel).parent(), "a top category has none");
    }

    @Test
    void aSummaryReadsOnlyTheProductAndItsCategory() {
        ProductSummary summary = ProductSummary.of(tee, Money.of("18.00", "EUR"));
        assertEquals("tee", summary.slug());
        assertEquals(new CategoryRef("tees", "T-shirts"), summary.category());
        assertEquals(Money.of("18.00", "EUR"), summary.price());
        assertNull(summary.imageHash(), "no picture yet");
    }

    @Test
    void staffSeeTheTypesDefinitionsBesideTheValues() {
        StaffProduct staff = StaffProduct.of(tee, java.util.List.of(), java.util.Map.of());
        assertEquals("clothing", staff.type());
        assertEquals("tees", staff.category());
        assertEquals(Money.of("20.00", "EUR"), staff.basePrice());
        assertEquals(List.of("material", "organic", "care"), staff.definitions().stream().map(StaffProduct.AttributeSpec::code).toList());
        assertEquals(List.of("Cotton", "Wool"), staff.definitions().get(0).allowedValues());
        assertTrue(staff.definitions().get(0).required());
        assertEquals(List.of(), staff.definitions().get(2).allowedValues(), "a free text has no list");
        assertEquals("Cotton", staff.attributes().get("material"));
    }
}
