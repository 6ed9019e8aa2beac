-- Query plans and timings of the complaint list page with a million complaints on PostgreSQL.
-- Run against an empty database (see bench/README.md):
--   createdb -h 127.0.0.1 -U postgres chantilly_plans
--   psql -h 127.0.0.1 -U postgres -d chantilly_plans -f complaint-intake/src/main/resources/db/migration/intake/common/V1__complaints.sql
--   psql -h 127.0.0.1 -U postgres -d chantilly_plans -f complaint-intake/src/main/resources/db/migration/intake/postgresql/V1_1__attachment_data.sql
--   psql -h 127.0.0.1 -U postgres -d chantilly_plans -f bench/search-plans.sql
\timing on

-- 1,000,000 complaints over 12 branches and two years, in one statement
insert into complaint (id, reference, branch_code, channel, customer_name, customer_email, customer_phone,
                       customer_language, customer_consent, email_key, phone_key, customer_type, category, severity,
                       description, status, received_at, received_by, expected_response_by, ack_kind, ack_text, version)
select i,
       b.code || '-' || (2025 + i % 2) || '-' || lpad((i / 12)::text, 6, '0') || '-' || i,
       b.code,
       (array['IN_PERSON','PHONE','EMAIL','LETTER','SMS','WEB'])[1 + i % 6],
       'Customer ' || i,
       'customer' || (i % 200000) || '@example.org',
       null, 'de', true,
       'customer' || (i % 200000) || '@example.org', null,
       (array['ACTIVE_HATER','EXTREME_CRITIC','IRRITATED_LOYAL','PASSIONATE_LOYAL','UNKNOWN'])[1 + i % 5],
       (array['PRODUCT_QUALITY','DELIVERY','PRICE_OR_BILLING','STAFF_BEHAVIOUR','WAITING_TIME','OTHER'])[1 + i % 6],
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4],
       'Complaint number ' || i || ' about ' || (array['a leaking kettle','a late delivery','a rude answer','a wrong price','a long queue'])[1 + i % 5],
       (array['RECEIVED','ACKNOWLEDGED'])[1 + i % 2],
       timestamptz '2025-01-01' + (i * interval '63 seconds'),
       'frontline', timestamptz '2025-01-03' + (i * interval '63 seconds'), 'SCRIPT', 'Thank you.', 0
from generate_series(1, 1000000) as i
cross join lateral (select (array['HAM','STO','HEL','BER','MUC','GOT','MAL','TAM','OUL','KOL','DRE','UPP'])[1 + i % 12] as code) b;
analyze complaint;

-- a frontline employee's first page: their branch, newest first
explain (analyze, buffers) select reference, status, channel, branch_code, received_at, customer_name, customer_type,
       category, severity, duplicate_of from complaint where 1 = 1 and branch_code in ('HAM')
       order by received_at desc, id desc limit 20;
explain (analyze) select count(*) from complaint where 1 = 1 and branch_code in ('HAM');

-- filtered by status and channel in a region of three branches
explain (analyze, buffers) select reference, status, channel, branch_code, received_at, customer_name, customer_type,
       category, severity, duplicate_of from complaint where 1 = 1 and branch_code in ('STO','HEL','GOT')
       and status = 'RECEIVED' and channel = 'EMAIL' order by received_at desc, id desc limit 20;

-- free text over reference, customer name and description (trigram index)
explain (analyze, buffers) select reference, status, channel, branch_code, received_at, customer_name, customer_type,
       category, severity, duplicate_of from complaint where 1 = 1
       and (lower(reference) || ' ' || lower(customer_name) || ' ' || lower(description)) like '%customer 4242%' escape '\'
       order by received_at desc, id desc limit 20;
explain (analyze) select count(*) from complaint where 1 = 1
       and (lower(reference) || ' ' || lower(customer_name) || ' ' || lower(description)) like '%customer 4242%' escape '\';

-- a month of one branch
explain (analyze, buffers) select reference from complaint where 1 = 1 and branch_code in ('HAM')
       and received_at >= '2026-03-01T00:00:00Z' and received_at < '2026-04-01T00:00:00Z'
       order by received_at desc, id desc limit 20;

-- the same customer's complaints (duplicates, customer history)
explain (analyze, buffers) select reference from complaint where (email_key = 'customer4242@example.org' or phone_key = '')
       order by received_at desc, id desc limit 50;
