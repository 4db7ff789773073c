-- The catalog's version: a number that changes whenever anything a listing counts changes
-- (products, their categories and attributes, variants' SKUs, prices and price lists, the
-- category tree, which attributes are facets), whoever writes it: the application, the catalog
-- generator's COPY, or an operator's SQL. Instances key their cached totals and facets by it,
-- so a cache is never consulted for a catalog that has changed since, on any instance.
create table catalog_version (
    id    boolean primary key default true,
    value bigint  not null,
    constraint catalog_version_single_row_ck check (id)
);
insert into catalog_version (id, value) values (true, 1);

create function catalog_version_bump() returns trigger language plpgsql as $$
begin
    update catalog_version set value = value + 1;
    return null;
end;
$$;

-- Once per statement, not per row: a COPY of 10,000 products bumps it once.
create trigger catalog_version_product after insert or update or delete or truncate on product
    for each statement execute function catalog_version_bump();
create trigger catalog_version_variant after insert or update or delete or truncate on product_variant
    for each statement execute function catalog_version_bump();
create trigger catalog_version_attribute after insert or update or delete or truncate on product_attribute
    for each statement execute function catalog_version_bump();
create trigger catalog_version_category after insert or update or delete or truncate on category
    for each statement execute function catalog_version_bump();
create trigger catalog_version_price_list after insert or update or delete or truncate on price_list
    for each statement execute function catalog_version_bump();
create trigger catalog_version_price_entry after insert or update or delete or truncate on price_list_entry
    for each statement execute function catalog_version_bump();
create trigger catalog_version_type_attribute after insert or update or delete or truncate on product_type_attribute
    for each statement execute function catalog_version_bump();
