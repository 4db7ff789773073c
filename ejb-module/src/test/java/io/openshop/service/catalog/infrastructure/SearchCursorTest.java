package io.openshop.service.catalog.infrastructure;

import io.openshop.domain.catalog.ProductSort;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchCursorTest {

    @ParameterizedTest
    @CsvSource({
            "RELEVANCE, 0.6079271435737610",
            "NEWEST, 2026-11-24 13:41:29.598752+00",
            "NEWEST, 2026-11-24 13:41:29+00",
            "PRICE_ASC, 24.99",
            "PRICE_DESC, 1349.00"})
    void aCursorRoundTripsForItsOrder(ProductSort sort, String value) {
        PostgresProductSearch.Cursor cursor = new PostgresProductSearch.Cursor(sort, value, 4711);
        assertEquals(cursor, PostgresProductSearch.Cursor.parse(cursor.encode(), sort));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 !", "bm90LWEtY3Vyc29y"})
    void aForgedCursorIsBadInput(String text) {
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> PostgresProductSearch.Cursor.parse(text, ProductSort.NEWEST)).field());
    }

    @ParameterizedTest
    @CsvSource({"price-asc|abc|1", "newest|1'; drop table product; --|1", "newest|2026-11-24 13:41:29+00|x"})
    void aCursorWhoseValueIsNotOfItsOrderIsRefusedBeforeAnySql(String raw) {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        ProductSort sort = raw.startsWith("price") ? ProductSort.PRICE_ASC : ProductSort.NEWEST;
        assertThrows(InvalidInputException.class, () -> PostgresProductSearch.Cursor.parse(text, sort));
    }

    /**
     * The same rule as the search_name column ([^[:alnum:][:space:]] removed in a C-locale
     * database, which, like Java's \p{Alnum}, counts only ASCII letters and digits).
     */
    @ParameterizedTest
    @CsvSource({"'T-Shirt', tshirt", "'Café  Crème!', caf  crme", "'  USB-C 65 W ', usbc 65 w"})
    void searchTextIsNormalisedLikeStoredNames(String text, String expected) {
        assertEquals(expected, PostgresProductSearch.normalise(text));
    }
}
