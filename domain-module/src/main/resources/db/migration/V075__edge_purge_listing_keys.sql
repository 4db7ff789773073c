-- Two corrections to V074's purges, found by the edge benchmark's staleness probe.
--
-- 1. A listing's contents get keys of their own, listing-SLUG (and search), apart from a
--    category's own data, category-SLUG. Product answers name their category path by
--    category-SLUG (for its names); with one key for both, a price change purged every cached
--    product of the same category tree, and the misses that followed slowed the shop down.
--    Listing keys go to the category and every category above it; a category's own change
--    (its name, slug or place) purges its key, the tree, and the listings above it, before and
--    after, with search (listings show their items' category names).
--
-- 2. Each purge is sent twice: once at once, and again two seconds later (round 2). A request
--    that reached the shop before the change was saved can still be answered after the first
--    purge and be cached with the old value; the second purge removes such a copy.
alter table edge_purge add column round smallint not null default 1,
                       add column not_before timestamptz not null default now();
create index edge_purge_due_idx on edge_purge (not_before, id);

create function edge_listing_keys(ids bigint[]) returns text[] language sql stable as $$
    with recursive up (id, parent_id, slug) as (
        select c.id, c.parent_id, c.slug from category c where c.id = any (ids)
        union
        select p.id, p.parent_id, p.slug from category p join up on p.id = up.parent_id)
    select coalesce(array_agg('listing-' || slug), '{}') || array['search'] from up
$$;

create or replace function edge_product_keys(ids bigint[], listings boolean) returns text[] language plpgsql stable as $$
declare
    keys text[];
begin
    select coalesce(array_agg('product-' || upper(sku)), '{}') into keys from product where id = any (ids);
    if listings and exists (select 1 from product where id = any (ids) and status = 'PUBLISHED') then
        keys := keys || edge_listing_keys(array(select category_id from product where id = any (ids) and status = 'PUBLISHED'));
    end if;
    return keys;
end;
$$;

create or replace function edge_purge_product() returns trigger language plpgsql as $$
declare
    changed text[];
    listed bigint[];
begin
    if tg_op = 'INSERT' then
        changed := array(select 'product-' || upper(sku) from new_rows);
        listed := array(select category_id from new_rows where status = 'PUBLISHED');
    elsif tg_op = 'DELETE' then
        changed := array(select 'product-' || upper(sku) from old_rows);
        listed := array(select category_id from old_rows where status = 'PUBLISHED');
    else
        changed := array(
            select 'product-' || upper(s)
            from old_rows o join new_rows n on n.id = o.id
                cross join lateral unnest(array[o.sku, n.sku]) s
            where to_jsonb(o) - array['version', 'updated_at', 'search_vector', 'search_name']
                is distinct from to_jsonb(n) - array['version', 'updated_at', 'search_vector', 'search_name']);
        listed := array(
            select c
            from old_rows o join new_rows n on n.id = o.id
                cross join lateral unnest(array[o.category_id, n.category_id]) c
            where (o.status = 'PUBLISHED' or n.status = 'PUBLISHED')
              and (o.slug, o.sku, o.name, o.price_amount, o.price_currency, o.category_id, o.status, o.image_hash, o.product_type_id)
                  is distinct from (n.slug, n.sku, n.name, n.price_amount, n.price_currency, n.category_id, n.status, n.image_hash,
                                    n.product_type_id));
    end if;
    if cardinality(listed) > 0 then
        changed := changed || edge_listing_keys(listed);
    end if;
    perform edge_enqueue(changed);
    return null;
end;
$$;

create or replace function edge_purge_category() returns trigger language plpgsql as $$
declare
    keys text[] := array['categories'];
    ids  bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        keys := keys || array(select 'category-' || slug from new_rows) || array(select 'listing-' || slug from new_rows);
        ids := ids || array(select parent_id from new_rows where parent_id is not null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        keys := keys || array(select 'category-' || slug from old_rows) || array(select 'listing-' || slug from old_rows);
        ids := ids || array(select parent_id from old_rows where parent_id is not null);
    end if;
    perform edge_enqueue(keys || edge_listing_keys(ids));
    return null;
end;
$$;

drop function edge_category_keys(bigint[]);
