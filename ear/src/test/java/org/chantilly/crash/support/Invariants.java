package org.chantilly.crash.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chantilly.it.support.TestDatabase;
import org.chantilly.it.support.TestMailServer;

/**
 * What must hold in the database of a branch once the clients stopped and the jobs ran, whatever happened to the
 * server meanwhile, each read straight from the tables (the application's and the engine's):
 * <ul>
 * <li>every complaint a client got a 201 for exists exactly once, and no other; the remembered idempotency keys are
 *     exactly the clients' keys, each with the reference its client was told;</li>
 * <li>each complaint has exactly one {@code ComplaintHandlingProcess} instance (business key = reference), still
 *     running, and exactly one tier instance running;</li>
 * <li>each has exactly one open decision task, at the tier its history says (frontline; supervisor once the frontline
 *     escalated; management once an SMS complaint's supervisor deadline, a few seconds in these tests, passed), and as many decision tasks
 *     in its history as tiers it reached: none lost, none twice;</li>
 * <li>no execution is stuck: every execution without children waits on something that will move it on (a user task,
 *     a job, an event subscription, a called process) or is a branch waiting at one of the models' joining gateways
 *     ({@code Gateway_ReadyToClose}, parallel; {@code Gateway_FollowUpDone}, inclusive) for the others; no
 *     incident;</li>
 * <li>every acknowledgement went out ({@code ack_sent_at}); each complaint acknowledged by message has a mail.</li>
 * </ul>
 */
public final class Invariants {

    /** A supervisor's deadline that passed longer ago than this must have moved the complaint to management. */
    private static final Duration TIMER_GRACE = Duration.ofSeconds(15);

    /** The gateways of the complaint models where a branch waits for the others (the only waits without a record). */
    private static final Set<String> JOINS = Set.of("Gateway_ReadyToClose", "Gateway_FollowUpDone");

    private final String branch;
    private final String region;
    private final String caller;

    public Invariants(String branch, String region, String caller) {
        this.branch = branch;
        this.region = region;
        this.caller = caller;
    }

