package io.openshop.domain.analytics;

import java.io.Serializable;

/** A column of a report: its heading and what it holds (amounts and counts are summed in the totals row). */
public record ReportColumn(String heading, Type type) implements Serializable {

    public enum Type {
        TEXT, DATE, COUNT, MONEY, RATE;

        /** Whether the totals row adds the column up. */
        public boolean summed() {
            return this == COUNT || this == MONEY;
        }
    }

    static ReportColumn text(String heading) {
        return new ReportColumn(heading, Type.TEXT);
    }

    static ReportColumn date(String heading) {
        return new ReportColumn(heading, Type.DATE);
    }

    static ReportColumn count(String heading) {
        return new ReportColumn(heading, Type.COUNT);
    }

    static ReportColumn money(String heading) {
        return new ReportColumn(heading, Type.MONEY);
    }

    static ReportColumn rate(String heading) {
        return new ReportColumn(heading, Type.RATE);
    }
}
