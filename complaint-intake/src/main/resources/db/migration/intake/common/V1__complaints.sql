-- The one complaint form, its history, attachments, reference counters and remembered idempotency keys.
create sequence complaint_id_seq start with 1 increment by 50;
create sequence complaint_event_id_seq start with 1 increment by 50;
create sequence complaint_attachment_id_seq start with 1 increment by 1;

create table complaint (
    id                      bigint        not null primary key,
    reference               varchar(32)   not null,
    branch_code             varchar(6)    not null,
    channel                 varchar(16)   not null,
    customer_name           varchar(200)  not null,
    customer_email          varchar(254),
    customer_phone          varchar(40),
    customer_postal_address varchar(1000),
    customer_language       varchar(16)   not null,
    customer_consent        boolean       not null,
    email_key               varchar(254),
    phone_key               varchar(40),
    customer_type           varchar(20)   not null,
    category                varchar(32)   not null,
    severity                varchar(16)   not null,
    description             varchar(8000) not null,
    customer_request        varchar(2000),
    purchase_item           varchar(200),
    purchase_amount         numeric(19, 4),
    purchase_currency       varchar(3),
    purchase_date           date,
    receipt_present         boolean,
    receipt_number          varchar(64),
    status                  varchar(16)   not null,
    received_at             timestamp(6) with time zone not null,
    received_by             varchar(64)   not null,
    expected_response_by    timestamp(6) with time zone not null,
    ack_kind                varchar(16)   not null,
    ack_text                varchar(4000) not null,
    ack_sent_at             timestamp(6) with time zone,
    duplicate_of            varchar(32),
    duplicate_status        varchar(16),
    version                 bigint        not null,
    constraint uk_complaint_reference unique (reference)
);

-- the list pages: newest first within the caller's branches, optionally by status, channel, severity
create index ix_complaint_branch_received on complaint (branch_code, received_at desc);
create index ix_complaint_received on complaint (received_at desc);
create index ix_complaint_status_received on complaint (status, received_at desc);
-- the same customer's complaints (duplicates, history)
create index ix_complaint_email_key on complaint (email_key, received_at);
create index ix_complaint_phone_key on complaint (phone_key, received_at);

create table complaint_event (
    id           bigint       not null primary key,
    complaint_id bigint       not null references complaint (id),
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(40)  not null,
    details      varchar(1000)
);
create index ix_complaint_event_complaint on complaint_event (complaint_id);

create table complaint_attachment (
    id           bigint       not null primary key,
    complaint_id bigint       not null references complaint (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    added_at     timestamp(6) with time zone not null,
    added_by     varchar(64)  not null
);
create index ix_complaint_attachment_complaint on complaint_attachment (complaint_id);

create table complaint_reference_counter (
    branch_code varchar(6) not null,
    ref_year    integer    not null,
    last_number bigint     not null,
    primary key (branch_code, ref_year)
);

create table intake_idempotency (
    caller       varchar(64)  not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    reference    varchar(32)  not null,
    created_at   timestamp(6) with time zone not null,
    primary key (caller, idem_key)
);
