-- Accounts that log in. WildFly's Elytron jdbc-realm reads these two tables (see ear/src/main/wildfly/configure-server.cli).
create table app_user (
    username      varchar(64)  not null primary key,
    password_hash varchar(100) not null,
    active        boolean      not null,
    created_at    timestamp(6) with time zone not null
);

create table app_user_role (
    username varchar(64) not null references app_user (username),
    role     varchar(32) not null,
    primary key (username, role)
);
