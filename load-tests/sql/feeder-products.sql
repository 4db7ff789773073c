-- Feeder of the product detail simulation: up to 20,000 random product slugs (CSV on stdout).
copy (select slug from product order by random() limit 20000) to stdout with (format csv, header);
