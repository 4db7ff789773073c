-- Reference data for checkout: tax rates by country and product tax class, and the shipping
-- zones, methods and weight-based rates the shop starts with. Operators change them later;
-- these are the rates in force when this migration was written.

insert into tax_rate (id, country, tax_class, rate)
select nextval('tax_rate_seq'), t.country, t.tax_class, t.rate
from (values ('DE', 'standard', 0.1900), ('DE', 'reduced', 0.0700),
             ('NL', 'standard', 0.2100), ('NL', 'reduced', 0.0900),
             ('FR', 'standard', 0.2000), ('FR', 'reduced', 0.0550),
             ('AT', 'standard', 0.2000), ('AT', 'reduced', 0.1000),
             ('BE', 'standard', 0.2100), ('BE', 'reduced', 0.0600),
             ('US', 'standard', 0.0000), ('US', 'reduced', 0.0000)) as t(country, tax_class, rate);

insert into shipping_zone (id, code, name) values (nextval('shipping_zone_seq'), 'eu', 'European Union');
insert into shipping_zone (id, code, name) values (nextval('shipping_zone_seq'), 'us', 'United States');

insert into shipping_zone_country (zone_id, country)
select z.id, c.country from shipping_zone z
join (values ('eu', 'DE'), ('eu', 'NL'), ('eu', 'FR'), ('eu', 'AT'), ('eu', 'BE'), ('us', 'US')) as c(zone, country)
  on c.zone = z.code;

insert into shipping_method (id, zone_id, code, name, currency, free_over_amount)
select nextval('shipping_method_seq'), z.id, m.code, m.name, m.currency, m.free_over
from shipping_zone z
join (values ('eu', 'standard', 'Standard (2-4 working days)', 'EUR', 50.00),
             ('eu', 'express', 'Express (next working day)', 'EUR', null),
             ('us', 'standard', 'Standard (3-6 working days)', 'USD', 75.00)) as m(zone, code, name, currency, free_over)
  on m.zone = z.code;

insert into shipping_rate (method_id, max_weight_grams, amount)
select m.id, r.max_weight, r.amount
from shipping_method m join shipping_zone z on z.id = m.zone_id
join (values ('eu', 'standard', 1000, 4.90), ('eu', 'standard', 5000, 6.90), ('eu', 'standard', 30000, 14.90),
             ('eu', 'express', 1000, 9.90), ('eu', 'express', 5000, 12.90), ('eu', 'express', 30000, 24.90),
             ('us', 'standard', 1000, 7.00), ('us', 'standard', 5000, 10.00), ('us', 'standard', 30000, 25.00))
  as r(zone, method, max_weight, amount)
  on r.zone = z.code and r.method = m.code;
