-- Email verification and password reset: one outstanding token of each kind per account (a new
-- one replaces the old), of which only a SHA-256 hash is stored, with its expiry; and the time the
-- password last changed, before which no session or API token is honoured any more.
alter table app_user
    add column email_token_hash       varchar(64),
    add column email_token_expires    timestamptz,
    add column reset_token_hash       varchar(64),
    add column reset_token_expires    timestamptz,
    add column credentials_changed_at timestamptz,
    add constraint app_user_email_token_ck check ((email_token_hash is null) = (email_token_expires is null)),
    add constraint app_user_reset_token_ck check ((reset_token_hash is null) = (reset_token_expires is null));

create unique index app_user_email_token_uk on app_user (email_token_hash) where email_token_hash is not null;
create unique index app_user_reset_token_uk on app_user (reset_token_hash) where reset_token_hash is not null;
