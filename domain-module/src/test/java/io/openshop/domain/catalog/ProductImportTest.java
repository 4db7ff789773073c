package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductImportTest {

    private final Category kitchen = withId(new Category(new Slug("home-kitchen"), "Kitchen", ""), 1L);
    private final Category garden = withId(new Category(new Slug("garden"), "Garden", ""), 2L);
    private final ProductType clothing = withId(new ProductType(new Slug("clothing"), "Clothing", List.of(
            new AttributeDefinition("material", "Material", AttributeKind.ENUM, List.of("Cotton", "Wool"), true, true),
            new AttributeDefinition("fit", "Fit", AttributeKind.ENUM, List.of("Slim", "Regular"), false, true))), 7L);
    private final ImportReferences references = new ImportReferences(Map.of("home-kitchen", 1L, "garden", 2L),
            Map.of("clothing", clothing), Map.of("winter-sale", 30L), Map.of("berlin", 40L, "rotterdam", 41L));

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> fields = new HashMap<>(Map.of("sku", "mug-1", "name", "Mug", "category", "home-kitchen", "price", "12.50",
                "currency", "eur"));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                fields.remove(pairs[i]);
            } else {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        return fields;
    }

    private static String refusedField(Map<String, String> fields) {
        return assertThrows(InvalidInputException.class, () -> ProductImportRow.of(fields)).field();
    }

    @Test
    void aRowIsReadWithItsDefaultsAndItsMaps() {
        ProductImportRow row = ProductImportRow.of(row("type", "clothing", "attributes", "material=Cotton; fit=Slim",
                "prices", "winter-sale=11.00", "stock", "berlin=7;rotterdam=0"));
        assertEquals("MUG-1", row.sku().value(), "a SKU is forgiven its case");
        assertEquals(Money.of("12.50", "EUR"), row.price());
        assertEquals(ProductStatus.PUBLISHED, row.status());
        assertEquals("standard", row.taxClass());
        assertEquals(500, row.weightGrams());
        assertEquals(Map.of("material", "Cotton", "fit", "Slim"), row.attributes());
        assertEquals(Map.of("winter-sale", new BigDecimal("11.00")), row.prices());
        assertEquals(Map.of("berlin", 7, "rotterdam", 0), row.stock());
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertEquals("sku", refusedField(row("sku", null)));
        assertEquals("price", refusedField(row("price", "abc")));
        assertEquals("price", refusedField(row("price", "-1")));
        assertEquals("price", refusedField(row("price", "1.999")));
        assertEquals("currency", refusedField(row("currency", "EURO")));
        assertEquals("status", refusedField(row("status", "SOLD")));
        assertEquals("stock.berlin", refusedField(row("stock", "berlin=-1")));
        assertEquals("stock", refusedField(row("stock", "berlin")));
        assertEquals("stock", refusedField(row("stock", "berlin=1;berlin=2")));
        assertEquals("attributes", refusedField(row("attributes", "material=Cotton")), "attributes need a type");
        assertEquals("colour", refusedField(row("colour", "red")), "an unknown column");
        assertEquals("weight_grams", refusedField(row("weight_grams", "heavy")));
    }

    @Test
    void referencesAndAttributeValuesAreCheckedAgainstTheShop() {
        ImportReferences.Resolved resolved = references.resolve(ProductImportRow.of(row("type", "clothing",
                "attributes", "material=Wool", "prices", "winter-sale=9", "stock", "rotterdam=3")));
        assertEquals(1L, resolved.categoryId());
        assertEquals(7L, resolved.typeId());
        assertEquals(Map.of(30L, new BigDecimal("9")), resolved.prices());
        assertEquals(Map.of(41L, 3), resolved.stock());

        assertEquals("attributes.material", assertThrows(InvalidInputException.class, () -> references.resolve(
                ProductImportRow.of(row("type", "clothing", "attributes", "material=Plastic")))).field(), "an enum value outside its set");
        assertEquals("attributes.material", assertThrows(InvalidInputException.class, () -> references.resolve(
                ProductImportRow.of(row("type", "clothing")))).field(), "a required attribute missing");
        assertEquals("category", assertThrows(InvalidInputException.class, () -> references.resolve(
                ProductImportRow.of(row("category", "nowhere")))).field());
        assertEquals("prices.spring", assertThrows(InvalidInputException.class, () -> references.resolve(
                ProductImportRow.of(row("prices", "spring=1")))).field());
        assertEquals("stock.madrid", assertThrows(InvalidInputException.class, () -> references.resolve(
                ProductImportRow.of(row("stock", "madrid=1")))).field());
    }

    @Test
    void aProductTakesOnlyWhatDiffersAndAnEqualRowLeavesItUntouched() {
        Product product = new Product(kitchen, new Slug("mug"), new Sku("MUG-1"), "Mug", "", Money.of("12.50", "EUR"));
        ProductImportRow same = ProductImportRow.of(row());
        assertFalse(product.importFrom(same, kitchen, null, Map.of()), "nothing differs");

        ProductImportRow changed = ProductImportRow.of(row("name", "Big mug", "category", "garden", "status", "UNPUBLISHED",
                "type", "clothing", "attributes", "material=Wool"));
        assertTrue(product.importFrom(changed, garden, clothing, clothing.validate(changed.attributes())));
        assertEquals("Big mug", product.getName());
        assertEquals(garden, product.getCategory());
        assertEquals(ProductStatus.UNPUBLISHED, product.getStatus());
        assertEquals(Map.of("material", "Wool"), product.getAttributes());
        assertFalse(product.importFrom(changed, garden, clothing, clothing.validate(changed.attributes())), "the same row again");

        assertFalse(product.importFrom(ProductImportRow.of(row("name", "Big mug", "category", "garden", "status", "DRAFT",
                "type", "clothing", "attributes", "material=Wool")), garden, clothing, Map.of("material", "Wool")),
                "an import never makes a product a draft again");
        assertTrue(product.importFrom(ProductImportRow.of(row("name", "Big mug", "category", "garden", "status", "UNPUBLISHED")),
                garden, null, Map.of()), "no type: the type and its attributes go");
        assertNull(product.getProductType());
        assertEquals(Map.of(), product.getAttributes());
    }

    @Test
    void aProductRowListsItsOptionsAndAVariantRowIsOneCombination() {
        ProductImportRow shirt = ProductImportRow.of(row("options", "size=S|M|L; eu-fit=Slim|Regular"));
        assertEquals(List.of(new OptionSpec("size", "Size", List.of("S", "M", "L")),
                new OptionSpec("eu-fit", "Eu fit", List.of("Slim", "Regular"))), shirt.options());
        assertEquals("stock", refusedField(row("options", "size=S|M", "stock", "berlin=1")),
                "a product with options keeps its stock on its variants' rows");
        assertEquals("options", refusedField(row("options", "size=S|S")), "a value twice");
        assertEquals("options", refusedField(row("options", "a=1;b=1;c=1;d=1")), "four options");
        assertEquals("mug-mug-1", ProductImportRow.of(row()).slug().value(), "a new product's address is its name's and its SKU's");

        Map<String, String> fields = new HashMap<>(Map.of("sku", "mug-1-m", "product", "mug-1", "options", "size=M",
                "price", "13.5", "stock", "berlin=4", "name", ""));
        assertTrue(ProductImportRow.isVariantRow(fields));
        VariantImportRow variant = VariantImportRow.of(fields);
        assertEquals("MUG-1", variant.product().value());
        assertEquals("size=m", variant.signature());
        assertEquals(new BigDecimal("13.5"), variant.price());
        assertEquals(Map.of("berlin", 4), variant.stock());
        assertEquals(Map.of(40L, 4), references.resolve(variant).stock());

        assertEquals("name", variantRefused(fields, "name", "Mug"), "a product's column on a variant row");
        assertEquals("options", variantRefused(fields, "options", "size=S|M"), "a variant is one value per option");
        assertEquals("options", variantRefused(fields, "options", null));
        assertEquals("product", variantRefused(fields, "product", "mug-1-m"), "a variant is not its own product");
        assertEquals("price", variantRefused(fields, "price", "-2"));
        assertEquals("currency", variantRefused(fields, "currency", "EURO"));
        assertEquals("product", refusedField(row("product", "mug-2")), "a variant row is not a product row");
    }

    private static String variantRefused(Map<String, String> fields, String column, String value) {
        Map<String, String> changed = new HashMap<>(fields);
        if (value == null) {
            changed.remove(column);
        } else {
            changed.put(column, value);
        }
        return assertThrows(InvalidInputException.class, () -> VariantImportRow.of(changed)).field();
    }

    @Test
    void importedOptionsKeepTheirLabelsAndVariantRowsRenameAndPriceTheirVariant() {
        Product shirt = new Product(kitchen, new Slug("shirt"), new Sku("SHIRT-1"), "Shirt", "", Money.of("20.00", "EUR"));
        shirt.defineOptions(List.of(new OptionSpec("size", "Shirt size", List.of("S", "M"))));
        assertFalse(shirt.importOptions(List.of()), "no options in the row leave the product's alone");
        assertFalse(shirt.importOptions(List.of(new OptionSpec("size", "Size", List.of("S", "M")))), "the same codes and values");
        Variant medium = shirt.variantWith(Map.of("size", "M")).orElseThrow();
        assertTrue(shirt.importOptions(List.of(new OptionSpec("size", "Size", List.of("M", "S", "L")))));
        assertEquals("Shirt size", shirt.getOptions().get(0).getLabel(), "an option keeps its label");
        assertEquals(List.of("M", "S", "L"), shirt.getOptions().get(0).getValues());
        assertEquals(3, shirt.getVariants().size());
        assertTrue(shirt.getVariants().contains(medium), "a combination that survives keeps its variant");

        VariantImportRow large = VariantImportRow.of(Map.of("sku", "erp-4711", "product", "shirt-1", "options", "size=l",
                "price", "22.5"));
        assertTrue(shirt.importVariant(large));
        Variant variant = shirt.variantWith(Map.of("size", "L")).orElseThrow();
        assertEquals("ERP-4711", variant.getSku().value(), "the variant takes the row's SKU");
        assertEquals(Money.of("22.50", "EUR"), variant.getPriceOverride());
        assertFalse(shirt.importVariant(large), "the same row again changes nothing");
        assertTrue(shirt.importVariant(VariantImportRow.of(Map.of("sku", "erp-4711", "product", "shirt-1", "options", "size=L"))));
        assertNull(variant.getPriceOverride(), "no price: the product's price again");

        assertEquals("options", assertThrows(InvalidInputException.class, () -> shirt.importVariant(VariantImportRow.of(
                Map.of("sku", "shirt-x1", "product", "shirt-1", "options", "size=XL")))).field(), "a combination the options do not make");
        assertEquals("currency", assertThrows(InvalidInputException.class, () -> shirt.importVariant(VariantImportRow.of(
                Map.of("sku", "shirt-x1", "product", "shirt-1", "options", "size=S", "price", "3", "currency", "USD")))).field());
        assertEquals("price", assertThrows(InvalidInputException.class, () -> shirt.importVariant(VariantImportRow.of(
                Map.of("sku", "shirt-x1", "product", "shirt-1", "options", "size=S", "price", "3.333")))).field());
        assertTrue(shirt.getVariants().stream().noneMatch(v -> v.getSku().value().equals("SHIRT-X1")), "a refused row changes nothing");
    }
}
