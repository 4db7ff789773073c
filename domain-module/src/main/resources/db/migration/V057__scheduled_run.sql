-- One row for each run of a scheduled job. In a cluster every instance fires the same
-- non-persistent timer at the same tick; the instance whose insert of (job, tick) succeeds does
-- the work and the others skip that tick, so each job runs once per tick per cluster and goes on
-- on the other instances when one dies (docs/architecture.md, DR-7). Purged by housekeeping.
create table scheduled_run (
    job         varchar(50)  not null,
    tick        timestamptz  not null,
    instance    varchar(100) not null,
    claimed_at  timestamptz  not null default now(),
    primary key (job, tick)
);
