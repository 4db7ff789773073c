-- The database's size for docs/scaling.md's model (./bench cluster), as one JSON object: the
-- whole database, the catalog's tables and the orders' tables (each with its indexes and TOAST),
-- and the bytes one order takes with its lines, payments, events, history and workflow steps.
with sizes(part, tables) as (values
  ('catalog', array['product', 'product_variant', 'product_attribute', 'product_option', 'product_option_value',
                    'variant_option', 'product_image', 'price_list_entry', 'stock_level', 'category', 'product_review']),
  ('orders',  array['customer_order', 'order_line', 'order_allocation', 'order_status_change', 'payment',
                    'payment_event', 'workflow_step', 'idempotency_key', 'mail_outbox', 'coupon_redemption'])),
bytes as (
  select part, sum(pg_total_relation_size(to_regclass(t))) as total
  from sizes, unnest(tables) as t
  where to_regclass(t) is not null
  group by part)
select json_build_object(
  'sizeMb', round(pg_database_size(current_database()) / 1048576.0),
  'products', (select count(*) from product),
  'catalogMb', round((select total from bytes where part = 'catalog') / 1048576.0),
  'orders', (select count(*) from customer_order),
  'orderMb', round((select total from bytes where part = 'orders') / 1048576.0),
  'bytesPerOrder', (select round(total / greatest((select count(*) from customer_order), 1)) from bytes where part = 'orders'));
