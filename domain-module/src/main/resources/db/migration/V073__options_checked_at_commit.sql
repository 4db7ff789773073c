-- Redefining a product's options rewrites its values' positions in place (S|M becomes M|S|L:
-- EclipseLink updates each row, and in between two rows share a position), and an import gives a
-- variant a new SKU. Uniqueness there is what the transaction leaves behind, so it is checked at
-- commit rather than after each statement. (No ON CONFLICT names these constraints.)
alter table product_option_value
    drop constraint product_option_value_pk,
    add constraint product_option_value_pk primary key (option_id, position) deferrable initially deferred,
    drop constraint product_option_value_uk,
    add constraint product_option_value_uk unique (option_id, value) deferrable initially deferred;

alter table product_option
    drop constraint product_option_code_uk,
    add constraint product_option_code_uk unique (product_id, code) deferrable initially deferred;

alter table product_variant
    drop constraint product_variant_sku_uk,
    add constraint product_variant_sku_uk unique (sku) deferrable initially deferred,
    drop constraint product_variant_signature_uk,
    add constraint product_variant_signature_uk unique (product_id, signature) deferrable initially deferred;
