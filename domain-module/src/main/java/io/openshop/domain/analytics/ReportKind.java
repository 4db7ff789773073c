package io.openshop.domain.analytics;

import io.openshop.domain.shared.InvalidInputException;

import java.util.List;
import java.util.Locale;

import static io.openshop.domain.analytics.ReportColumn.count;
import static io.openshop.domain.analytics.ReportColumn.date;
import static io.openshop.domain.analytics.ReportColumn.money;
import static io.openshop.domain.analytics.ReportColumn.rate;
import static io.openshop.domain.analytics.ReportColumn.text;

/**
 * The reports the back office exports, each with its columns. Sales count the orders placed in
 * the period (UTC days) in one currency and not cancelled; refunds count the money given back in
 * the period, returns the orders received back in it.
 */
public enum ReportKind {
    SALES_BY_DAY("Sales by day", List.of(date("Day"), count("Orders"), money("Goods"), money("Discount"), money("Shipping"),
            money("Tax"), money("Revenue"))),
    SALES_BY_WEEK("Sales by week", List.of(date("Week from"), count("Orders"), money("Goods"), money("Discount"), money("Shipping"),
            money("Tax"), money("Revenue"))),
    SALES_BY_MONTH("Sales by month", List.of(date("Month"), count("Orders"), money("Goods"), money("Discount"), money("Shipping"),
            money("Tax"), money("Revenue"))),
    SALES_BY_PRODUCT("Sales by product", List.of(text("SKU"), text("Product"), count("Units"), money("Goods"), money("Discount"),
            money("Tax"), money("Sales"))),
    SALES_BY_CATEGORY("Sales by category", List.of(text("Category"), count("Units"), money("Goods"), money("Discount"), money("Tax"),
            money("Sales"))),
    SALES_BY_COUPON("Sales by coupon", List.of(text("Coupon"), count("Orders"), money("Discount"), money("Revenue"))),
    SALES_BY_COUNTRY("Sales by country", List.of(text("Country"), count("Orders"), money("Tax"), money("Revenue"))),
    /** What an accountant files: tax collected per rate on goods, and on shipping. */
    TAX_BY_RATE("Tax collected by rate", List.of(text("On"), rate("Rate %"), money("Gross"), money("Net"), money("Tax"))),
    REFUNDS("Refunds by day", List.of(date("Day"), count("Refunds"), money("Refunded"))),
    RETURNS("Returns by day", List.of(date("Day"), count("Orders returned"), money("Their value"))),
    ;

    private final String title;
    private final List<ReportColumn> columns;

    ReportKind(String title, List<ReportColumn> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<ReportColumn> columns() {
        return columns;
    }

    /** The report named in a URL or a form ("sales-by-day"), or a field error. */
    public static ReportKind fromName(String name) {
        try {
            return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("report", "must be one of sales-by-day, sales-by-week,"
                    + " sales-by-month, sales-by-product, sales-by-category, sales-by-coupon, sales-by-country, tax-by-rate,"
                    + " refunds, returns");
        }
    }

    /** The name in URLs and file names: "sales-by-day". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
