-- The open clocks (stopped_at is null) are few however many complaints have closed: the metrics count them per
-- clock every few seconds through this index instead of reading every clock ever started.
create index ix_wf_service_clock_open on wf_service_clock (stopped_at, clock);
