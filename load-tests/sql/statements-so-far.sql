-- The statements the shop's database executed so far, as "calls execution-ms"
-- (pg_stat_statements; ./bench takes the difference over each phase).
select coalesce(sum(calls), 0) || ' ' || round(coalesce(sum(total_exec_time), 0)::numeric, 1)
from pg_stat_statements
where dbid = (select oid from pg_database where datname = current_database())
  and query not ilike '%pg_stat_statements%';
