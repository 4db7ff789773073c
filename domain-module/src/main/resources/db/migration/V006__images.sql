-- Product images, stored once per content (the SHA-256 of the bytes is the key), so the same
-- picture on two products is kept once and its URL never changes: it can be cached forever.
-- Thumbnails are made on first request in a few fixed widths and kept beside the original.

create table image (
    content_hash char(64)    primary key,
    content_type varchar(20) not null,
    width        integer     not null,
    height       integer     not null,
    data         bytea       not null,
    created_at   timestamptz not null default now(),
    constraint image_hash_ck check (content_hash ~ '^[0-9a-f]{64}$'),
    constraint image_type_ck check (content_type in ('image/png', 'image/jpeg')),
    constraint image_size_ck check (width > 0 and height > 0 and width <= 8000 and height <= 8000)
);

create table image_thumbnail (
    content_hash char(64) not null,
    width        integer  not null,
    height       integer  not null,
    data         bytea    not null,
    constraint image_thumbnail_pk primary key (content_hash, width),
    constraint image_thumbnail_image_fk foreign key (content_hash) references image (content_hash) on delete cascade
);

create table product_image (
    product_id   bigint       not null,
    position     integer      not null,
    content_hash char(64)     not null,
    alt_text     varchar(200) not null,
    constraint product_image_pk primary key (product_id, position),
    constraint product_image_product_fk foreign key (product_id) references product (id) on delete cascade,
    constraint product_image_image_fk foreign key (content_hash) references image (content_hash)
);

-- The first image of a product, kept on the product so that listings need no extra statement.
alter table product add column image_hash char(64);
alter table product add constraint product_image_hash_fk foreign key (image_hash) references image (content_hash);
