-- Two-factor sign-in (TOTP, RFC 6238) for staff; required for ADMIN. The shared secret is stored
-- encrypted like other personal data (AES-GCM text "v1:<key id>:…", written by the application);
-- the last accepted time step refuses replayed codes; a right password earns a short-lived ticket
-- for the second step, of which only a SHA-256 hash is kept.
alter table app_user
    add column totp_secret          text,
    add column totp_confirmed       boolean     not null default false,
    add column totp_last_step       bigint,
    add column login_ticket_hash    varchar(64),
    add column login_ticket_expires timestamptz,
    add constraint app_user_totp_confirmed_ck check (not totp_confirmed or totp_secret is not null),
    add constraint app_user_totp_secret_ck check (totp_secret is null or totp_secret like 'v1:%'),
    add constraint app_user_login_ticket_ck check ((login_ticket_hash is null) = (login_ticket_expires is null));

create unique index app_user_login_ticket_uk on app_user (login_ticket_hash) where login_ticket_hash is not null;
