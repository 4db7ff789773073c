-- Bulk exports of products (Jakarta Batch): each committed chunk appends its part of the file, so
-- a restarted job writes each product once; the download joins the parts in order.
create sequence catalog_export_seq start with 50 increment by 50 minvalue 50;
create table catalog_export (
    id           bigint       primary key,
    format       varchar(4)   not null,
    status       varchar(12)  not null,
    execution_id bigint,
    rows_written integer      not null default 0,
    restarts     integer      not null default 0,
    instance     varchar(100),
    created_by   varchar(254) not null,
    created_at   timestamptz  not null,
    finished_at  timestamptz,
    version      bigint       not null default 0,
    constraint catalog_export_format_ck check (format in ('CSV', 'JSON')),
    constraint catalog_export_status_ck check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);
create table catalog_export_part (
    export_id bigint  not null,
    part      integer not null,
    content   text    not null,
    constraint catalog_export_part_pk primary key (export_id, part),
    constraint catalog_export_part_export_fk foreign key (export_id) references catalog_export (id) on delete cascade
);
