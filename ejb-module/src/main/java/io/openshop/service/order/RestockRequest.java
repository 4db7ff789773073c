package io.openshop.service.order;

/** Units of a returned SKU that staff put back on the shelf of a warehouse (by its code). */
public record RestockRequest(String sku, int quantity, String warehouse) {
}
