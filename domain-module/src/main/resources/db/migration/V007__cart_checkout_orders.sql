-- Cart, checkout and orders: carts, orders with their lines, status history and stock
-- allocations, tax rates, shipping zones/methods/rates, coupons and their redemptions,
-- payments (a gateway token and the last four digits, never a card number) and idempotency
-- keys. Money is numeric(19,2) with the currency beside it; statuses are checked against the
-- enums of the domain.

-- Products get a tax class and a shipping weight; warehouses a priority for allocation.
alter table product add column tax_class varchar(20) not null default 'standard';
alter table product add column weight_grams integer not null default 500;
alter table product add constraint product_tax_class_ck check (tax_class ~ '^[a-z][a-z0-9-]*$');
alter table product add constraint product_weight_ck check (weight_grams >= 0);
alter table warehouse add column priority integer not null default 0;

create sequence cart_seq start with 50 increment by 50 minvalue 50;
create sequence cart_line_seq start with 50 increment by 50 minvalue 50;
create sequence customer_order_seq start with 50 increment by 50 minvalue 50;
create sequence order_line_seq start with 50 increment by 50 minvalue 50;
create sequence order_status_change_seq start with 50 increment by 50 minvalue 50;
create sequence payment_seq start with 50 increment by 50 minvalue 50;
create sequence tax_rate_seq start with 50 increment by 50 minvalue 50;
create sequence shipping_zone_seq start with 50 increment by 50 minvalue 50;
create sequence shipping_method_seq start with 50 increment by 50 minvalue 50;
create sequence coupon_seq start with 50 increment by 50 minvalue 50;
-- Human-friendly order numbers (SO-000123): one by one, gaps allowed (a rolled-back checkout).
create sequence order_number_seq start with 1 increment by 1;

create table cart (
    id            bigint      primary key,
    token         varchar(64) not null,
    customer_id   bigint,
    currency      char(3)     not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    checked_out_at timestamptz,
    version       bigint      not null default 0,
    constraint cart_token_uk unique (token),
    constraint cart_token_ck check (length(token) >= 32),
    constraint cart_currency_ck check (currency ~ '^[A-Z]{3}$')
);

create table cart_line (
    id         bigint      primary key,
    cart_id    bigint      not null,
    variant_id bigint      not null,
    sku        varchar(40) not null,
    quantity   integer     not null,
    constraint cart_line_cart_fk foreign key (cart_id) references cart (id) on delete cascade,
    constraint cart_line_variant_fk foreign key (variant_id) references product_variant (id) on delete cascade,
    constraint cart_line_variant_uk unique (cart_id, variant_id),
    constraint cart_line_quantity_ck check (quantity between 1 and 99)
);

create table tax_rate (
    id        bigint       primary key,
    country   char(2)      not null,
    tax_class varchar(20)  not null,
    rate      numeric(6,4) not null,
    version   bigint       not null default 0,
    constraint tax_rate_uk unique (country, tax_class),
    constraint tax_rate_country_ck check (country ~ '^[A-Z]{2}$'),
    constraint tax_rate_rate_ck check (rate >= 0 and rate < 1)
);

