-- Bulk imports of products (Jakarta Batch): the file as uploaded, the job's progress as its chunks
-- commit (each chunk's counts and row errors are written in the chunk's own transaction, so a
-- restarted job neither counts nor reports a row twice), and each refused row by its line.
create sequence catalog_import_seq start with 50 increment by 50 minvalue 50;
create table catalog_import (
    id            bigint       primary key,
    format        varchar(4)   not null,
    file_name     varchar(200) not null,
    content       text         not null,
    status        varchar(12)  not null,
    execution_id  bigint,
    rows_read     integer      not null default 0,
    rows_created  integer      not null default 0,
    rows_updated  integer      not null default 0,
    rows_unchanged integer     not null default 0,
    rows_failed   integer      not null default 0,
    restarts      integer      not null default 0,
    created_by    varchar(254) not null,
    created_at    timestamptz  not null,
    finished_at   timestamptz,
    version       bigint       not null default 0,
    constraint catalog_import_format_ck check (format in ('CSV', 'JSON')),
    constraint catalog_import_status_ck check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);
create index catalog_import_created_idx on catalog_import (created_at desc, id desc);

create table catalog_import_error (
    import_id bigint       not null,
    line      integer      not null,
    sku       varchar(40),
    field     varchar(80)  not null,
    reason    varchar(500) not null,
    constraint catalog_import_error_pk primary key (import_id, line),
    constraint catalog_import_error_import_fk foreign key (import_id) references catalog_import (id) on delete cascade
);
