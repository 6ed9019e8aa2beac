create table complaint_attachment_data (
    attachment_id bigint not null primary key references complaint_attachment (id),
    content       bytea  not null
);

-- free-text search over reference, customer name and description stays fast with a million complaints
create extension if not exists pg_trgm;
create index ix_complaint_text_trgm on complaint
    using gin ((lower(reference) || ' ' || lower(customer_name) || ' ' || lower(description)) gin_trgm_ops);
