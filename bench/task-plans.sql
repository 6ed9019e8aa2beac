-- Query plans and timings of the task lists (My tasks, the escalation queue, GET /api/tasks) with 200,000 open tasks
-- on PostgreSQL: the engine's tables as the engine creates them, 200,000 tier processes with their decision task
-- (a third in each of three branches), the candidate group, the process variables branchCode and tier, the
-- complaint's reference as business key; 5 % of the tasks raised by a reminder, a fifth without a deadline.
-- Run against an empty database (see bench/README.md), with the engine's create script from camunda-engine's jar:
--   createdb -h 127.0.0.1 -U postgres chantilly_task_plans
--   unzip -p ~/.m2/repository/org/camunda/bpm/camunda-engine/7.24.0/camunda-engine-7.24.0.jar \
--     org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql \
--     | psql -q -h 127.0.0.1 -U postgres -d chantilly_task_plans
--   psql -h 127.0.0.1 -U postgres -d chantilly_task_plans -f bench/task-plans.sql
-- The statements are those escalation-workflow's OpenTaskQuery sends (a frontline employee of HAM: the group
-- frontline-HAM), and for comparison the one the engine's TaskQuery sent before (or(assignee, candidate groups),
-- left join of the identity links with distinct, the first 500).
\timing on

insert into ACT_RE_PROCDEF (ID_, REV_, KEY_, VERSION_, SUSPENSION_STATE_)
values ('ComplaintTierProcess:1:bench', 1, 'ComplaintTierProcess', 1, 1);

insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
                              ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
                              SEQUENCE_COUNTER_, PROC_DEF_KEY_)
select 'pi-' || i, 1, 'pi-' || i, 'pi-' || i,
       (array['HAM','STO','HEL'])[1 + i % 3] || '-2026-' || lpad(i::text, 6, '0'),
       'ComplaintTierProcess:1:bench', 'Task_DecideComplaint', true, false, true, false, 1, 1, 'ComplaintTierProcess'
from generate_series(1, 200000) as i;

insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_,
                         CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
select 'task-' || i, 1, 'pi-' || i, 'pi-' || i, 'ComplaintTierProcess:1:bench', 'Decide the complaint',
       'Task_DecideComplaint', case when i % 20 = 0 then 80 else 50 end,
       timestamp '2026-01-01' + i * interval '90 seconds', null,
       case when i % 5 = 0 then null else timestamp '2026-01-03' + i * interval '90 seconds' end, 1, 'Created'
from generate_series(1, 200000) as i;

insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
select 'link-' || i, 1, 'frontline-' || (array['HAM','STO','HEL'])[1 + i % 3], 'candidate', 'task-' || i
from generate_series(1, 200000) as i;

insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_)
select 'branch-' || i, 1, 'string', 'branchCode', 'pi-' || i, 'pi-' || i, (array['HAM','STO','HEL'])[1 + i % 3],
       'pi-' || i, 1
from generate_series(1, 200000) as i
union all
select 'tier-' || i, 1, 'string', 'tier', 'pi-' || i, 'pi-' || i, 'FRONTLINE', 'pi-' || i, 1
from generate_series(1, 200000) as i;

analyze;

-- My tasks, the first page: count and the 20 most urgent
explain (analyze) select count(RES.ID_) from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'frontline' or RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
       where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM')));
explain (analyze, buffers) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'frontline' or RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
       where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM')))
  order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc,
           RES.CREATE_TIME_ asc, RES.ID_ asc
  limit 20 offset 0;

-- a deep page: tasks 60,000 to 60,100
explain (analyze) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'frontline' or RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
       where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM')))
  order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc,
           RES.CREATE_TIME_ asc, RES.ID_ asc
  limit 100 offset 60000;

-- the queue of a supervisor of HAM narrowed to the frontline's tier and to the breached ones (process variables)
explain (analyze) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'supervisor' or RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
       where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM', 'supervisor-HAM')))
  and RES.PROC_INST_ID_ in (select V_tier.PROC_INST_ID_ from ACT_RU_VARIABLE V_tier
       where V_tier.TASK_ID_ is null and V_tier.NAME_ = 'tier' and V_tier.TYPE_ = 'string' and V_tier.TEXT_ = 'FRONTLINE')
  and RES.DUE_DATE_ < timestamp '2026-04-01'
  order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc,
           RES.CREATE_TIME_ asc, RES.ID_ asc
  limit 20 offset 0;

-- one complaint's tasks (the complaint page, GET /api/tasks?complaint=...): the group checked per task, as few remain
explain (analyze) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'frontline' or exists (select 1 from ACT_RU_IDENTITYLINK I
       where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM')))
  and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ = 'HAM-2026-000099')
  order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc,
           RES.CREATE_TIME_ asc, RES.ID_ asc
  limit 100 offset 0;

-- for comparison, the same queue with each condition a correlated exists: the database runs the subqueries once per task
explain (analyze) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1
  and (RES.ASSIGNEE_ = 'supervisor' or exists (select 1 from ACT_RU_IDENTITYLINK I
       where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM', 'supervisor-HAM')))
  and exists (select 1 from ACT_RU_VARIABLE V_tier where V_tier.PROC_INST_ID_ = RES.PROC_INST_ID_
       and V_tier.TASK_ID_ is null and V_tier.NAME_ = 'tier' and V_tier.TYPE_ = 'string' and V_tier.TEXT_ = 'FRONTLINE')
  and RES.DUE_DATE_ < timestamp '2026-04-01'
  order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc,
           RES.CREATE_TIME_ asc, RES.ID_ asc
  limit 20 offset 0;

-- before: the engine's TaskQuery, the first 500 (priority, then age), which the console then paged in memory
explain (analyze) select distinct RES.* from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
  where RES.SUSPENSION_STATE_ = 1
    and (RES.ASSIGNEE_ = 'frontline' or (I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('frontline-HAM')))
  order by RES.PRIORITY_ desc, RES.CREATE_TIME_ asc
  limit 500 offset 0;
