-- The catalog's size, as "products variants categories" (./bench prints it and fills the
-- catalog up to --products with ./shop generate).
select (select count(*) from product) || ' ' || (select count(*) from product_variant) || ' ' || (select count(*) from category);
