-- Two moves at the same time could each pass the cycle check against the tree as it was before
-- the other (A under B while B goes under A). Moves of the tree now take a transaction-scoped
-- advisory lock first, so the second waits for the first to commit and then checks against the
-- tree that includes it (in READ COMMITTED each statement of the function sees a new snapshot).
create or replace function category_refuse_cycle() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null then
        perform pg_advisory_xact_lock(hashtext('category_tree'));
        if exists (
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
    end if;
    return new;
end;
$$;
