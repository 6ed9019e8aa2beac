-- When a complaint's personal data was replaced by a pseudonym (an erasure request or the retention rule).
alter table complaint add column personal_data_erased_at timestamp(6) with time zone;
create index ix_complaint_status_erased on complaint (status, personal_data_erased_at);
