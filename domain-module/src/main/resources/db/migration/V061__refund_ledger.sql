-- Each refund as it was made: when, how much, by whom. A payment's refunded column is their sum;
-- the refunds report (money returned per day, as an accountant books it) reads this ledger.
create table payment_refund (
    id          bigint        generated always as identity primary key,
    payment_id  bigint        not null,
    order_id    bigint        not null,
    amount      numeric(19,2) not null,
    currency    char(3)       not null,
    refunded_at timestamptz   not null,
    actor       varchar(254)  not null,
    constraint payment_refund_payment_fk foreign key (payment_id) references payment (id) on delete cascade,
    constraint payment_refund_order_fk foreign key (order_id) references customer_order (id) on delete cascade,
    constraint payment_refund_amount_ck check (amount > 0)
);
create index payment_refund_at_idx on payment_refund (refunded_at);

-- Refunds made before the ledger: one row per payment for all it refunded, dated at the order's
-- last change to a refunded status.
insert into payment_refund (payment_id, order_id, amount, currency, refunded_at, actor)
select p.id, p.order_id, p.refunded, p.currency,
       coalesce((select max(c.changed_at) from order_status_change c where c.order_id = p.order_id
                 and c.to_status in ('REFUNDED', 'PARTIALLY_REFUNDED')), p.created_at),
       'before the ledger'
from payment p where p.refunded > 0;

-- the returns report finds the orders that came back in a period by their status changes
create index order_status_change_to_idx on order_status_change (to_status, changed_at);
