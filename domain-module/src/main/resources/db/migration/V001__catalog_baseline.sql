-- The catalog: categories and products. Constraints live here as well as in the domain,
-- so that no path into the database (a migration, a bulk import, a bug) can store a
-- product the shop could not sell.

-- EclipseLink preallocates ids in blocks of 50 and takes a nextval of N to mean "N-49 .. N
-- are mine", so the sequences start at 50 and step by 50. Anyone inserting by hand takes
-- nextval() as the id: that block is then theirs and never handed to JPA.
create sequence category_seq start with 50 increment by 50 minvalue 50;
create sequence product_seq start with 50 increment by 50 minvalue 50;

create table category (
    id          bigint       primary key,
    slug        varchar(120) not null,
    name        varchar(120) not null,
    description text         not null default '',
    version     bigint       not null default 0,
    constraint category_slug_uk unique (slug),
    constraint category_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint category_name_ck check (length(btrim(name)) > 0)
);

create table product (
    id             bigint        primary key,
    category_id    bigint        not null,
    slug           varchar(120)  not null,
    sku            varchar(32)   not null,
    name           varchar(200)  not null,
    description    text          not null default '',
    price_amount   numeric(19,2) not null,
    price_currency char(3)       not null,
    created_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    constraint product_category_fk foreign key (category_id) references category (id),
    constraint product_slug_uk unique (slug),
    constraint product_sku_uk unique (sku),
    constraint product_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint product_sku_ck check (sku ~ '^[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]$'),
    constraint product_name_ck check (length(btrim(name)) > 0),
    constraint product_price_ck check (price_amount >= 0),
    constraint product_currency_ck check (price_currency ~ '^[A-Z]{3}$')
);

-- The storefront lists products newest first, in all categories and in one.
create index product_created_idx on product (created_at desc, id desc);
create index product_category_created_idx on product (category_id, created_at desc, id desc);
