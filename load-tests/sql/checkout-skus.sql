-- The checkout benchmark's SKUs: 500 random variants priced in EUR (by the product or by a valid
-- EUR price list), their stock in the first warehouse topped up by 1,000,000 units each unless
-- it still holds 500,000 (a benchmark shop, not a real one), and their SKUs as CSV on stdout.
-- One session: the chosen SKUs live in a temporary table.
create temporary table bench_sku as
  select v.id, v.sku
  from product_variant v join product p on p.id = v.product_id
  where p.price_currency = 'EUR'
     or exists (select 1 from price_list_entry e join price_list l on l.id = e.price_list_id
                where e.product_id = p.id and l.currency = 'EUR'
                  and (l.valid_from is null or l.valid_from <= now())
                  and (l.valid_to is null or l.valid_to > now()))
  order by random()
  limit 500;
insert into stock_level (variant_id, warehouse_id, on_hand)
  select b.id, (select min(id) from warehouse), 1000000 from bench_sku b
  on conflict (variant_id, warehouse_id)
  do update set on_hand = stock_level.on_hand + 1000000 where stock_level.on_hand < 500000;
copy (select sku from bench_sku order by sku) to stdout with (format csv, header);
