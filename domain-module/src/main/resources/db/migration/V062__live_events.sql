-- What open back-office dashboards are told at once: a new order, a low-stock alert, a parked
-- workflow step. Written in the transaction of the change itself (so only what committed is
-- told); every instance of a cluster reads the rows after the last one it saw, twice a second,
-- and pushes them to the dashboards connected to it. No personal data (order numbers, SKUs,
-- amounts). Kept for a day (Housekeeping).
create table live_event (
    id   bigint       generated always as identity primary key,
    at   timestamptz  not null default now(),
    kind varchar(20)  not null,
    text varchar(300) not null,
    constraint live_event_kind_ck check (kind in ('ORDER', 'LOW_STOCK', 'PARKED_STEP'))
);
create index live_event_at_idx on live_event (at);
