-- EXPLAIN (ANALYZE, BUFFERS) of the statements the storefront's search and listings run
-- (PostgresProductSearch and JpaCatalogRepository as committed), page size 24 (limit 25).
-- Run from the repository root after filling the catalog with the generator:
--   PGPASSWORD=$(cat var/secrets/db-password) psql -h 127.0.0.1 -p 5433 -U shop shop \
--     -f catalog-generator/perf/search-plans.sql
-- Parameters are inlined as literals, so each statement gets a custom plan (the application
-- binds them; PostgreSQL may switch a prepared statement to a generic plan after five runs).

\set ON_ERROR_STOP on
\pset pager off
set pg_trgm.word_similarity_threshold = 0.4;

-- Warm-up: a backend's first pass over shared buffers pays page faults (75 ms instead of 15 ms
-- for a scan of 100,000 rows here); the shop's pooled connections have paid them long ago.
select count(*), sum(length(p.name)) from product p \g /dev/null

-- Cursors and category ids, taken from the data so that the script works on any run.
select created_at as newest_at, id as newest_id from product
  order by created_at desc, id desc offset 23 limit 1 \gset
select price_amount as cheap_price, id as cheap_id from product
  order by price_amount, id offset 23 limit 1 \gset
with recursive t(id) as (select id from category where slug = 'generated'
                         union all select c.id from category c join t on c.parent_id = t.id)
select string_agg(id::text, ',') as generated_ids from t \gset
select id as bags_id from category where slug = 'generated-bags' \gset
select id as apparel_id from category where slug = 'apparel' \gset

\echo === browse newest: first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p) h
order by h.created_at desc, h.id desc limit 25;

\echo === browse newest: next page (keyset)
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p) h
where (h.created_at, h.id) < (cast(:'newest_at' as timestamptz), :newest_id)
order by h.created_at desc, h.id desc limit 25;

\echo === browse: count
explain (analyze, buffers)
select count(*) from product p;

\echo === browse: category facet
explain (analyze, buffers)
select p.category_id, count(*) from product p group by p.category_id;

\echo === browse: price facet
explain (analyze, buffers)
select case when p.price_amount >= 0 and p.price_amount < 25 then '0-25'
            when p.price_amount >= 25 and p.price_amount < 50 then '25-50'
            when p.price_amount >= 50 and p.price_amount < 100 then '50-100'
            when p.price_amount >= 100 and p.price_amount < 250 then '100-250'
            when p.price_amount >= 250 and p.price_amount < 500 then '250-500'
            when p.price_amount >= 500 then '500-' end as band, count(*)
from product p group by 1;

\echo === category generated (21 ids, 100k products): newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.category_id in (:generated_ids)) h
order by h.created_at desc, h.id desc limit 25;

\echo === category generated-bags (1 id, ~7k products): newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.category_id in (:bags_id)) h
order by h.created_at desc, h.id desc limit 25;

\echo === category generated (21 ids): count
explain (analyze, buffers)
select count(*) from product p where p.category_id in (:generated_ids);

\echo === category generated-bags: count
explain (analyze, buffers)
select count(*) from product p where p.category_id in (:bags_id);

\echo === price ascending: first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p) h
order by h.price_amount asc, h.id asc limit 25;

\echo === price ascending: next page (keyset)
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p) h
where (h.price_amount, h.id) > (cast(:'cheap_price' as numeric), :cheap_id)
order by h.price_amount asc, h.id asc limit 25;

\echo === price descending: first page
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p) h
order by h.price_amount desc, h.id desc limit 25;

\echo === category generated-bags, price ascending
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.category_id in (:bags_id)) h
order by h.price_amount asc, h.id asc limit 25;

\echo === price band 100-250, newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.price_amount >= 100 and p.price_amount < 250) h
order by h.created_at desc, h.id desc limit 25;

\echo === search backpack, price ascending
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id,
         cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'backpack'), 32)
              + word_similarity('backpack', p.search_name) as float8) as score,
         p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p
  where (p.search_vector @@ websearch_to_tsquery('english', 'backpack') or 'backpack' <% p.search_name)) h
order by h.price_amount asc, h.id asc limit 25;

\echo === category apparel (12 products): newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.category_id in (:apparel_id)) h
order by h.created_at desc, h.id desc limit 25;

\echo === category apparel (12 products): price ascending
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(0 as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where p.category_id in (:apparel_id)) h
order by h.price_amount asc, h.id asc limit 25;

\echo === search backpack, newest
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'backpack'), 32)
              + word_similarity('backpack', p.search_name) as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where (p.search_vector @@ websearch_to_tsquery('english', 'backpack') or 'backpack' <% p.search_name)) h
order by h.created_at desc, h.id desc limit 25;

\echo === search lantern, price ascending
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'lantern'), 32)
              + word_similarity('lantern', p.search_name) as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where (p.search_vector @@ websearch_to_tsquery('english', 'lantern') or 'lantern' <% p.search_name)) h
order by h.price_amount asc, h.id asc limit 25;

\echo === search backpack in category generated-bags, relevance
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'backpack'), 32)
              + word_similarity('backpack', p.search_name) as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where (p.search_vector @@ websearch_to_tsquery('english', 'backpack') or 'backpack' <% p.search_name) and p.category_id in (:bags_id)) h
order by h.score desc, h.id desc limit 25;

\echo === search quokka (no match), price ascending
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id, cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', 'quokka'), 32)
              + word_similarity('quokka', p.search_name) as float8) as score, p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p where (p.search_vector @@ websearch_to_tsquery('english', 'quokka') or 'quokka' <% p.search_name)) h
order by h.price_amount asc, h.id asc limit 25;

\set q 'backpack'
\set qn 'backpack'
\ir search-term.sql
\set q 'bakpack'
\set qn 'bakpack'
\ir search-term.sql
\set q 'GEN-0012345'
\set qn 'gen0012345'
\ir search-term.sql
\set q 'waterproof jacket'
\set qn 'waterproof jacket'
\ir search-term.sql
\set q 'cotton'
\set qn 'cotton'
\ir search-term.sql

\echo === home page (JpaCatalogRepository.products): page 1
explain (analyze, buffers)
select p.*, c.* from product p join category c on c.id = p.category_id
order by p.created_at desc, p.id desc limit 24 offset 0;

\echo === home page (JpaCatalogRepository.products): page 100 (offset 2376)
explain (analyze, buffers)
select p.*, c.* from product p join category c on c.id = p.category_id
order by p.created_at desc, p.id desc limit 24 offset 2376;

\echo === exact SKU lookup (exactSku)
explain (analyze, buffers)
select p.slug from product p where p.sku = 'GEN-0012345';
