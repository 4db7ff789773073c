-- Server-side sorting of the back office's grids: each sortable column that is not unique has an
-- index on (the column, id), so the first page and every page after it, in either direction, come
-- from an index scan (deferred join for orders), at 1,000,000 orders as at ten. Unique columns
-- (order number, product SKU, account email) sort through their unique index; placed_at (V055),
-- the product's price (V002) and creation time (V001) already have theirs; the audit log and stock
-- movements sort by id. A shop that runs this on a large table can build the same indexes
-- beforehand with CREATE INDEX CONCURRENTLY under these names: IF NOT EXISTS then skips them.
create index if not exists customer_order_total_idx on customer_order (grand_total, id);
create index if not exists customer_order_email_sort_idx on customer_order (lower(email), id);
create index if not exists app_user_customer_name_idx on app_user (lower(display_name), id) where kind = 'CUSTOMER';
create index if not exists product_name_sort_idx on product (lower(name), id);
