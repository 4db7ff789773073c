-- Payments against a real provider: every provider event (webhook) handled is kept under its
-- id, inserted in the same transaction as its effect, so a replayed or concurrent delivery of
-- the same event changes nothing. What handling did (applied, skipped and why) is recorded.
create table payment_event (
    gateway     varchar(20)  not null,
    event_id    varchar(255) not null,
    type        varchar(100) not null,
    outcome     varchar(300) not null default 'received',
    received_at timestamptz  not null,
    constraint payment_event_pk primary key (gateway, event_id),
    constraint payment_event_id_ck check (length(event_id) between 1 and 255)
);

-- Captures and refunds carry idempotency keys in idempotency_key (scopes 'capture', 'refund')
-- like checkout; the refunded <= captured rule is already a CHECK on payment (payment_amounts_ck),
-- and a payment's reference is unique per gateway (payment_reference_uk).
