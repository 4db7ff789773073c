-- EXPLAIN (ANALYZE, BUFFERS) of the search statements in the shape of the price-list work
-- (V003__price_lists.sql, PriceSql.pricedProducts): every product with its effective price in
-- the shopper's currency (here EUR), a correlated subquery on price_list_entry and price_list,
-- filtered "eff_price is not null". Needs V003 applied. Read-only.
--   PGPASSWORD=$(cat var/secrets/db-password) psql -h 127.0.0.1 -p 5433 -U shop shop \
--     -f catalog-generator/perf/price-list-plans.sql

\set ON_ERROR_STOP on
\pset pager off
set pg_trgm.word_similarity_threshold = 0.4;
select count(*), sum(length(p.name)) from product p \g /dev/null

select to_regclass('price_list_entry') is not null as have_price_lists \gset
\if :have_price_lists
\else
\echo 'No price_list_entry table: apply V003__price_lists.sql (start the shop) first.'
\quit
\endif
select count(*) as price_entries from price_list_entry \gset
\echo price_list_entry rows: :price_entries

select created_at as newest_at, id as newest_id from product
  order by created_at desc, id desc offset 23 limit 1 \gset
select price_amount as cheap_price, id as cheap_id from product
  order by price_amount, id offset 23 limit 1 \gset
select id as bags_id from category where slug = 'generated-bags' \gset

-- The FROM item of every statement below, as PriceSql.pricedProducts('EUR') writes it.
\set priced '(select p.*, coalesce((select e.amount from price_list_entry e join price_list l on l.id = e.price_list_id where e.product_id = p.id and l.currency = ''EUR'' and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now()) order by l.priority desc, l.valid_from desc nulls last, l.id desc limit 1), case when p.price_currency = ''EUR'' then p.price_amount end) as eff_price from product p) p'

\echo === priced: browse newest, first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced where p.eff_price is not null) h
order by h.created_at desc, h.id desc limit 25;

\echo === priced: category generated-bags, newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced where p.eff_price is not null and p.category_id in (:bags_id)) h
order by h.created_at desc, h.id desc limit 25;

\echo === priced: price ascending, first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced where p.eff_price is not null) h
order by h.price_amount asc, h.id asc limit 25;

\echo === priced: price ascending, next page (keyset)
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced where p.eff_price is not null) h
where (h.price_amount, h.id) > (cast(:'cheap_price' as numeric), :cheap_id)
order by h.price_amount asc, h.id asc limit 25;

\echo === priced: browse count
explain (analyze, buffers)
select count(*) from :priced where p.eff_price is not null;

\echo === priced: browse category facet
explain (analyze, buffers)
select p.category_id, count(*) from :priced where p.eff_price is not null group by p.category_id;

\echo === priced: browse price facet
explain (analyze, buffers)
select case when p.eff_price >= 0 and p.eff_price < 25 then '0-25'
            when p.eff_price >= 25 and p.eff_price < 50 then '25-50'
            when p.eff_price >= 50 and p.eff_price < 100 then '50-100'
            when p.eff_price >= 100 and p.eff_price < 250 then '100-250'
            when p.eff_price >= 250 and p.eff_price < 500 then '250-500'
            when p.eff_price >= 500 then '500-' end as band, count(*)
from :priced where p.eff_price is not null group by 1;

\echo === priced: search backpack, relevance
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id,
         cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'backpack'), 32)
              + word_similarity('backpack', p.search_name) as float8) as score,
         p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced
  where p.eff_price is not null
    and (p.search_vector @@ websearch_to_tsquery('english', 'backpack') or 'backpack' <% p.search_name)) h
order by h.score desc, h.id desc limit 25;

\echo === priced: search backpack, count
explain (analyze, buffers)
select count(*) from :priced
where p.eff_price is not null
  and (p.search_vector @@ websearch_to_tsquery('english', 'backpack') or 'backpack' <% p.search_name);

\echo === priced: price band 100-250, newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :priced where p.eff_price is not null and p.eff_price >= 100 and p.eff_price < 250) h
order by h.created_at desc, h.id desc limit 25;

-- Experiment, not in the code: the effective prices computed once, set-based (the active lists
-- of the currency, the best entry per product by DISTINCT ON, one hash join), instead of a
-- correlated subquery per row and per mention of eff_price.
\set setbased '(select p.*, coalesce(b.amount, case when p.price_currency = ''EUR'' then p.price_amount end) as eff_price from product p left join (select distinct on (e.product_id) e.product_id, e.amount from price_list_entry e join price_list l on l.id = e.price_list_id where l.currency = ''EUR'' and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now()) order by e.product_id, l.priority desc, l.valid_from desc nulls last, l.id desc) b on b.product_id = p.id) p'

\echo === set-based experiment: browse count
explain (analyze, buffers)
select count(*) from :setbased where p.eff_price is not null;

\echo === set-based experiment: browse price facet
explain (analyze, buffers)
select case when p.eff_price >= 0 and p.eff_price < 25 then '0-25'
            when p.eff_price >= 25 and p.eff_price < 50 then '25-50'
            when p.eff_price >= 50 and p.eff_price < 100 then '50-100'
            when p.eff_price >= 100 and p.eff_price < 250 then '100-250'
            when p.eff_price >= 250 and p.eff_price < 500 then '250-500'
            when p.eff_price >= 500 then '500-' end as band, count(*)
from :setbased where p.eff_price is not null group by 1;

\echo === set-based experiment: price ascending, first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :setbased where p.eff_price is not null) h
order by h.price_amount asc, h.id asc limit 25;

\echo === set-based experiment: browse newest, first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.eff_price as price_amount, p.created_at,
         cast(p.eff_price as text) as price_text, cast(p.created_at as text) as created_text
  from :setbased where p.eff_price is not null) h
order by h.created_at desc, h.id desc limit 25;
