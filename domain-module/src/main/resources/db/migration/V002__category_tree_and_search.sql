-- Categories form a tree, and products are searchable by PostgreSQL itself:
-- full text (name and SKU weighted above description) and trigram similarity for typos.

alter table category add column parent_id bigint;
alter table category add constraint category_parent_fk foreign key (parent_id) references category (id);
alter table category add constraint category_parent_not_self_ck check (parent_id is null or parent_id <> id);
create index category_parent_idx on category (parent_id);

-- The domain refuses cycles; the database refuses them too, whatever writes the row.
create function category_refuse_cycle() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null and exists (
        with recursive ancestors(id, parent_id) as (
            select id, parent_id from category where id = new.parent_id
            union all
            select c.id, c.parent_id from category c join ancestors a on c.id = a.parent_id
        )
        select 1 from ancestors where id = new.id
    ) then
        raise exception 'category % cannot move under % : that would make a cycle', new.id, new.parent_id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger category_refuse_cycle before insert or update of parent_id on category
    for each row execute function category_refuse_cycle();

create extension if not exists pg_trgm;

alter table product add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', name), 'A')
     || setweight(to_tsvector('simple', sku), 'A')
     || setweight(to_tsvector('english', description), 'B')) stored;

-- The name as one types it without punctuation: 'T-Shirt' becomes 'tshirt', so that 'tshrt' is near.
alter table product add column search_name text generated always as (
        lower(regexp_replace(name, '[^[:alnum:][:space:]]+', '', 'g'))) stored;

create index product_search_vector_idx on product using gin (search_vector);
create index product_search_name_trgm_idx on product using gin (search_name gin_trgm_ops);
create index product_price_idx on product (price_amount, id);
