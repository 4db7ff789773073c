-- A customer's address book. Name, lines, postal code, city and phone are personal data and are
-- stored encrypted by the application ('v1:<key-id>:<base64>' text, see docs/security.md), so
-- their limits live in the domain (CustomerAddress); the country stays in clear. An address
-- belongs to one customer and goes with the account.
create sequence customer_address_seq start with 50 increment by 50 minvalue 50;

create table customer_address (
    id           bigint       primary key,
    owner_id     bigint       not null,
    name         text         not null,
    line1        text         not null,
    line2        text,
    postal_code  text         not null,
    city         text         not null,
    country      char(2)      not null,
    phone        text,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint customer_address_owner_fk foreign key (owner_id) references app_user (id) on delete cascade,
    constraint customer_address_country_ck check (country ~ '^[A-Z]{2}$')
);
create index customer_address_owner_idx on customer_address (owner_id, id);

-- A customer's own orders (export, erasure) are found by the email they were placed with.
create index customer_order_email_idx on customer_order (lower(email));
