create table complaint_attachment_data (
    attachment_id bigint not null primary key references complaint_attachment (id),
    content       binary large object not null
);
