-- What the back-office dashboard reads, so that it never scans orders: sales per UTC day and
-- currency, orders per day and status, and units and revenue per day, currency and variant.
-- Written only by the rollup job (SalesRollup), which recomputes the most recent days every
-- minute (and every day when the tables are empty, e.g. after a bulk import emptied them).
-- Revenue is the grand total of the orders placed that day that were not cancelled; refunds are
-- reported separately, on the day they were made.
create table sales_day (
    day       date          not null,
    currency  char(3)       not null,
    orders    integer       not null,
    cancelled integer       not null,
    revenue   numeric(19,2) not null,
    discount  numeric(19,2) not null,
    shipping  numeric(19,2) not null,
    tax       numeric(19,2) not null,
    primary key (day, currency)
);

create table sales_day_status (
    day    date        not null,
    status varchar(30) not null,
    orders integer     not null,
    primary key (day, status)
);

create table sales_day_variant (
    day         date          not null,
    currency    char(3)       not null,
    variant_id  bigint        not null,
    category_id bigint        not null,
    units       integer       not null,
    revenue     numeric(19,2) not null,
    primary key (day, currency, variant_id)
);

-- when each rollup last finished, for the dashboard's "figures as of"
create table rollup_state (
    name     varchar(40) primary key,
    rolled_at timestamptz not null,
    from_day date        not null
);
