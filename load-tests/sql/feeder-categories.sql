-- Feeder of the category listing and JSF category page simulations: every category that has
-- products in its subtree, as a shopper reaches it from the menu (CSV on stdout).
copy (
  with recursive up(id, ancestor) as (
    select id, id from category
    union all
    select up.id, c.parent_id from up join category c on c.id = up.ancestor where c.parent_id is not null)
  select c.slug, c.name
  from category c
  where exists (select 1 from up join product p on p.category_id = up.id where up.ancestor = c.id)
  order by c.slug
) to stdout with (format csv, header);
