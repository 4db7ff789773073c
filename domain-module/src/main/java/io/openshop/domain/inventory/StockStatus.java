package io.openshop.domain.inventory;

/** What a shopper is told about stock: not the exact count unless it is running low. */
public enum StockStatus {
    IN_STOCK, LOW_STOCK, OUT_OF_STOCK;

    public static final int LOW_STOCK_THRESHOLD = 5;

    public static StockStatus of(int available) {
        if (available <= 0) {
            return OUT_OF_STOCK;
        }
        return available <= LOW_STOCK_THRESHOLD ? LOW_STOCK : IN_STOCK;
    }
}
