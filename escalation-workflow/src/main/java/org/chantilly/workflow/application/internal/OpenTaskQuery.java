package org.chantilly.workflow.application.internal;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.domain.CandidateGroups;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;

/**
 * The open tasks an employee may work, as one query over the engine's tables that the database filters, counts,
 * sorts and pages: active tasks assigned to the employee or offered to one of their candidate groups, narrowed by the
 * filter (the branch and the tier are process variables, the complaint the process's business key), the highest
 * priority first, then the earliest due with the tasks without a deadline last, then the oldest.
 *
 * <p>A native task query: the engine's {@link org.camunda.bpm.engine.task.TaskQuery} filters the same way but cannot
 * put the tasks without a due date last on every database (H2 sorts nulls first in ascending order, PostgreSQL last),
 * and its candidate-group query joins the identity links and sorts them out with {@code distinct}. Here each condition
 * on another table is an uncorrelated {@code in (select ...)}, which the database runs once (hashed, or as a semi
 * join) rather than once per task: at 200,000 open tasks on PostgreSQL a filtered queue takes a fifth of the time the
 * correlated {@code exists} took (bench/task-plans.sql). The engine runs without a table prefix.
 */
final class OpenTaskQuery {

    /** The engine's candidate identity link type. */
    private static final String CANDIDATE = "candidate";

    private final StringBuilder where = new StringBuilder(" from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** The open tasks the caller may see (theirs, and their groups' whether claimed or not), narrowed by the filter. */
    static OpenTaskQuery of(Organisation organisation, Caller caller, TaskFilter filter, Instant now) {
        StaffInfo staff = organisation.staff(caller.username()).filter(StaffInfo::active).orElse(null);
        List<String> groups = CandidateGroups.of(caller.roles(), staff == null ? null : staff.branchCode(),
                staff == null ? null : staff.region());
        return new OpenTaskQuery(caller.username(), groups, filter == null ? TaskFilter.none() : filter, now);
    }

    /**
     * The tasks of {@code login} (assigned to them) and of their {@code groups} (claimed or not), narrowed by the
     * filter; {@code now} decides which tasks are breached.
     */
    OpenTaskQuery(String login, List<String> groups, TaskFilter filter, Instant now) {
        parameters.put("login", login);
        if (groups.isEmpty()) {
            where.append(" and RES.ASSIGNEE_ = #{login}");
        } else {
            parameters.put("candidate", CANDIDATE);
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < groups.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
                parameters.put("group" + i, groups.get(i));
            }
            if (filter.complaintReference() == null) {
                where.append(" and (RES.ASSIGNEE_ = #{login} or RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I")
                        .append(" where I.TYPE_ = #{candidate} and I.GROUP_ID_ in (").append(in).append(")))");
            } else {
                // one complaint has a few tasks: checking each of them beats reading every task of the groups
                where.append(" and (RES.ASSIGNEE_ = #{login} or exists (select 1 from ACT_RU_IDENTITYLINK I")
                        .append(" where I.TASK_ID_ = RES.ID_ and I.TYPE_ = #{candidate} and I.GROUP_ID_ in (")
                        .append(in).append(")))");
            }
        }
        if (filter.branchCode() != null) {
            processVariable("branch", ComplaintHandlingProcess.VAR_BRANCH_CODE, filter.branchCode());
        }
        if (filter.tier() != null) {
            processVariable("tier", ComplaintTierProcess.VAR_TIER, filter.tier());
        }
        Instant dueBefore = filter.dueBefore();
        if (Boolean.TRUE.equals(filter.breached())) {
            dueBefore = dueBefore == null || dueBefore.isAfter(now) ? now : dueBefore;
        }
        if (dueBefore != null) {
            parameters.put("dueBefore", Date.from(dueBefore));
            where.append(" and RES.DUE_DATE_ < #{dueBefore}");
        }
        if (Boolean.FALSE.equals(filter.breached())) {
            parameters.put("now", Date.from(now));
            where.append(" and (RES.DUE_DATE_ is null or RES.DUE_DATE_ > #{now})");
        }
        if (filter.assignee() != null) {
            parameters.put("assignee", filter.assignee());
            where.append(" and RES.ASSIGNEE_ = #{assignee}");
        }
        if (filter.complaintReference() != null) {
            // every process of a complaint, its own and each tier's, carries its reference as business key
            parameters.put("reference", filter.complaintReference());
            where.append(" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E")
                    .append(" where E.BUSINESS_KEY_ = #{reference})");
        }
        if (filter.kind() != null) {
            parameters.put("kind", filter.kind());
            where.append(" and RES.TASK_DEF_KEY_ = #{kind}");
        }
    }

    /** Only the tasks due before {@code instant} (the breached ones, for the present). */
    OpenTaskQuery dueBefore(Instant instant) {
        parameters.put("dueBeforeAlso", Date.from(instant));
        where.append(" and RES.DUE_DATE_ < #{dueBeforeAlso}");
        return this;
    }

    /** Only the tasks without a deadline. */
    OpenTaskQuery withoutDueDate() {
        where.append(" and RES.DUE_DATE_ is null");
        return this;
    }

    /** Only the tasks not yet due at {@code instant} whose priority is at least {@code priority}. */
    OpenTaskQuery notDueAndRaisedTo(Instant instant, int priority) {
        parameters.put("notDueAt", Date.from(instant));
        parameters.put("priority", priority);
        where.append(" and RES.DUE_DATE_ >= #{notDueAt} and RES.PRIORITY_ >= #{priority}");
        return this;
    }

    /** How many tasks the query finds. */
    long count(TaskService tasks) {
        return with(tasks.createNativeTaskQuery().sql("select count(RES.ID_)" + where)).count();
    }

    /** The tasks from {@code first} on, at most {@code max}, the most urgent first. */
    List<Task> page(TaskService tasks, int first, int max) {
        return with(tasks.createNativeTaskQuery().sql("select RES.*" + where
                + " order by RES.PRIORITY_ desc, case when RES.DUE_DATE_ is null then 1 else 0 end,"
                + " RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc, RES.ID_ asc")).listPage(first, max);
    }

    private NativeTaskQuery with(NativeTaskQuery query) {
        parameters.forEach(query::parameter);
        return query;
    }

    /** A string variable of the task's process instance (any of its executions), as the engine's task query reads. */
    private void processVariable(String parameter, String name, String value) {
        parameters.put(parameter + "Name", name);
        parameters.put(parameter, value);
        where.append(" and RES.PROC_INST_ID_ in (select V_").append(parameter).append(".PROC_INST_ID_")
                .append(" from ACT_RU_VARIABLE V_").append(parameter)
                .append(" where V_").append(parameter).append(".TASK_ID_ is null")
                .append(" and V_").append(parameter).append(".NAME_ = #{").append(parameter).append("Name}")
                .append(" and V_").append(parameter).append(".TYPE_ = 'string'")
                .append(" and V_").append(parameter).append(".TEXT_ = #{").append(parameter).append("})");
    }
}
