-- Stock synchronisation from an ERP or warehouse system (POST /api/admin/inventory/sync): each
-- request is kept under its idempotency key with the per-line results it had, so a retry of the
-- same request answers the same results and changes nothing, and the same key with another body
-- is refused. Purged by housekeeping after shop.retention.stock-syncs-days (30).
create table stock_sync (
    key           varchar(100) primary key,
    request_hash  char(64)     not null,
    actor         varchar(254) not null,
    created_at    timestamptz  not null,
    constraint stock_sync_key_ck check (length(key) between 1 and 100)
);
create index stock_sync_created_idx on stock_sync (created_at);

create table stock_sync_line (
    sync_key   varchar(100) not null,
    line       integer      not null,
    sku        varchar(64)  not null,
    warehouse  varchar(64)  not null,
    status     varchar(10)  not null,
    on_hand    integer,
    reserved   integer,
    problem    varchar(400),
    constraint stock_sync_line_pk primary key (sync_key, line),
    constraint stock_sync_line_sync_fk foreign key (sync_key) references stock_sync (key) on delete cascade,
    constraint stock_sync_line_status_ck check (status in ('APPLIED', 'UNCHANGED', 'REFUSED'))
);

-- A level set by a synchronisation is an adjustment of its own reason in the movement history.
alter table stock_movement drop constraint stock_movement_reason_ck;
alter table stock_movement add constraint stock_movement_reason_ck check ((kind = 'ADJUSTED') = (reason is not null)
    and (reason is null or reason in ('RECEIVED', 'DAMAGED', 'COUNTED', 'SYNCED')));
alter table stock_movement drop constraint stock_movement_quantity_ck;
alter table stock_movement add constraint stock_movement_quantity_ck check (quantity <> 0 or reason in ('COUNTED', 'SYNCED'));
