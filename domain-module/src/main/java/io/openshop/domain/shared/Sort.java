package io.openshop.domain.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of a list: one of the list's sortable columns, ascending or descending. A list's
 * columns are an enum, so a caller can only ever choose among the orders the list offers (and
 * the store can index each one); rows that tie on the column keep a stable order, so pages never
 * overlap nor skip a row.
 *
 * <p>As text, as an API takes it: the column's key for ascending ({@code total}), with a leading
 * minus for descending ({@code -total}).
 */
public record Sort<C extends Enum<C> & Sort.Column>(C column, boolean descending) implements Serializable {

    /** A sortable column of a list (an enum constant), with the key callers name it by: its name in lower case. */
    public interface Column {
        String name();

        default String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Sort {
        if (column == null) {
            throw new IllegalArgumentException("a sort needs a column");
        }
    }

    public static <C extends Enum<C> & Column> Sort<C> ascending(C column) {
        return new Sort<>(column, false);
    }

    public static <C extends Enum<C> & Column> Sort<C> descending(C column) {
        return new Sort<>(column, true);
    }

    /**
     * The sort a caller wrote ({@code total}, {@code -total}), or {@code fallback} for none.
     *
     * @throws InvalidInputException when the text names no column of the list
     */
    public static <C extends Enum<C> & Column> Sort<C> parse(Class<C> columns, String text, Sort<C> fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String wanted = text.strip();
        boolean descending = wanted.startsWith("-");
        String key = descending ? wanted.substring(1) : wanted;
        return Arrays.stream(columns.getEnumConstants()).filter(c -> c.key().equals(key)).findFirst()
                .map(c -> new Sort<>(c, descending))
                .orElseThrow(() -> new InvalidInputException("sort", "must be one of " + Arrays.stream(columns.getEnumConstants())
                        .map(Column::key).collect(Collectors.joining(", ")) + ", each with a leading - for descending"));
    }

    /** The column with the given key, or null when the list has none by that key. */
    public static <C extends Enum<C> & Column> C column(Class<C> columns, String key) {
        return Arrays.stream(columns.getEnumConstants()).filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + column.key();
    }
}
