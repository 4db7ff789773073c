-- Email through a transactional outbox, and the durable steps that run after a commit.
--
-- mail_outbox: an email is a row written in the transaction of the change that causes it, so a
-- rolled-back change leaves no email. The dedupe key is unique: the same email (the confirmation
-- of order SO-000123, one password reset link) is never queued twice. sent_at is set once, in the
-- transaction that follows the SMTP server's acceptance.
create table mail_outbox (
    id          bigint generated always as identity primary key,
    dedupe_key  varchar(200) not null,
    recipient   varchar(254) not null,
    subject     varchar(200) not null,
    body_text   text         not null,
    body_html   text,
    created_at  timestamptz  not null default clock_timestamp(),
    sent_at     timestamptz,
    version     bigint       not null default 0,
    constraint mail_outbox_dedupe_uk unique (dedupe_key),
    constraint mail_outbox_dedupe_ck check (length(dedupe_key) between 1 and 200),
    constraint mail_outbox_recipient_ck check (recipient ~ '^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$'),
    -- a line break in a subject would let a caller add mail headers
    constraint mail_outbox_subject_ck check (length(subject) between 1 and 200 and subject !~ '[\r\n]'),
    constraint mail_outbox_body_ck check (length(body_text) between 1 and 100000 and length(coalesce(body_html, '')) <= 200000)
);
create index mail_outbox_created_idx on mail_outbox (created_at);

-- workflow_step: one row per (kind, subject) — the processed-step record. It is inserted in the
-- transaction that causes the step (together with the JMS message that triggers it) and set DONE
-- in the transaction that applies the step's effect, so a redelivered message finds it DONE and
-- changes nothing. subject_id is the order's id, or mail_outbox's id for SEND_MAIL.
-- A failed attempt is counted and the step tried again after next_attempt_at; after the last
-- attempt it is PARKED (the dead letter) until staff replay it.
create table workflow_step (
    id              bigint generated always as identity primary key,
    kind            varchar(30)   not null,
    subject_id      bigint        not null,
    status          varchar(20)   not null default 'PENDING',
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null default clock_timestamp(),
    done_at         timestamptz,
    version         bigint        not null default 0,
    constraint workflow_step_uk unique (kind, subject_id),
    constraint workflow_step_kind_ck check (kind in ('SEND_MAIL', 'COMMIT_STOCK', 'REQUEST_FULFILMENT', 'QUEUE_CONFIRMATION')),
    constraint workflow_step_status_ck check (status in ('PENDING', 'DONE', 'PARKED')),
    constraint workflow_step_attempts_ck check (attempts >= 0),
    constraint workflow_step_done_ck check ((status = 'DONE') = (done_at is not null))
);
create index workflow_step_due_idx on workflow_step (next_attempt_at) where status = 'PENDING';
create index workflow_step_parked_idx on workflow_step (created_at) where status = 'PARKED';
