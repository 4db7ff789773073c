-- Product reviews: one per customer and product, rated 1 to 5, moderated before anyone sees
-- them. The review text is untrusted input, stored as typed and escaped wherever it is shown.
create sequence product_review_seq start with 50 increment by 50 minvalue 50;

create table product_review (
    id                 bigint        primary key,
    product_id         bigint        not null,
    customer_id        bigint        not null,
    rating             smallint      not null,
    title              varchar(120)  not null,
    body               varchar(4000) not null,
    status             varchar(20)   not null,
    verified_purchase  boolean       not null default false,
    created_at         timestamptz   not null,
    moderated_at       timestamptz,
    moderated_by       varchar(254),
    version            bigint        not null default 0,
    constraint product_review_product_fk foreign key (product_id) references product (id) on delete cascade,
    constraint product_review_customer_fk foreign key (customer_id) references app_user (id) on delete cascade,
    constraint product_review_once_uk unique (product_id, customer_id),
    constraint product_review_rating_ck check (rating between 1 and 5),
    constraint product_review_status_ck check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
    constraint product_review_title_ck check (length(btrim(title)) > 0),
    constraint product_review_body_ck check (length(btrim(body)) > 0),
    constraint product_review_moderated_ck check ((status = 'PENDING') = (moderated_at is null))
);

-- Shoppers only ever read a product's published reviews, newest first: this one partial index
-- serves both the keyset pages (product, created_at desc, id desc) and, through the included
-- rating, the average and count as an index-only scan. The summary is therefore computed on
-- read and can never drift from the reviews; there is no counter row to contend on.
create index product_review_published_idx on product_review (product_id, created_at desc, id desc)
    include (rating) where status = 'PUBLISHED';

-- The moderation queue: what waits, oldest first.
create index product_review_pending_idx on product_review (created_at, id) where status = 'PENDING';

-- A customer's own reviews (erasure, "you reviewed this"); the unique key covers (product, customer).
create index product_review_customer_idx on product_review (customer_id);
