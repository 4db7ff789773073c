package io.openshop.domain.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report's rows, as the database gave them (dates as LocalDate, counts as Long, amounts and
 * rates as BigDecimal, texts as String), and its totals row: the sum of every count and amount
 * column, null under the others.
 */
public record Report(ReportQuery query, List<List<Object>> rows, List<Object> totals) implements Serializable {

    public Report {
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        totals = Collections.unmodifiableList(new ArrayList<>(totals));
    }

    public static Report of(ReportQuery query, List<List<Object>> rows) {
        List<ReportColumn> columns = query.kind().columns();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(query.kind() + " rows have " + columns.size() + " values, not " + row.size());
            }
        }
        List<Object> totals = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ReportColumn.Type type = columns.get(c).type();
            if (!type.summed()) {
                totals.add(null);
            } else if (type == ReportColumn.Type.COUNT) {
                final int column = c;
                totals.add(rows.stream().mapToLong(r -> ((Number) r.get(column)).longValue()).sum());
            } else {
                BigDecimal sum = BigDecimal.ZERO;
                for (List<Object> row : rows) {
                    sum = sum.add((BigDecimal) row.get(c));
                }
                totals.add(sum);
            }
        }
        return new Report(query, rows, totals);
    }

    public List<ReportColumn> columns() {
        return query.kind().columns();
    }
}
