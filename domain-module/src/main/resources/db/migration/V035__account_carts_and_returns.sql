-- Account carts: a signed-in customer's cart is found by the customer's id (one open cart per
-- account); a guest's cart is merged into it once, at sign-in, and closed by the merge.
-- Orders placed while signed in name their account, so order history and returns never rest on
-- an email alone.

alter table cart add column merged_at timestamptz;
alter table cart add column merged_into bigint;
alter table cart add constraint cart_merged_into_fk foreign key (merged_into) references cart (id) on delete set null;
alter table cart add constraint cart_customer_fk foreign key (customer_id) references app_user (id) on delete cascade;
-- a cart is closed once: by checkout or by a merge, never both
alter table cart add constraint cart_closed_once_ck check (merged_at is null or checked_out_at is null);
alter table cart add constraint cart_merged_ck check (merged_into is null or merged_at is not null);
-- only guest carts are merged into an account's cart
alter table cart add constraint cart_merged_guest_ck check (merged_at is null or customer_id is null);
create unique index cart_customer_open_uk on cart (customer_id)
    where customer_id is not null and checked_out_at is null and merged_at is null;

alter table customer_order add column customer_id bigint;
alter table customer_order add constraint customer_order_customer_fk foreign key (customer_id) references app_user (id) on delete set null;
create index customer_order_customer_idx on customer_order (customer_id, placed_at desc) where customer_id is not null;
