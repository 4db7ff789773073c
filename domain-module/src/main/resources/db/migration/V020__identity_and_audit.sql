-- Identity: customers and staff with their roles, login bookkeeping for throttling, and an
-- append-only audit log. Passwords are stored only as PBKDF2 hashes in Jakarta Security's
-- format (algorithm:iterations:salt:hash); emails are unique whatever their case.

create sequence app_user_seq start with 50 increment by 50 minvalue 50;

create table app_user (
    id              bigint       primary key,
    email           varchar(254) not null,
    display_name    varchar(120) not null,
    password_hash   varchar(400) not null,
    kind            varchar(10)  not null,
    status          varchar(20)  not null,
    email_verified  boolean      not null default false,
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    last_login_at   timestamptz,
    version         bigint       not null default 0,
    constraint app_user_kind_ck check (kind in ('STAFF', 'CUSTOMER')),
    constraint app_user_status_ck check (status in ('ACTIVE', 'DISABLED')),
    constraint app_user_email_ck check (email ~ '^[^@\s]+@[^@\s]+$'),
    constraint app_user_display_name_ck check (length(btrim(display_name)) > 0),
    constraint app_user_failed_logins_ck check (failed_logins >= 0),
    constraint app_user_password_hash_ck check (password_hash like 'PBKDF2WithHmac%:%:%:%')
);
create unique index app_user_email_uk on app_user (lower(email));

create table user_role (
    user_id bigint      not null,
    role    varchar(30) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint user_role_role_ck check (role in ('ADMIN', 'CATALOG_MANAGER', 'FULFILMENT', 'SUPPORT', 'CUSTOMER'))
);

-- A customer holds only the CUSTOMER role, staff only staff roles.
create function user_role_matches_kind() returns trigger language plpgsql as $$
declare
    account_kind varchar(10);
begin
    select kind into account_kind from app_user where id = new.user_id;
    if (new.role = 'CUSTOMER') <> (account_kind = 'CUSTOMER') then
        raise exception 'role % does not fit a % account', new.role, account_kind using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger user_role_matches_kind before insert or update on user_role
    for each row execute function user_role_matches_kind();

-- Every login attempt, kept for throttling by remote address (per-account counts live on app_user).
create table login_attempt (
    id             bigint generated always as identity primary key,
    email          varchar(254),
    remote_address varchar(64)  not null,
    succeeded      boolean      not null,
    at             timestamptz  not null default clock_timestamp()
);
create index login_attempt_address_idx on login_attempt (remote_address, at) where not succeeded;

-- The audit log is append-only: rows are inserted and read, never changed or removed.
create table audit_log (
    id             bigint generated always as identity primary key,
    at             timestamptz  not null default clock_timestamp(),
    actor          varchar(254) not null,
    action         varchar(40)  not null,
    target         varchar(254),
    before         jsonb,
    after          jsonb,
    remote_address varchar(64)
);
create index audit_log_at_idx on audit_log (at);
create index audit_log_target_idx on audit_log (target, at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
