-- Feeder of the search simulation: words of product names (at least 5 letters), and the same
-- words with their third letter left out (a typo), kept only when the shop's own search
-- predicate finds them, with the shop's trigram threshold (CSV on stdout).
set pg_trgm.word_similarity_threshold = 0.4;
copy (
  with words as (
    select distinct lower(w) as w
    from (select name from product order by random() limit 20000) p,
         regexp_split_to_table(p.name, '\s+') w
    where w ~ '^[A-Za-z]{5,}$'),
  terms as (
    select w as term from words
    union
    select left(w, 2) || substr(w, 4) from words)
  select term from terms t
  where exists (select 1 from product p
                where p.search_vector @@ websearch_to_tsquery('english', t.term) or t.term <% p.search_name)
  order by term
) to stdout with (format csv, header);
