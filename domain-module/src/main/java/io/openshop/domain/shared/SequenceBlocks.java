package io.openshop.domain.shared;

import java.util.stream.LongStream;

/**
 * How ids come from the shop's sequences: each {@code nextval} N stands for the block of
 * {@value #SIZE} ids N-49..N (the sequences step by 50, EclipseLink's allocation size). Whatever
 * writes rows without JPA (the catalog generator, the bulk import) takes its ids the same way, so
 * that no id is handed out twice.
 */
public final class SequenceBlocks {

    /** The sequences' increment, and so the ids one nextval gives. */
    public static final int SIZE = 50;

    private SequenceBlocks() {
    }

    /** How many nextvals give {@code count} ids. */
    public static int blocksFor(int count) {
        return (count + SIZE - 1) / SIZE;
    }

    /** The ids a nextval stands for, from the bottom of its block. */
    public static LongStream idsOf(long nextval) {
        return LongStream.rangeClosed(nextval - SIZE + 1, nextval);
    }
}
