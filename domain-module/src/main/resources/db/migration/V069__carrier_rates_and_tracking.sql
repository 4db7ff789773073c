-- Providers behind ports: live carrier rates offered at checkout are kept with the cart they were
-- offered for (checkout charges what the shopper was shown), an order's shipping method can name
-- one ("carrier:dhl_express:dhl_express_worldwide"), and a parcel keeps its carrier and what the
-- carrier last said about it.
alter table customer_order alter column shipping_method type varchar(80);

create sequence carrier_quote_seq start with 50 increment by 50 minvalue 50;
create table carrier_quote (
    id           bigint        primary key,
    cart_id      bigint        not null,
    code         varchar(80)   not null,
    name         varchar(120)  not null,
    price        numeric(19,2) not null,
    currency     char(3)       not null,
    country      char(2)       not null,
    weight_grams integer       not null,
    estimated_days integer,
    expires_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint carrier_quote_cart_fk foreign key (cart_id) references cart (id) on delete cascade,
    constraint carrier_quote_code_ck check (code like 'carrier:%'),
    constraint carrier_quote_price_ck check (price >= 0 and weight_grams >= 0)
);
create index carrier_quote_cart_idx on carrier_quote (cart_id, code);

alter table order_shipment
    add column carrier             varchar(40),
    add column tracking_status     varchar(20),
    add column tracking_checked_at timestamptz,
    add constraint order_shipment_tracking_status_ck
        check (tracking_status in ('PRE_TRANSIT', 'TRANSIT', 'DELIVERED', 'RETURNED', 'FAILURE', 'UNKNOWN'));
-- the parcels the tracking poll still asks about, least recently checked first
create index order_shipment_tracking_due_idx on order_shipment (tracking_checked_at nulls first)
    where carrier is not null and (tracking_status is null or tracking_status not in ('DELIVERED', 'RETURNED'));
