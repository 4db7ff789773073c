-- Purges for the HTTP cache in front of the shop (Varnish with xkey, docs/operations.md "Edge
-- cache"). Cached catalog answers name the objects they show in surrogate keys (the web module's
-- CacheTags): product-SKU, category-SLUG, search (listings of no one category), reviews-SLUG and
-- categories (the tree). Triggers write the keys a change makes stale into this outbox, in the
-- transaction that makes the change, whoever makes it: the API, the back office, a bulk import,
-- the catalog generator's COPY or an operator's SQL. A committed change is therefore always
-- purged; a rolled-back one never. Each instance's EdgePurger takes rows (skip locked), sends
-- them to every edge cache and deletes them only when every cache took them, so a failed purge
-- is retried. Keys are written per statement from its transition tables, not per row.
create table edge_purge (
    id         bigint      generated always as identity primary key,
    key        text        not null,
    created_at timestamptz not null default now()
);

-- Writes keys to purge (null and repeated keys left out).
create function edge_enqueue(keys text[]) returns void language plpgsql as $$
begin
    insert into edge_purge (key) select distinct k from unnest(keys) k where k is not null;
end;
$$;

-- The keys of categories and of every category above them: a category's listing shows its
-- whole subtree's products.
create function edge_category_keys(ids bigint[]) returns text[] language sql stable as $$
    with recursive up (id, parent_id, slug) as (
        select c.id, c.parent_id, c.slug from category c where c.id = any (ids)
        union
        select p.id, p.parent_id, p.slug from category p join up on p.id = up.parent_id)
    select coalesce(array_agg('category-' || slug), '{}') from up
$$;

-- The keys of products, by id, and with listings: the listings they are published in (their
-- categories, and search).
create function edge_product_keys(ids bigint[], listings boolean) returns text[] language plpgsql stable as $$
declare
    keys text[];
begin
    select coalesce(array_agg('product-' || upper(sku)), '{}') into keys from product where id = any (ids);
    if listings and exists (select 1 from product where id = any (ids) and status = 'PUBLISHED') then
        keys := keys || edge_category_keys(array(select category_id from product where id = any (ids) and status = 'PUBLISHED'))
            || array['search'];
    end if;
    return keys;
end;
$$;

-- Products: the product itself when anything it shows changed (not its version, update time or
-- search columns); its listings, before and after, when it was or is published and what listings
-- show or where they show it changed.
create function edge_purge_product() returns trigger language plpgsql as $$
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
        changed := changed || edge_category_keys(listed) || array['search'];
    end if;
    perform edge_enqueue(changed);
    return null;
end;
$$;

-- Rows that belong to a product (product_id): its key, and with TG_ARGV[0] = 'listings' its
-- listings' keys too (prices order listings; attributes are their facets).
create function edge_purge_by_product() returns trigger language plpgsql as $$
declare
    ids bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        ids := ids || array(select product_id from new_rows);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        ids := ids || array(select product_id from old_rows);
    end if;
    perform edge_enqueue(edge_product_keys(ids, tg_argv[0] = 'listings'));
    return null;
end;
$$;

-- A variant's option values and an option's values: the product they belong to.
create function edge_purge_variant_option() returns trigger language plpgsql as $$
declare
    ids bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        ids := ids || array(select v.product_id from new_rows r join product_variant v on v.id = r.variant_id);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        ids := ids || array(select v.product_id from old_rows r join product_variant v on v.id = r.variant_id);
    end if;
    perform edge_enqueue(edge_product_keys(ids, false));
    return null;
end;
$$;

create function edge_purge_option_value() returns trigger language plpgsql as $$
declare
    ids bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        ids := ids || array(select o.product_id from new_rows r join product_option o on o.id = r.option_id);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        ids := ids || array(select o.product_id from old_rows r join product_option o on o.id = r.option_id);
    end if;
    perform edge_enqueue(edge_product_keys(ids, false));
    return null;
end;
$$;

-- Price lists: every product they price, and those products' listings (a list's window, currency
-- or priority decides which price is shown). The moments a list's window opens or closes change
-- nothing in the database: EdgePurger purges those lists' products when the moment comes.
create function edge_purge_price_list() returns trigger language plpgsql as $$
declare
    lists bigint[] := '{}';
begin
    if tg_op = 'UPDATE' then
        lists := array(select n.id from old_rows o join new_rows n on n.id = o.id
                       where (o.currency, o.priority, o.valid_from, o.valid_to) is distinct from (n.currency, n.priority, n.valid_from, n.valid_to));
    end if;
    perform edge_enqueue(edge_product_keys(array(select product_id from price_list_entry where price_list_id = any (lists)), true));
    return null;
end;
$$;

