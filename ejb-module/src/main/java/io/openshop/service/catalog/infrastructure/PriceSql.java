package io.openshop.service.catalog.infrastructure;

/**
 * The one SQL definition of "a product's price now in a currency", used by search, listings and
 * product pages alike so that what is filtered and sorted on is what is shown.
 */
final class PriceSql {

    private PriceSql() {
    }

    /**
     * For each product, the entry of the highest-priority price list of the currency bound at
     * {@code currencyParam} (e.g. "?1") that is valid at the transaction's time; a later start,
     * then a higher id, breaks ties. Columns: product_id, amount.
     */
    static String bestEntries(String currencyParam) {
        return "select distinct on (e.product_id) e.product_id, e.amount"
                + " from price_list_entry e join price_list l on l.id = e.price_list_id"
                + " where l.currency = " + currencyParam
                + " and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now())"
                + " order by e.product_id, l.priority desc, l.valid_from desc nulls last, l.id desc";
    }

    /**
     * The products with their current price in the currency bound at {@code currencyParam}, as a
     * FROM item aliased p: the best list entry, else the base price when it is in that currency.
     * Only published products are in it: what shoppers may not see is neither listed nor counted.
     * Set-based: the best entries are found once per statement (DISTINCT ON, one hash join), not
     * by a subquery per row and per mention of the price; at 100,000 products that is the
     * difference between seconds and tenths of a second (docs/performance.md).
     */
    static String pricedProducts(String currencyParam) {
        return "(select p.*, coalesce(b.amount, case when p.price_currency = " + currencyParam
                + " then p.price_amount end) as eff_price from product p left join (" + bestEntries(currencyParam)
                + ") b on b.product_id = p.id where p.status = 'PUBLISHED') p";
    }
}
