-- API tokens can be revoked before they expire: each account counts a token generation, every
-- token names the generation it was issued under, and only the account's current one is accepted.
-- Sign-out, a changed password or role, and erasure count it up.
alter table app_user add column token_generation bigint not null default 0;
alter table app_user add constraint app_user_token_generation_ck check (token_generation >= 0);