-- Stock: only when a variant's stock status, as shoppers see it, changes (in stock, low, out:
-- io.openshop.domain.inventory.StockStatus, low at 5 or fewer), not at every unit. The status
-- before the statement is the sum now less what the statement changed.
create function edge_stock_status(available numeric) returns int language sql immutable as $$
    select case when available <= 0 then 0 when available <= 5 then 1 else 2 end
$$;

create function edge_purge_stock() returns trigger language plpgsql as $$
declare
    variants bigint[] := '{}';
    deltas   bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        select variants || coalesce(array_agg(variant_id), '{}'), deltas || coalesce(array_agg((on_hand - reserved)::bigint), '{}')
            into variants, deltas from new_rows;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        select variants || coalesce(array_agg(variant_id), '{}'), deltas || coalesce(array_agg(-(on_hand - reserved)::bigint), '{}')
            into variants, deltas from old_rows;
    end if;
    perform edge_enqueue(edge_product_keys(array(
        with delta as (
            select d.variant_id, sum(d.change) as change from unnest(variants, deltas) as d (variant_id, change)
            group by d.variant_id having sum(d.change) <> 0),
        now_available as (
            select delta.variant_id, delta.change,
                   coalesce((select sum(s.on_hand - s.reserved) from stock_level s where s.variant_id = delta.variant_id), 0) as available
            from delta)
        select v.product_id from now_available a join product_variant v on v.id = a.variant_id
        where edge_stock_status(a.available) <> edge_stock_status(a.available - a.change)), false));
    return null;
end;
$$;

-- Categories: the tree, the category (by its old and new slug: product pages show it in their
-- breadcrumbs), and the listings above it before and after a move.
create function edge_purge_category() returns trigger language plpgsql as $$
declare
    keys text[] := array['categories'];
    ids  bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        keys := keys || array(select 'category-' || slug from new_rows);
        ids := ids || array(select parent_id from new_rows where parent_id is not null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        keys := keys || array(select 'category-' || slug from old_rows);
        ids := ids || array(select parent_id from old_rows where parent_id is not null);
    end if;
    perform edge_enqueue(keys || edge_category_keys(ids));
    return null;
end;
$$;

-- Reviews: a product's published reviews (by the product's slug) and the product (its rating),
-- when a review is or was published.
create function edge_purge_review() returns trigger language plpgsql as $$
declare
    ids bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        ids := ids || array(select product_id from new_rows where status = 'PUBLISHED');
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        ids := ids || array(select product_id from old_rows where status = 'PUBLISHED');
    end if;
    perform edge_enqueue(edge_product_keys(ids, false) || array(select 'reviews-' || slug from product where id = any (ids)));
    return null;
end;
$$;

-- Facet and attribute definitions of a product type: its products and their listings.
create function edge_purge_type_attribute() returns trigger language plpgsql as $$
declare
    types bigint[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        types := types || array(select product_type_id from new_rows);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        types := types || array(select product_type_id from old_rows);
    end if;
    perform edge_enqueue(edge_product_keys(array(select id from product where product_type_id = any (types)), true));
    return null;
end;
$$;

-- Each table's three triggers (insert, update, delete), per statement, with its transition tables.
do $$
declare
    t record;
begin
    for t in select * from (values
            ('product', 'edge_purge_product', ''),
            ('product_variant', 'edge_purge_by_product', 'product'),
            ('price_list_entry', 'edge_purge_by_product', 'listings'),
            ('product_attribute', 'edge_purge_by_product', 'listings'),
            ('product_image', 'edge_purge_by_product', 'product'),
            ('product_option', 'edge_purge_by_product', 'product'),
            ('variant_option', 'edge_purge_variant_option', ''),
            ('product_option_value', 'edge_purge_option_value', ''),
            ('stock_level', 'edge_purge_stock', ''),
            ('category', 'edge_purge_category', ''),
            ('product_review', 'edge_purge_review', ''),
            ('product_type_attribute', 'edge_purge_type_attribute', '')) as x (tab, fn, arg)
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
            || ' for each statement execute function %I(%L)', 'edge_purge_' || t.tab || '_insert', t.tab, t.fn, t.arg);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function %I(%L)', 'edge_purge_' || t.tab || '_update', t.tab, t.fn, t.arg);
        execute format('create trigger %I after delete on %I referencing old table as old_rows'
            || ' for each statement execute function %I(%L)', 'edge_purge_' || t.tab || '_delete', t.tab, t.fn, t.arg);
    end loop;
end;
$$;

-- A price list's own changes (only updates: a new list has no entries yet, a deleted one's
-- entries go first and purge by themselves).
create trigger edge_purge_price_list_update after update on price_list referencing old table as old_rows new table as new_rows
    for each statement execute function edge_purge_price_list();
