package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestTest {

    @Test
    void boundsPageAndSize() {
        assertEquals("page", assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 10)).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0)).field());
        assertEquals("size", assertThrows(InvalidInputException.class,
                () -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).field());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void anOffsetThatWouldOverflowIsRefused() {
        assertThrows(ArithmeticException.class, () -> new PageRequest(Integer.MAX_VALUE, 100).offset());
    }

    @Test
    void aPageKnowsWhetherAnotherFollows() {
        Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 5);
        assertEquals(3, first.totalPages());
        assertTrue(first.hasNext());
        assertFalse(new Page<>(List.of("e"), 2, 2, 5).hasNext());
        assertEquals(List.of(1, 1), first.map(String::length).items());
    }
}
