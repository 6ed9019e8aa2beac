-- A password an administrator set (a new account, a reset) must be changed by its employee before anything else:
-- until then the API answers 403 password-change-required and the console shows only the change-password page.
alter table app_user add column password_change_required boolean default false not null;
