package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTypeTest {

    private final ProductType clothing = new ProductType(new Slug("clothing"), "Clothing", List.of(
            new AttributeDefinition("material", "Material", AttributeKind.ENUM, List.of("Cotton", "Wool"), true, true),
            new AttributeDefinition("weight-g", "Weight (g)", AttributeKind.NUMBER, null, false, false),
            new AttributeDefinition("organic", "Organic", AttributeKind.BOOLEAN, null, false, true),
            new AttributeDefinition("care", "Care", AttributeKind.TEXT, null, false, false)));

    private final Product tee = new Product(new Category(new Slug("apparel"), "Apparel", ""), new Slug("tee"),
            new Sku("APP-TEE-001"), "Tee", "", Money.of("20.00", "EUR"));

    @Test
    void valuesAreStoredInTheirCanonicalForm() {
        tee.classify(clothing, Map.of("material", "cotton", "weight-g", "180.0", "organic", "Yes", "care", " Wash at 30 "));
        assertEquals(Map.of("material", "Cotton", "weight-g", "180", "organic", "true", "care", "Wash at 30"), tee.getAttributes());
        assertEquals(clothing, tee.getProductType());
    }

    @Test
    void anEnumRejectsAValueOutsideItsSet() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tee.classify(clothing, Map.of("material", "Silk")));
        assertEquals("attributes.material", e.field());
        assertTrue(e.getMessage().contains("Cotton, Wool"), e.getMessage());
        assertNull(tee.getProductType(), "a refused classification changes nothing");
        assertTrue(tee.getAttributes().isEmpty());
    }

    @Test
    void kindsRequiredAttributesAndUnknownCodesAreChecked() {
        assertEquals("attributes.weight-g", assertThrows(InvalidInputException.class,
                () -> clothing.validate(Map.of("material", "Wool", "weight-g", "heavy"))).field());
        assertEquals("attributes.organic", assertThrows(InvalidInputException.class,
                () -> clothing.validate(Map.of("material", "Wool", "organic", "maybe"))).field());
        assertEquals("attributes.material", assertThrows(InvalidInputException.class,
                () -> clothing.validate(Map.of("care", "Dry clean"))).field(), "material is required");
        assertEquals("attributes.colour", assertThrows(InvalidInputException.class,
                () -> clothing.validate(Map.of("material", "Wool", "colour", "red"))).field(), "not defined");
    }

    @Test
    void definitionsAreChecked() {
        assertThrows(InvalidInputException.class, () -> new AttributeDefinition("material", "Material", AttributeKind.ENUM, List.of(), false, false));
        assertThrows(InvalidInputException.class, () -> new AttributeDefinition("material", "Material", AttributeKind.TEXT, List.of("a"), false, false));
        assertThrows(InvalidInputException.class, () -> new AttributeDefinition("Material", "Material", AttributeKind.TEXT, null, false, false));
        AttributeDefinition a = new AttributeDefinition("a", "A", AttributeKind.TEXT, null, false, false);
        assertThrows(InvalidInputException.class, () -> new ProductType(new Slug("t"), "T", List.of(a, a)));
    }
}
