-- The four statements PostgresProductSearch runs for one search (relevance order, page of 24),
-- for the term in :'q' (as typed) and :'qn' (normalised: lowercase, letters/digits/spaces).
-- Included by search-plans.sql; not meant to run on its own.

\echo === search :'q' : hits, relevance, limit 25
explain (analyze, buffers)
select h.id, h.score, h.price_text, h.created_text from (
  select p.id,
         cast(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', :'q'), 32)
              + word_similarity(:'qn', p.search_name) as float8) as score,
         p.price_amount, p.created_at,
         cast(p.price_amount as text) as price_text, cast(p.created_at as text) as created_text
  from product p
  where (p.search_vector @@ websearch_to_tsquery('english', :'q') or :'qn' <% p.search_name)) h
order by h.score desc, h.id desc limit 25;

\echo === search :'q' : count
explain (analyze, buffers)
select count(*) from product p
where (p.search_vector @@ websearch_to_tsquery('english', :'q') or :'qn' <% p.search_name);

\echo === search :'q' : category facet
explain (analyze, buffers)
select p.category_id, count(*) from product p
where (p.search_vector @@ websearch_to_tsquery('english', :'q') or :'qn' <% p.search_name)
group by p.category_id;

\echo === search :'q' : price facet
explain (analyze, buffers)
select case when p.price_amount >= 0 and p.price_amount < 25 then '0-25'
            when p.price_amount >= 25 and p.price_amount < 50 then '25-50'
            when p.price_amount >= 50 and p.price_amount < 100 then '50-100'
            when p.price_amount >= 100 and p.price_amount < 250 then '100-250'
            when p.price_amount >= 250 and p.price_amount < 500 then '250-500'
            when p.price_amount >= 500 then '500-' end as band, count(*)
from product p
where (p.search_vector @@ websearch_to_tsquery('english', :'q') or :'qn' <% p.search_name)
group by 1;
