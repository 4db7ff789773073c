-- Variants: a product's options (size, colour …) and one variant per combination of their
-- values, each with its own SKU and an optional price override. Every product has at least one
-- variant: a product without options has a single default variant carrying the product's SKU.
-- Stock is kept per variant and warehouse and can never go below zero or below what is reserved.

create sequence product_option_seq start with 50 increment by 50 minvalue 50;
create sequence product_variant_seq start with 50 increment by 50 minvalue 50;
create sequence warehouse_seq start with 50 increment by 50 minvalue 50;

create table product_option (
    id         bigint      primary key,
    product_id bigint      not null,
    position   integer     not null,
    code       varchar(40) not null,
    label      varchar(60) not null,
    constraint product_option_product_fk foreign key (product_id) references product (id) on delete cascade,
    constraint product_option_code_uk unique (product_id, code),
    constraint product_option_code_ck check (code ~ '^[a-z][a-z0-9-]*$'),
    constraint product_option_position_ck check (position >= 0)
);

create table product_option_value (
    option_id bigint      not null,
    position  integer     not null,
    value     varchar(40) not null,
    constraint product_option_value_pk primary key (option_id, position),
    constraint product_option_value_option_fk foreign key (option_id) references product_option (id) on delete cascade,
    constraint product_option_value_uk unique (option_id, value),
    constraint product_option_value_ck check (length(btrim(value)) > 0)
);

create table product_variant (
    id           bigint        primary key,
    product_id   bigint        not null,
    position     integer       not null,
    sku          varchar(40)   not null,
    signature    varchar(400)  not null,
    price_amount numeric(19,2),
    version      bigint        not null default 0,
    constraint product_variant_product_fk foreign key (product_id) references product (id) on delete cascade,
    constraint product_variant_sku_uk unique (sku),
    constraint product_variant_signature_uk unique (product_id, signature),
    constraint product_variant_sku_ck check (sku ~ '^[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]$'),
    constraint product_variant_price_ck check (price_amount is null or price_amount >= 0)
);
create index product_variant_product_idx on product_variant (product_id, position);

create table variant_option (
    variant_id  bigint      not null,
    option_code varchar(40) not null,
    value       varchar(40) not null,
    constraint variant_option_pk primary key (variant_id, option_code),
    constraint variant_option_variant_fk foreign key (variant_id) references product_variant (id) on delete cascade
);

-- Every existing product gets its default variant (each nextval is a block of ids of its own).
insert into product_variant (id, product_id, position, sku, signature)
select nextval('product_variant_seq'), p.id, 0, p.sku, '' from product p;

create table warehouse (
    id      bigint      primary key,
    code    varchar(40) not null,
    name    varchar(120) not null,
    country char(2)     not null,
    version bigint      not null default 0,
    constraint warehouse_code_uk unique (code),
    constraint warehouse_code_ck check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint warehouse_country_ck check (country ~ '^[A-Z]{2}$')
);

create table stock_level (
    variant_id   bigint  not null,
    warehouse_id bigint  not null,
    on_hand      integer not null,
    reserved     integer not null default 0,
    version      bigint  not null default 0,
    constraint stock_level_pk primary key (variant_id, warehouse_id),
    constraint stock_level_variant_fk foreign key (variant_id) references product_variant (id) on delete cascade,
    constraint stock_level_warehouse_fk foreign key (warehouse_id) references warehouse (id),
    constraint stock_level_on_hand_ck check (on_hand >= 0),
    constraint stock_level_reserved_ck check (reserved >= 0 and reserved <= on_hand)
);
create index stock_level_warehouse_idx on stock_level (warehouse_id);
