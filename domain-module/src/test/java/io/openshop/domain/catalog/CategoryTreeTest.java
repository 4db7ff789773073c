package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryTreeTest {

    private final Category apparel = new Category(new Slug("apparel"), "Apparel", "");
    private final Category tops = new Category(new Slug("tops"), "Tops", "");
    private final Category tees = new Category(new Slug("tees"), "T-Shirts", "");
    private final Category outdoor = new Category(new Slug("outdoor"), "Outdoor", "");

    CategoryTreeTest() {
        tops.moveUnder(apparel);
        tees.moveUnder(tops);
    }

    @Test
    void aSubtreeMovesWithItsRoot() {
        tops.moveUnder(outdoor);
        assertSame(outdoor, tops.getParent());
        assertEquals(List.of(outdoor, tops), tees.getAncestors(), "tees came along under tops");
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        assertThrows(InvalidInputException.class, () -> apparel.moveUnder(apparel));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> apparel.moveUnder(tees));
        assertEquals("parent", e.field());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertNull(apparel.getParent(), "a refused move changes nothing");
        assertEquals(List.of(apparel, tops), tees.getAncestors());
    }

    @Test
    void aCategoryCanMoveToTheTop() {
        tees.moveUnder(null);
        assertTrue(tees.getAncestors().isEmpty());
    }
}
