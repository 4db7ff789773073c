-- The staff's order desk lists orders newest first, filtered by status, by the start of the
-- number or of the customer's email (any case) and by time placed. These indexes serve those
-- filters without scanning every order; the order's own constraints are unchanged.
create index customer_order_placed_idx on customer_order (placed_at desc, id desc);
create index customer_order_status_placed_idx on customer_order (status, placed_at desc, id desc);
create index customer_order_email_prefix_idx on customer_order (lower(email) text_pattern_ops);
create index customer_order_number_prefix_idx on customer_order (number text_pattern_ops);
