-- Prices per currency from price lists, each optionally limited to a validity window.
-- A product's price in a currency is the entry of the highest-priority list of that currency
-- that is valid now; without one, its base price if that is in the same currency.

create sequence price_list_seq start with 50 increment by 50 minvalue 50;

create table price_list (
    id         bigint       primary key,
    code       varchar(60)  not null,
    name       varchar(120) not null,
    currency   char(3)      not null,
    priority   integer      not null default 0,
    valid_from timestamptz,
    valid_to   timestamptz,
    version    bigint       not null default 0,
    constraint price_list_code_uk unique (code),
    constraint price_list_code_ck check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint price_list_currency_ck check (currency ~ '^[A-Z]{3}$'),
    constraint price_list_window_ck check (valid_from is null or valid_to is null or valid_from < valid_to)
);
create index price_list_currency_idx on price_list (currency, priority desc);

create table price_list_entry (
    price_list_id bigint        not null,
    product_id    bigint        not null,
    amount        numeric(19,2) not null,
    constraint price_list_entry_pk primary key (price_list_id, product_id),
    constraint price_list_entry_list_fk foreign key (price_list_id) references price_list (id) on delete cascade,
    constraint price_list_entry_product_fk foreign key (product_id) references product (id) on delete cascade,
    constraint price_list_entry_amount_ck check (amount >= 0)
);
create index price_list_entry_product_idx on price_list_entry (product_id, price_list_id);
