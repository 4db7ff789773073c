package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlugAndSkuTest {

    @ParameterizedTest
    @CsvSource({
            "'Organic Cotton T-Shirt', organic-cotton-t-shirt",
            "'Café Crème  2-Pack!', cafe-creme-2-pack",
            "'  --Trail Runner GTX--  ', trail-runner-gtx"
    })
    void derivesSlugsFromNames(String name, String expected) {
        assertEquals(expected, Slug.fromName(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "two--hyphens", "-leading", "trailing-", "spa ce", "ünï"})
    void rejectsMalformedSlugs(String value) {
        assertThrows(InvalidInputException.class, () -> new Slug(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!"})
    void aNameWithoutLettersOrDigitsHasNoSlug(String name) {
        assertThrows(InvalidInputException.class, () -> Slug.fromName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "-ABCD", "ABCD-", "ab-cd", "A B C D", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void rejectsMalformedSkus(String value) {
        assertThrows(InvalidInputException.class, () -> new Sku(value));
    }

    @ParameterizedTest
    @CsvSource({"' app-tsh-001 ', APP-TSH-001", "abcd, ABCD"})
    void parsesSkusAsTyped(String typed, String expected) {
        assertEquals(expected, Sku.parse(typed).value());
    }
}
