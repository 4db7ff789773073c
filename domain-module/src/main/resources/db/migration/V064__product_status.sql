-- Whether shoppers see a product (ProductStatus): products made in the back office start as
-- drafts; every product that exists today is on the storefront, so it starts PUBLISHED.
alter table product add column status varchar(12) not null default 'PUBLISHED'
    constraint product_status_ck check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED'));

-- When staff last changed a product or a part of it (options, variants, pictures, list prices):
-- every such change moves the product's version, so an edit made against an older one is refused.
alter table product add column updated_at timestamptz;

-- Reordering or removing a product's pictures renumbers their positions; EclipseLink writes the
-- rows one at a time, so the key is checked at commit, when the numbering is whole again.
alter table product_image drop constraint product_image_pk;
alter table product_image add constraint product_image_pk primary key (product_id, position) deferrable initially deferred;
