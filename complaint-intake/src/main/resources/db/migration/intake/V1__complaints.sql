-- The complaint form (first slice: channel, branch, customer contact, description) and its reference counters.
create sequence complaint_id_seq start with 1 increment by 50;

create table complaint (
    id             bigint        not null primary key,
    reference      varchar(32)   not null,
    channel        varchar(16)   not null,
    customer_name  varchar(200)  not null,
    customer_email varchar(254),
    customer_phone varchar(40),
    description    varchar(8000) not null,
    status         varchar(16)   not null,
    received_at    timestamp(6) with time zone not null,
    received_by    varchar(64)   not null,
    version        bigint        not null,
    constraint uk_complaint_reference unique (reference)
);

create table complaint_reference_counter (
    branch_code varchar(6) not null,
    ref_year    integer    not null,
    last_number bigint     not null,
    primary key (branch_code, ref_year)
);
