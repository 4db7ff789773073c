-- What visitors who consented to analytics did in the storefront: a random visitor id and no
-- other personal data. Append-only (a trigger refuses updates); events older than
-- shop.analytics.retention-days are deleted by the nightly housekeeping. The rollup job counts
-- distinct visitors per day and step into traffic_day, which the dashboard reads.
create table visitor_event (
    id      bigint       generated always as identity primary key,
    at      timestamptz  not null default now(),
    visitor uuid         not null,
    kind    varchar(20)  not null,
    subject varchar(200),
    query   varchar(100),
    results integer,
    constraint visitor_event_kind_ck check (kind in ('PAGE_VIEW', 'PRODUCT_VIEW', 'SEARCH', 'ADD_TO_CART',
        'CHECKOUT_STEP', 'PURCHASE')),
    constraint visitor_event_results_ck check (results is null or results >= 0)
);
create index visitor_event_at_idx on visitor_event (at);

create function visitor_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'visitor_event is append-only';
end;
$$;
create trigger visitor_event_no_update before update on visitor_event
    for each row execute function visitor_event_append_only();

create table traffic_day (
    day               date    primary key,
    visitors          integer not null,
    product_viewers   integer not null,
    searchers         integer not null,
    cart_adders       integer not null,
    checkout_starters integer not null,
    buyers            integer not null
);
