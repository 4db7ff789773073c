-- Product types define typed attributes (text, number, yes/no, or one of a fixed set); each
-- product of a type has values for them, which shoppers can filter by. The database checks
-- a value against its definition too, whatever writes it.

create sequence product_type_seq start with 50 increment by 50 minvalue 50;

create table product_type (
    id      bigint       primary key,
    slug    varchar(60)  not null,
    name    varchar(120) not null,
    version bigint       not null default 0,
    constraint product_type_slug_uk unique (slug),
    constraint product_type_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table product_type_attribute (
    product_type_id bigint       not null,
    position        integer      not null,
    code            varchar(40)  not null,
    label           varchar(60)  not null,
    kind            varchar(10)  not null,
    allowed_values  text,
    required        boolean      not null default false,
    facet           boolean      not null default false,
    constraint product_type_attribute_pk primary key (product_type_id, position),
    constraint product_type_attribute_type_fk foreign key (product_type_id) references product_type (id) on delete cascade,
    constraint product_type_attribute_code_uk unique (product_type_id, code),
    constraint product_type_attribute_code_ck check (code ~ '^[a-z][a-z0-9-]*$'),
    constraint product_type_attribute_kind_ck check (kind in ('TEXT', 'NUMBER', 'BOOLEAN', 'ENUM')),
    constraint product_type_attribute_enum_ck check ((kind = 'ENUM') = (allowed_values is not null))
);

alter table product add column product_type_id bigint;
alter table product add constraint product_type_fk foreign key (product_type_id) references product_type (id);

create table product_attribute (
    product_id bigint       not null,
    code       varchar(40)  not null,
    value      varchar(200) not null,
    constraint product_attribute_pk primary key (product_id, code),
    constraint product_attribute_product_fk foreign key (product_id) references product (id) on delete cascade
);
create index product_attribute_facet_idx on product_attribute (code, value, product_id);

create function product_attribute_check() returns trigger language plpgsql as $$
declare
    def record;
begin
    select a.kind, a.allowed_values into def
      from product p join product_type_attribute a on a.product_type_id = p.product_type_id
     where p.id = new.product_id and a.code = new.code;
    if not found then
        raise exception 'attribute % is not defined for the type of product %', new.code, new.product_id
            using errcode = 'check_violation';
    end if;
    if def.kind = 'ENUM' and not (new.value = any (string_to_array(def.allowed_values, '|'))) then
        raise exception 'attribute % does not allow the value %', new.code, new.value using errcode = 'check_violation';
    elsif def.kind = 'NUMBER' and new.value !~ '^-?[0-9]+(\.[0-9]+)?$' then
        raise exception 'attribute % takes a number, not %', new.code, new.value using errcode = 'check_violation';
    elsif def.kind = 'BOOLEAN' and new.value not in ('true', 'false') then
        raise exception 'attribute % takes true or false, not %', new.code, new.value using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger product_attribute_check before insert or update on product_attribute
    for each row execute function product_attribute_check();
