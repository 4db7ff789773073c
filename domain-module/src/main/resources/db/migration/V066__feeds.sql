-- Feeds (sitemap, Google Merchant Center product feed): generated from the published catalog when
-- it has changed, kept here gzip-compressed and served as kept, so no request reads the catalog.
-- One table for every instance of a cluster: whichever instance generates, all serve the same.
create table feed_file (
    name          varchar(200) primary key,
    content_type  varchar(100) not null,
    content       bytea        not null,
    state         varchar(100) not null,
    generated_at  timestamptz  not null,
    constraint feed_file_name_ck check (name ~ '^[a-z0-9][a-z0-9/.-]*$')
);

create table feed_generation (
    id            boolean      primary key default true,
    state         varchar(100) not null,
    generated_at  timestamptz  not null,
    products      bigint       not null,
    files         integer      not null,
    constraint feed_generation_single_row_ck check (id),
    constraint feed_generation_counts_ck check (products >= 0 and files > 0)
);
