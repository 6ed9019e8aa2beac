-- Repeated failed logins lock an account for a while; the Elytron realm refuses a locked account (see
-- ear/src/main/wildfly/configure-server.cli).
alter table app_user add column failed_logins integer default 0 not null;
alter table app_user add column locked_until timestamp(6) with time zone;
