-- The audit trail: an append-only hash chain (see org.chantilly.platform.audit). Records never hold personal values.
create table audit_record (
    sequence            bigint        not null primary key,
    recorded_at         timestamp(6) with time zone not null,
    actor               varchar(64)   not null,
    action              varchar(64)   not null,
    object_type         varchar(32)   not null,
    object_id           varchar(128)  not null,
    complaint_reference varchar(32),
    before_values       varchar(8000) not null,
    after_values        varchar(8000) not null,
    previous_hash       char(64)      not null,
    hash                char(64)      not null
);

create index audit_record_object on audit_record (object_type, object_id);
create index audit_record_complaint on audit_record (complaint_reference);

-- The chain's head: the last record's sequence and hash. Locked by each append, so the chain stays one line; it also
-- reveals records removed from the end or added beyond it.
create table audit_head (
    id            integer  not null primary key,
    last_sequence bigint   not null,
    last_hash     char(64) not null
);

insert into audit_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
