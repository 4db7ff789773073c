package io.openshop.domain.analytics;

import java.util.List;

/** Where the reports' rows come from: the orders, their lines, refunds and status changes. */
public interface Reports {

    /** The rows of a report, in the order its kind shows them; each row has a value for every column. */
    List<List<Object>> rows(ReportQuery query);
}