create table shipping_zone (
    id      bigint       primary key,
    code    varchar(40)  not null,
    name    varchar(120) not null,
    version bigint       not null default 0,
    constraint shipping_zone_code_uk unique (code),
    constraint shipping_zone_code_ck check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table shipping_zone_country (
    zone_id bigint  not null,
    country char(2) not null,
    constraint shipping_zone_country_pk primary key (zone_id, country),
    -- a country belongs to one zone, so a destination has one set of methods
    constraint shipping_zone_country_uk unique (country),
    constraint shipping_zone_country_zone_fk foreign key (zone_id) references shipping_zone (id) on delete cascade,
    constraint shipping_zone_country_ck check (country ~ '^[A-Z]{2}$')
);

create table shipping_method (
    id              bigint        primary key,
    zone_id         bigint        not null,
    code            varchar(40)   not null,
    name            varchar(120)  not null,
    currency        char(3)       not null,
    free_over_amount numeric(19,2),
    version         bigint        not null default 0,
    constraint shipping_method_zone_fk foreign key (zone_id) references shipping_zone (id) on delete cascade,
    constraint shipping_method_uk unique (zone_id, code, currency),
    constraint shipping_method_code_ck check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint shipping_method_free_ck check (free_over_amount is null or free_over_amount >= 0)
);

-- A method's price by weight: the first band whose max_weight_grams holds the parcel.
create table shipping_rate (
    method_id         bigint        not null,
    max_weight_grams  integer       not null,
    amount            numeric(19,2) not null,
    constraint shipping_rate_pk primary key (method_id, max_weight_grams),
    constraint shipping_rate_method_fk foreign key (method_id) references shipping_method (id) on delete cascade,
    constraint shipping_rate_weight_ck check (max_weight_grams > 0),
    constraint shipping_rate_amount_ck check (amount >= 0)
);

create table coupon (
    id          bigint        primary key,
    code        varchar(40)   not null,
    kind        varchar(20)   not null,
    percent     numeric(5,2),
    amount      numeric(19,2),
    currency    char(3),
    usage_limit integer,
    times_used  integer       not null default 0,
    valid_from  timestamptz,
    valid_to    timestamptz,
    active      boolean       not null default true,
    version     bigint        not null default 0,
    constraint coupon_code_uk unique (code),
    constraint coupon_code_ck check (code ~ '^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$'),
    constraint coupon_kind_ck check (kind in ('PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING')),
    constraint coupon_percent_ck check ((kind = 'PERCENTAGE') = (percent is not null) and (percent is null or (percent > 0 and percent <= 100))),
    constraint coupon_amount_ck check ((kind = 'FIXED_AMOUNT') = (amount is not null and currency is not null) and (amount is null or amount > 0)),
    constraint coupon_usage_ck check (usage_limit is null or (usage_limit >= 0 and times_used <= usage_limit)),
    constraint coupon_times_used_ck check (times_used >= 0),
    constraint coupon_window_ck check (valid_from is null or valid_to is null or valid_from < valid_to)
);

create table customer_order (
    id                   bigint        primary key,
    number               varchar(20)   not null,
    email                varchar(254)  not null,
    status               varchar(30)   not null,
    currency             char(3)       not null,
    prices_include_tax   boolean       not null,
    subtotal             numeric(19,2) not null,
    discount             numeric(19,2) not null,
    shipping             numeric(19,2) not null,
    shipping_tax         numeric(19,2) not null,
    tax                  numeric(19,2) not null,
    grand_total          numeric(19,2) not null,
    coupon_code          varchar(40),
    shipping_method      varchar(40)   not null,
    ship_name            varchar(120)  not null,
    ship_line1           varchar(200)  not null,
    ship_line2           varchar(200),
    ship_postal_code     varchar(20)   not null,
    ship_city            varchar(120)  not null,
    ship_country         char(2)       not null,
    cart_id              bigint,
    placed_at            timestamptz   not null,
    version              bigint        not null default 0,
    constraint customer_order_number_uk unique (number),
    constraint customer_order_cart_fk foreign key (cart_id) references cart (id) on delete set null,
    constraint customer_order_status_ck check (status in ('PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED',
        'DELIVERED', 'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'RETURN_REQUESTED', 'RETURNED')),
    constraint customer_order_amounts_ck check (subtotal >= 0 and discount >= 0 and discount <= subtotal
        and shipping >= 0 and shipping_tax >= 0 and tax >= shipping_tax and grand_total >= 0),
    constraint customer_order_total_ck check (grand_total = subtotal - discount + shipping
        + case when prices_include_tax then 0 else tax end),
    constraint customer_order_country_ck check (ship_country ~ '^[A-Z]{2}$')
);
create index customer_order_pending_idx on customer_order (placed_at) where status = 'PENDING_PAYMENT';

create table order_line (
    id          bigint        primary key,
    order_id    bigint        not null,
    position    integer       not null,
    variant_id  bigint        not null,
    sku         varchar(40)   not null,
    name        varchar(200)  not null,
    quantity    integer       not null,
    unit_price  numeric(19,2) not null,
    subtotal    numeric(19,2) not null,
    discount    numeric(19,2) not null,
    tax_rate    numeric(6,4)  not null,
    tax         numeric(19,2) not null,
    total       numeric(19,2) not null,
    constraint order_line_order_fk foreign key (order_id) references customer_order (id) on delete cascade,
    constraint order_line_variant_fk foreign key (variant_id) references product_variant (id),
    constraint order_line_position_uk unique (order_id, position),
    constraint order_line_quantity_ck check (quantity between 1 and 99),
    constraint order_line_amounts_ck check (unit_price >= 0 and subtotal = unit_price * quantity
        and discount >= 0 and discount <= subtotal and tax >= 0 and total >= 0)
);

-- Where each order's stock is reserved: released on cancel or expiry, committed on shipping.
create table order_allocation (
    order_id     bigint  not null,
    variant_id   bigint  not null,
    warehouse_id bigint  not null,
    quantity     integer not null,
    constraint order_allocation_pk primary key (order_id, variant_id, warehouse_id),
    constraint order_allocation_order_fk foreign key (order_id) references customer_order (id) on delete cascade,
    constraint order_allocation_stock_fk foreign key (variant_id, warehouse_id) references stock_level (variant_id, warehouse_id),
    constraint order_allocation_quantity_ck check (quantity > 0)
);

create table order_status_change (
    id          bigint      primary key,
    order_id    bigint      not null,
    from_status varchar(30),
    to_status   varchar(30) not null,
    actor       varchar(120) not null,
    changed_at  timestamptz not null,
    constraint order_status_change_order_fk foreign key (order_id) references customer_order (id) on delete cascade
);
create index order_status_change_order_idx on order_status_change (order_id, changed_at);

create table coupon_redemption (
    coupon_id   bigint      not null,
    order_id    bigint      not null,
    redeemed_at timestamptz not null,
    constraint coupon_redemption_pk primary key (coupon_id, order_id),
    constraint coupon_redemption_order_uk unique (order_id),
    constraint coupon_redemption_coupon_fk foreign key (coupon_id) references coupon (id),
    constraint coupon_redemption_order_fk foreign key (order_id) references customer_order (id) on delete cascade
);

create table payment (
    id            bigint        primary key,
    order_id      bigint        not null,
    gateway       varchar(20)   not null,
    token         varchar(100)  not null,
    last4         char(4)       not null,
    reference     varchar(100)  not null,
    status        varchar(20)   not null,
    amount        numeric(19,2) not null,
    captured      numeric(19,2) not null default 0,
    refunded      numeric(19,2) not null default 0,
    currency      char(3)       not null,
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    constraint payment_order_fk foreign key (order_id) references customer_order (id) on delete cascade,
    constraint payment_reference_uk unique (gateway, reference),
    constraint payment_last4_ck check (last4 ~ '^[0-9]{4}$'),
    -- a token, never a card number: no run of 12 or more digits may be stored
    constraint payment_token_ck check (token !~ '[0-9]{12,}'),
    constraint payment_status_ck check (status in ('AUTHORIZED', 'CAPTURED', 'VOIDED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    constraint payment_amounts_ck check (amount >= 0 and captured >= 0 and captured <= amount
        and refunded >= 0 and refunded <= captured)
);
create index payment_order_idx on payment (order_id);

-- A retried request with the same key gets the first result: the key is stored in the same
-- transaction as the effect, under this unique constraint.
create table idempotency_key (
    scope        varchar(40)  not null,
    key          varchar(100) not null,
    request_hash char(64)     not null,
    order_id     bigint,
    created_at   timestamptz  not null,
    constraint idempotency_key_pk primary key (scope, key),
    constraint idempotency_key_order_fk foreign key (order_id) references customer_order (id) on delete cascade,
    constraint idempotency_key_ck check (length(key) between 1 and 100)
);