    /** Everything that does not hold (empty: all is well). */
    public List<String> violations(Ledger ledger) {
        List<String> violations = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            String references = branch + "-%";
            Map<String, String> told = ledger.filed().values().stream()
                    .collect(Collectors.toMap(Ledger.Filed::reference, Ledger.Filed::channel, (a, b) -> {
                        violations.add("two keys were told the same reference");
                        return a;
                    }));

            // complaints: exactly those the clients were told about, once each, acknowledged
            Map<String, Integer> complaints = new HashMap<>();
            Set<String> unacknowledged = new HashSet<>();
            Map<String, String> kinds = new HashMap<>();
            for (Object[] row : rows(db, "select reference, ack_sent_at, ack_kind from complaint where branch_code = ?",
                    branch)) {
                complaints.merge((String) row[0], 1, Integer::sum);
                if (row[1] == null) {
                    unacknowledged.add((String) row[0]);
                }
                kinds.put((String) row[0], (String) row[2]);
            }
            complaints.forEach((reference, count) -> {
                if (count > 1) {
                    violations.add(reference + " exists " + count + " times");
                }
                if (!told.containsKey(reference)) {
                    violations.add(reference + " exists, but no client got a 201 for it");
                }
            });
            told.keySet().stream().filter(r -> !complaints.containsKey(r))
                    .forEach(r -> violations.add(r + " got a 201 but does not exist"));
            if (!unacknowledged.isEmpty()) {
                violations.add("not acknowledged yet: " + sorted(unacknowledged));
            }

            // idempotency keys: the clients' keys, each with the reference its client got
            Map<String, String> keys = new HashMap<>();
            for (Object[] row : rows(db, "select idem_key, reference from intake_idempotency where caller = ?", caller)) {
                keys.put((String) row[0], (String) row[1]);
            }
            Map<String, String> expectedKeys = ledger.filed().values().stream()
                    .collect(Collectors.toMap(Ledger.Filed::key, Ledger.Filed::reference));
            if (!keys.equals(expectedKeys)) {
                Set<String> extra = new HashSet<>(keys.entrySet().stream().map(Object::toString).toList());
                extra.removeAll(expectedKeys.entrySet().stream().map(Object::toString).toList());
                Set<String> missing = new HashSet<>(expectedKeys.entrySet().stream().map(Object::toString).toList());
                missing.removeAll(keys.entrySet().stream().map(Object::toString).toList());
                violations.add("idempotency keys differ from the clients': not told " + sorted(extra) + ", missing "
                        + sorted(missing));
            }

            // process instances: one handling process per complaint, running, with one tier running
            Map<String, Integer> handling = count(db, "select BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = "
                    + "'ComplaintHandlingProcess' and BUSINESS_KEY_ like ?", references);
            Map<String, Integer> runningHandling = count(db, "select BUSINESS_KEY_ from ACT_HI_PROCINST where "
                    + "PROC_DEF_KEY_ = 'ComplaintHandlingProcess' and END_TIME_ is null and BUSINESS_KEY_ like ?", references);
            Map<String, Integer> runningTiers = count(db, "select BUSINESS_KEY_ from ACT_HI_PROCINST where "
                    + "PROC_DEF_KEY_ = 'ComplaintTierProcess' and END_TIME_ is null and BUSINESS_KEY_ like ?", references);
            for (String reference : complaints.keySet()) {
                expectOne(violations, reference, "ComplaintHandlingProcess instance", handling);
                expectOne(violations, reference, "running ComplaintHandlingProcess instance", runningHandling);
                expectOne(violations, reference, "running ComplaintTierProcess instance", runningTiers);
            }
            handling.keySet().stream().filter(r -> !complaints.containsKey(r))
                    .forEach(r -> violations.add("a process instance for " + r + ", which does not exist"));

            // decision tasks: one open, at the right tier; as many in history as tiers reached
            Map<String, List<String>> open = new HashMap<>();
            for (Object[] row : rows(db, "select p.BUSINESS_KEY_, l.GROUP_ID_ from ACT_RU_TASK t "
                    + "join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ "
                    + "left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                    + "where t.TASK_DEF_KEY_ = 'Task_DecideComplaint' and p.BUSINESS_KEY_ like ?", references)) {
                open.computeIfAbsent((String) row[0], r -> new ArrayList<>()).add((String) row[1]);
            }
            Map<String, Integer> decided = count(db, "select p.BUSINESS_KEY_ from ACT_HI_TASKINST t "
                    + "join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_ "
                    + "where t.TASK_DEF_KEY_ = 'Task_DecideComplaint' and p.BUSINESS_KEY_ like ?", references);
            Map<String, Instant> supervisorDue = new HashMap<>();
            for (Object[] row : rows(db, "select complaint_reference, due_at from wf_service_clock "
                    + "where clock = 'RESOLVE_SUPERVISOR' and complaint_reference like ?", references)) {
                supervisorDue.put((String) row[0], instant(row[1]));
            }
            Map<String, Instant> escalated = ledger.escalated();
            Instant now = Instant.now();
            for (String reference : complaints.keySet()) {
                List<String> groups = open.getOrDefault(reference, List.of());
                if (groups.size() != 1) {
                    violations.add(reference + " has " + groups.size() + " open decision tasks " + groups);
                    continue;
                }
                String group = groups.get(0);
                String frontlineGroup = "frontline-" + branch;
                String supervisorGroup = "supervisor-" + branch;
                String managementGroup = "manager-" + region;
                List<String> expected;
                if (!escalated.containsKey(reference)) {
                    // a decision whose answer never came may still have gone through
                    expected = "SMS".equals(told.get(reference))
                            ? List.of(frontlineGroup, supervisorGroup, managementGroup)
                            : List.of(frontlineGroup, supervisorGroup);
                } else if (!"SMS".equals(told.get(reference))) {
                    expected = List.of(supervisorGroup);
                } else {
                    Instant due = supervisorDue.get(reference);
                    expected = due != null && due.plus(TIMER_GRACE).isBefore(now)
                            ? List.of(managementGroup) : List.of(supervisorGroup, managementGroup);
                }
                if (!expected.contains(group)) {
                    violations.add(reference + " (" + told.get(reference) + (escalated.containsKey(reference)
                            ? ", escalated" : "") + ") waits at " + group + ", expected " + expected);
                }
                int tiersReached = group.equals(frontlineGroup) ? 1 : group.equals(supervisorGroup) ? 2 : 3;
                int inHistory = decided.getOrDefault(reference, 0);
                if (inHistory != tiersReached) {
                    violations.add(reference + " has " + inHistory + " decision tasks in its history, but reached "
                            + tiersReached + " tiers");
                }
            }

            // executions: each without children waits on something that moves it on
            for (Object[] row : rows(db, "select r.BUSINESS_KEY_, e.ACT_ID_, e.IS_ACTIVE_ from ACT_RU_EXECUTION e "
                    + "join ACT_RU_EXECUTION r on r.ID_ = e.ROOT_PROC_INST_ID_ where r.BUSINESS_KEY_ like ? "
                    + "and not exists (select 1 from ACT_RU_EXECUTION c where c.PARENT_ID_ = e.ID_) "
                    + "and not exists (select 1 from ACT_RU_EXECUTION s where s.SUPER_EXEC_ = e.ID_) "
                    + "and not exists (select 1 from ACT_RU_TASK t where t.EXECUTION_ID_ = e.ID_) "
                    + "and not exists (select 1 from ACT_RU_JOB j where j.EXECUTION_ID_ = e.ID_) "
                    + "and not exists (select 1 from ACT_RU_EVENT_SUBSCR s where s.EXECUTION_ID_ = e.ID_)", references)) {
                boolean waitingToJoin = JOINS.contains((String) row[1]) && Boolean.FALSE.equals(row[2]);
                if (!waitingToJoin) {
                    violations.add(row[0] + " is stuck at " + row[1] + " (no task, job, event or called process)");
                }
            }
            for (Object[] row : rows(db, "select r.BUSINESS_KEY_, i.ACTIVITY_ID_, i.INCIDENT_MSG_ from ACT_RU_INCIDENT i "
                    + "join ACT_RU_EXECUTION p on p.ID_ = i.PROC_INST_ID_ "
                    + "join ACT_RU_EXECUTION r on r.ID_ = p.ROOT_PROC_INST_ID_ where r.BUSINESS_KEY_ like ?", references)) {
                violations.add(row[0] + " has an incident at " + row[1] + ": " + row[2]);
            }

            // mails: every acknowledgement by message arrived (at least once: a mail sent just before a kill may
            // be sent again, as the job's transaction did not commit)
            Map<String, Long> mails = TestMailServer.messagesPerReference();
            List<String> noMail = kinds.entrySet().stream().filter(e -> "MESSAGE".equals(e.getValue()))
                    .map(Map.Entry::getKey).filter(r -> mails.getOrDefault(r, 0L) == 0).sorted().toList();
            if (!noMail.isEmpty()) {
                violations.add("no acknowledgement mail for " + noMail);
            }
        } catch (SQLException e) {
            violations.add("cannot read the database: " + e);
        }
        return violations;
    }

    private static void expectOne(List<String> violations, String reference, String what, Map<String, Integer> counts) {
        int count = counts.getOrDefault(reference, 0);
        if (count != 1) {
            violations.add(reference + " has " + count + " " + what + (count == 1 ? "" : "s"));
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** How often each value of the query's single column occurs. */
    private static Map<String, Integer> count(Connection db, String sql, Object... parameters) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows(db, sql, parameters)) {
            counts.merge((String) row[0], 1, Integer::sum);
        }
        return counts;
    }

    /** A timestamp as either driver gives it (H2: OffsetDateTime for timestamptz; PostgreSQL: Timestamp). */
    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static List<Object[]> rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        int type = result.getMetaData().getColumnType(c + 1);
                        row[c] = type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                                ? result.getObject(c + 1, OffsetDateTime.class) : result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
