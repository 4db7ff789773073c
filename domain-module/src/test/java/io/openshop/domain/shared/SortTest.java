package io.openshop.domain.shared;

import io.openshop.domain.order.OrderColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortTest {

    @ParameterizedTest
    @CsvSource({"total, TOTAL, false", "-total, TOTAL, true", " -placed , PLACED, true", "number, NUMBER, false", "customer, CUSTOMER, false"})
    void readsAColumnKeyWithAnOptionalMinusForDescending(String text, OrderColumn column, boolean descending) {
        Sort<OrderColumn> sort = Sort.parse(OrderColumn.class, text, OrderColumn.DEFAULT);
        assertEquals(new Sort<>(column, descending), sort);
        assertEquals(text.strip(), sort.toString(), "written back the way it is read");
    }

    @Test
    void noTextIsTheListsDefault() {
        assertSame(OrderColumn.DEFAULT, Sort.parse(OrderColumn.class, null, OrderColumn.DEFAULT));
        assertSame(OrderColumn.DEFAULT, Sort.parse(OrderColumn.class, "  ", OrderColumn.DEFAULT));
        assertEquals(Sort.descending(OrderColumn.PLACED), OrderColumn.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "-", "--total", "TOTAL", "placed_at", "total desc", "grand_total; drop table x"})
    void anythingElseIsRefusedNamingTheColumnsOffered(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Sort.parse(OrderColumn.class, text, OrderColumn.DEFAULT));
        assertEquals("sort", refused.field());
        assertTrue(refused.expectation().startsWith("must be one of number, placed, customer, total"), refused.expectation());
    }

    @Test
    void aGridHeaderNamesAColumnByItsKey() {
        assertSame(OrderColumn.TOTAL, Sort.column(OrderColumn.class, "total"));
        assertNull(Sort.column(OrderColumn.class, "grandTotal"), "only keys, never field or SQL names");
        assertNull(Sort.column(OrderColumn.class, null));
    }
}
