-- An order can leave in several parcels: each shipment names the units it carries and its
-- tracking number (the shipped email gives it to the customer); the order is SHIPPED once every
-- unit has left. Staff keep internal notes on an order (never shown to the customer).
create table order_shipment (
    id         bigint       generated always as identity primary key,
    order_id   bigint       not null,
    tracking   varchar(60)  not null,
    shipped_at timestamptz  not null,
    actor      varchar(254) not null,
    constraint order_shipment_order_fk foreign key (order_id) references customer_order (id) on delete cascade
);
create index order_shipment_order_idx on order_shipment (order_id);

create table order_shipment_line (
    shipment_id bigint      not null,
    sku         varchar(40) not null,
    quantity    integer     not null,
    constraint order_shipment_line_pk primary key (shipment_id, sku),
    constraint order_shipment_line_shipment_fk foreign key (shipment_id) references order_shipment (id) on delete cascade,
    constraint order_shipment_line_quantity_ck check (quantity > 0)
);

create table order_note (
    id       bigint        generated always as identity primary key,
    order_id bigint        not null,
    at       timestamptz   not null,
    actor    varchar(254)  not null,
    text     varchar(2000) not null,
    constraint order_note_order_fk foreign key (order_id) references customer_order (id) on delete cascade
);
create index order_note_order_idx on order_note (order_id, id);
