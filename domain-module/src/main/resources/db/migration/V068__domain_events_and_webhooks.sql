-- Domain events, written by triggers in the transaction of the change itself: an event exists if
-- and only if its change committed, whichever path made it (the API, the back office, a timer,
-- an operator's SQL). Each event carries its aggregate's own sequence number (1, 2, 3 … per
-- order, per stock level, per product, per customer), taken from event_sequence under that row's
-- lock, so a subscriber can tell a missed or reordered event. Bulk loads by the shop's own
-- generators turn events off for their session (set shop.events = 'off').
create table event_sequence (
    aggregate_type varchar(20)  not null,
    aggregate_id   varchar(80)  not null,
    last           bigint       not null,
    constraint event_sequence_pk primary key (aggregate_type, aggregate_id)
);

create table domain_event (
    id             bigint       generated always as identity primary key,
    type           varchar(30)  not null,
    aggregate_type varchar(20)  not null,
    aggregate_id   varchar(80)  not null,
    sequence       bigint       not null,
    payload        jsonb        not null,
    occurred_at    timestamptz  not null default now(),
    relayed_at     timestamptz,
    constraint domain_event_sequence_uk unique (aggregate_type, aggregate_id, sequence),
    constraint domain_event_type_ck check (type in ('ORDER_PLACED', 'ORDER_PAID', 'ORDER_FULFILLING', 'ORDER_SHIPPED',
        'ORDER_DELIVERED', 'ORDER_CANCELLED', 'ORDER_REFUNDED', 'ORDER_RETURN_REQUESTED', 'ORDER_RETURNED', 'STOCK_CHANGED',
        'PRODUCT_CREATED', 'PRODUCT_CHANGED', 'PRODUCT_UNPUBLISHED', 'CUSTOMER_CREATED', 'CUSTOMER_ERASED'))
);
-- what the relay has still to fan out to subscribers
create index domain_event_unrelayed_idx on domain_event (id) where relayed_at is null;

create function emit_event(p_type text, p_aggregate_type text, p_aggregate_id text, p_payload jsonb) returns void
language plpgsql as $$
declare
    seq bigint;
begin
    if coalesce(current_setting('shop.events', true), 'on') = 'off' then
        return;
    end if;
    insert into event_sequence (aggregate_type, aggregate_id, last) values (p_aggregate_type, p_aggregate_id, 1)
        on conflict (aggregate_type, aggregate_id) do update set last = event_sequence.last + 1
        returning last into seq;
    insert into domain_event (type, aggregate_type, aggregate_id, sequence, payload)
        values (p_type, p_aggregate_type, p_aggregate_id, seq, p_payload);
end $$;

-- Orders: every status change (the first, to PENDING_PAYMENT, is the order being placed).
create function order_status_event() returns trigger language plpgsql as $$
declare
    o record;
begin
    select number, grand_total, currency, customer_id into o from customer_order where id = new.order_id;
    perform emit_event(case new.to_status when 'PENDING_PAYMENT' then 'ORDER_PLACED'
                                          when 'PARTIALLY_REFUNDED' then 'ORDER_REFUNDED'
                                          else 'ORDER_' || new.to_status end,
        'order', o.number,
        jsonb_build_object('number', o.number, 'from', new.from_status, 'to', new.to_status,
            'grandTotal', jsonb_build_object('amount', o.grand_total, 'currency', btrim(o.currency)),
            'customerId', o.customer_id, 'actor', new.actor, 'at', new.changed_at));
    return null;
end $$;
create trigger order_status_change_event after insert on order_status_change for each row execute function order_status_event();

-- Stock: every movement of a level (reserved, released, committed, returned, adjusted, synced).
create function stock_movement_event() returns trigger language plpgsql as $$
declare
    v_sku text;
    w_code text;
begin
    select sku into v_sku from product_variant where id = new.variant_id;
    select code into w_code from warehouse where id = new.warehouse_id;
    perform emit_event('STOCK_CHANGED', 'stock', v_sku || '@' || w_code,
        jsonb_build_object('sku', v_sku, 'warehouse', w_code, 'movement', new.kind, 'reason', new.reason, 'quantity', new.quantity,
            'onHand', new.on_hand_after, 'reserved', new.reserved_after, 'available', new.on_hand_after - new.reserved_after));
    return null;
end $$;
create trigger stock_movement_event after insert on stock_movement for each row execute function stock_movement_event();

-- Products: created, changed in what shoppers see, unpublished.
create function product_event() returns trigger language plpgsql as $$
declare
    kind text;
begin
    if tg_op = 'INSERT' then
        kind := 'PRODUCT_CREATED';
    elsif new.status = 'UNPUBLISHED' and old.status <> 'UNPUBLISHED' then
        kind := 'PRODUCT_UNPUBLISHED';
    elsif (old.name, old.description, old.price_amount, old.price_currency, old.status, old.slug, old.category_id, old.image_hash)
          is distinct from (new.name, new.description, new.price_amount, new.price_currency, new.status, new.slug, new.category_id,
          new.image_hash) then
        kind := 'PRODUCT_CHANGED';
    else
        return null;
    end if;
    perform emit_event(kind, 'product', new.sku,
        jsonb_build_object('sku', new.sku, 'slug', new.slug, 'name', new.name, 'status', new.status,
            'price', jsonb_build_object('amount', new.price_amount, 'currency', btrim(new.price_currency))));
    return null;
end $$;
create trigger product_event after insert or update on product for each row execute function product_event();

-- Customers: an account created, an account erased (its email becomes erased-<id>@erased.invalid).
create function customer_event() returns trigger language plpgsql as $$
begin
    if new.kind <> 'CUSTOMER' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform emit_event('CUSTOMER_CREATED', 'customer', new.id::text, jsonb_build_object('customerId', new.id));
    elsif new.email like '%@erased.invalid' and old.email not like '%@erased.invalid' then
        perform emit_event('CUSTOMER_ERASED', 'customer', new.id::text, jsonb_build_object('customerId', new.id));
    end if;
    return null;
end $$;
create trigger customer_event after insert or update of email on app_user for each row execute function customer_event();

-- Outbound webhooks: subscribers an administrator registers, per event type; the secret signs
-- every delivery (HMAC-SHA256, docs/integrations.md) and is shown once, kept encrypted by the
-- application. A delivery is one event to one subscriber, tried by a DELIVER_WEBHOOK workflow step;
-- the relay makes each event's deliveries in the transaction that marks it relayed, so once; a
-- replay by an administrator is a new delivery of the same event (replay_of the earlier one).
create table webhook_subscription (
    id                   bigint        primary key,
    url                  varchar(500)  not null,
    event_types          varchar(600)  not null,
    secret               text          not null,
    active               boolean       not null default true,
    consecutive_failures integer       not null default 0,
    open_until           timestamptz,
    created_at           timestamptz   not null,
    created_by           varchar(254)  not null,
    version              bigint        not null default 0,
    constraint webhook_subscription_url_ck check (url ~ '^https?://')
);
create sequence webhook_subscription_seq start with 50 increment by 50 minvalue 50;

create table webhook_delivery (
    id               bigint       generated always as identity primary key,
    subscription_id  bigint       not null,
    event_id         bigint       not null,
    status           varchar(10)  not null,
    attempts         integer      not null default 0,
    last_status_code integer,
    last_latency_ms  integer,
    last_error       varchar(300),
    created_at       timestamptz  not null default now(),
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    replay_of        bigint,
    constraint webhook_delivery_subscription_fk foreign key (subscription_id) references webhook_subscription (id) on delete cascade,
    constraint webhook_delivery_event_fk foreign key (event_id) references domain_event (id) on delete cascade,
    constraint webhook_delivery_status_ck check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, id desc);

alter table workflow_step drop constraint workflow_step_kind_ck;
alter table workflow_step add constraint workflow_step_kind_ck
    check (kind in ('SEND_MAIL', 'COMMIT_STOCK', 'REQUEST_FULFILMENT', 'QUEUE_CONFIRMATION', 'DELIVER_WEBHOOK'));
