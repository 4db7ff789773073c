-- Every change to a stock level, appended in the statement that makes it (reservation, release,
-- commit as a parcel leaves, a return put back on hand, a staff adjustment with its reason):
-- the movement history of a SKU in the back office, with who and when. Nothing updates or
-- deletes a row. on_hand_after/reserved_after are the level right after the change, so a
-- history can be read without replaying it.
create table stock_movement (
    id             bigint       generated always as identity primary key,
    variant_id     bigint       not null,
    warehouse_id   bigint       not null,
    kind           varchar(12)  not null,
    quantity       integer      not null,
    on_hand_after  integer      not null,
    reserved_after integer      not null,
    reason         varchar(12),
    reference      varchar(40),
    actor          varchar(254) not null,
    note           varchar(200),
    at             timestamptz  not null default now(),
    constraint stock_movement_variant_fk foreign key (variant_id) references product_variant (id) on delete cascade,
    constraint stock_movement_warehouse_fk foreign key (warehouse_id) references warehouse (id),
    constraint stock_movement_kind_ck check (kind in ('RESERVED', 'RELEASED', 'COMMITTED', 'RETURNED', 'ADJUSTED')),
    constraint stock_movement_reason_ck check ((kind = 'ADJUSTED') = (reason is not null)
        and (reason is null or reason in ('RECEIVED', 'DAMAGED', 'COUNTED'))),
    constraint stock_movement_quantity_ck check (quantity <> 0 or reason = 'COUNTED')
);
-- a SKU's history, newest first
create index stock_movement_variant_idx on stock_movement (variant_id, id desc);

-- the low-stock list: rows with little left to promise, without reading every stock level
create index stock_level_available_idx on stock_level ((on_hand - reserved), variant_id, warehouse_id);
