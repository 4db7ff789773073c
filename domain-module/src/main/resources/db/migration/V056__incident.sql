-- The incidents (faults of the shop's own, answered with an incident id) that the back office's
-- system page lists; the stack trace stays in the instance's server log under the same id.
-- Rows are only inserted, and purged after the retention period (shop.system.incident-retention-days).
create table incident (
    id           varchar(36)  primary key,
    occurred_at  timestamptz  not null,
    instance     varchar(100) not null,
    request      varchar(300),
    request_id   varchar(64),
    account_id   bigint,
    summary      varchar(500) not null
);
create index incident_occurred_at on incident (occurred_at desc);
