package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceBlocksTest {

    @Test
    void aNextvalStandsForTheFiftyIdsUpToIt() {
        long[] ids = SequenceBlocks.idsOf(100).toArray();
        assertEquals(50, ids.length);
        assertEquals(51, ids[0]);
        assertEquals(100, ids[49]);
        assertArrayEquals(new long[]{1, 2, 3}, SequenceBlocks.idsOf(50).limit(3).toArray());
    }

    @Test
    void enoughBlocksForACount() {
        assertEquals(0, SequenceBlocks.blocksFor(0));
        assertEquals(1, SequenceBlocks.blocksFor(1));
        assertEquals(1, SequenceBlocks.blocksFor(50));
        assertEquals(2, SequenceBlocks.blocksFor(51));
    }
}
