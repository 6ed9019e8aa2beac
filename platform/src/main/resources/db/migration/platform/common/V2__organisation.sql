-- Organisation master data: branches with their calendars, and staff (the profile behind each account).
create table branch (
    code         varchar(6)    not null primary key,
    name         varchar(200)  not null,
    address      varchar(1000) not null,
    country_code varchar(2)    not null,
    time_zone    varchar(64)   not null,
    region       varchar(64)   not null,
    language     varchar(16)   not null,
    active       boolean       not null,
    version      bigint        not null
);

create table branch_business_hours (
    branch_code varchar(6) not null references branch (code),
    day_of_week varchar(9) not null,
    opens       time       not null,
    closes      time       not null,
    primary key (branch_code, day_of_week)
);

create table branch_holiday (
    branch_code varchar(6)   not null references branch (code),
    holiday     date         not null,
    name        varchar(200) not null,
    primary key (branch_code, holiday)
);

create table staff (
    login       varchar(64)  not null primary key references app_user (username),
    name        varchar(200) not null,
    role        varchar(32)  not null,
    branch_code varchar(6) references branch (code),
    region      varchar(64),
    language    varchar(16)  not null,
    active      boolean      not null,
    version     bigint       not null
);

create index ix_staff_branch on staff (branch_code);
