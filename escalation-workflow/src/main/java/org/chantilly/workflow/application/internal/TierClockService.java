package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.BusinessCalendar;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Severity;
import org.chantilly.workflow.domain.CandidateGroups;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.DeadlineBreached;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.ServiceClock;

/**
 * The service-level clocks of complaints, in each branch's business time (time zone, opening hours, holidays): the
 * engine's timers know no business calendar, so this service computes the instants they fire at.
 */
@ApplicationScoped
@Transactional
public class TierClockService {

    /** A task's priority once its tier has been reminded (the engine's default is 50). */
    static final int REMINDED_PRIORITY = 80;

    private static final Logger LOG = Logger.getLogger(TierClockService.class.getName());

    /** When a tier must decide and when it is reminded. */
    public record TierDeadline(Instant dueBy, Instant reminderAt) {
    }

    @Inject
    HandlingRecords records;

    @Inject
    ServicePolicy policy;

    @Inject
    Organisation organisation;

    @Inject
    ComplaintIntake intake;

    @Inject
    TaskService tasks;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DeadlineBreached> breaches;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** The acknowledgement clock starts when the complaint is received. */
    public void startAcknowledgement(String reference, String branchCode, Channel channel, Instant receivedAt) {
        Instant due = BusinessCalendar.due(branch(branchCode), receivedAt, policy.acknowledgementDeadline(channel));
        ServiceClock clock = records.add(new ServiceClock(reference, ServiceClock.ACKNOWLEDGE, receivedAt, due));
        clockEvent(clock, "CLOCK_STARTED", "dueAt", null, due);
    }

    public void stopAcknowledgement(String reference) {
        records.openClock(reference, ServiceClock.ACKNOWLEDGE).ifPresent(this::stopped);
    }

    /** A tier's clock starts: its deadline from the handbook for the tier, channel and severity. */
    public TierDeadline start(String reference, EscalationTier tier, String branchCode, Channel channel, Severity severity) {
        Instant now = now();
        BranchInfo branch = branch(branchCode);
        Instant due = BusinessCalendar.due(branch, now, policy.decisionDeadline(tier, channel, severity));
        Instant reminder = reminder(branch, now, due);
        ServiceClock clock = records.add(new ServiceClock(reference, ServiceClock.ofTier(tier.name()), now, due));
        clock.remindAt(reminder);
        clockEvent(clock, "CLOCK_STARTED", "dueAt", null, due);
        if (tier != EscalationTier.FRONTLINE) {
            intake.advance(reference, ComplaintStatus.ESCALATED, "system", "decided by " + tier);
        }
        LOG.info(() -> "complaint " + reference + ": " + tier + " clock started, due " + due);
        return new TierDeadline(due, reminder);
    }

    /** The tier waits for the customer: its clock stands still. */
    public void pause(String reference, EscalationTier tier) {
        ServiceClock clock = openClock(reference, tier);
        clock.pause(now());
        clockEvent(clock, "CLOCK_PAUSED", "pausedAt", null, clock.pausedAt());
        LOG.info(() -> "complaint " + reference + ": " + tier + " clock paused");
    }

    /** The customer replied (or did not in time): the tier gets the business time it had left. */
    public TierDeadline resume(String reference, EscalationTier tier, String branchCode) {
        ServiceClock running = openClock(reference, tier);
        Instant now = now();
        BranchInfo branch = branch(branchCode);
        Instant pausedAt = running.pausedAt() == null ? now : running.pausedAt();
        Instant due = shifted(branch, pausedAt, running.dueAt(), now);
        // the reminder keeps its place on the clock; once given, it is not given again (the deadline comes first)
        Instant reminder = running.remindedAt() != null || running.reminderAt() == null
                ? due.plus(Duration.ofDays(1)) : shifted(branch, pausedAt, running.reminderAt(), now);
        Instant dueBefore = running.dueAt();
        running.resume(due);
        running.remindAt(reminder);
        clockEvent(running, "CLOCK_RESUMED", "dueAt", dueBefore, due);
        LOG.info(() -> "complaint " + reference + ": " + tier + " clock resumed, due " + due);
        return new TierDeadline(due, reminder);
    }

    /** The tier is done with the complaint (decided, escalated, pulled up or past its deadline). */
    public void stop(String reference, EscalationTier tier) {
        records.openClock(reference, ServiceClock.ofTier(tier.name())).ifPresent(this::stopped);
    }

    /**
     * The reminder fired: the open decision task moves up the tier's list; the clock records it; the employee who holds
     * the task is notified, or while nobody holds it every member of the groups it is offered to.
     */
    public void remind(String reference, EscalationTier tier, String processInstanceId) {
        ServiceClock clock = openClock(reference, tier);
        clock.remind(now());
        clockEvent(clock, "CLOCK_REMINDED", "remindedAt", null, clock.remindedAt());
        Set<String> reminded = new TreeSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).list()) {
            tasks.setPriority(task.getId(), REMINDED_PRIORITY);
            reminded.addAll(holderOrGroup(task));
        }
        Map<String, String> params = Map.of("reference", reference, "tier", tier.name(), "due", clock.dueAt().toString());
        reminded.forEach(login -> notifications.notify(login, NotificationKind.DEADLINE_REMINDER, params,
                Notifications.complaintPage(reference)));
        LOG.info(() -> "complaint " + reference + ": " + tier + " reminded of its deadline (" + reminded.size()
                + " employees notified)");
    }

    /** Whom a task's reminder concerns: the employee who holds it, else the members of its candidate groups. */
    private List<String> holderOrGroup(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        return CandidateGroups.members(groups, organisation.activeStaff());
    }

    /** Stops the clock; a clock that ran past its due time records the breach, which the audit trail names. */
    private void stopped(ServiceClock clock) {
        clock.stop(now());
        if (clock.breachedAt() != null) {
            audit.record(AuditEvent.of(AuditEvent.SYSTEM, "DEADLINE_BREACHED", "SERVICE_CLOCK", clockId(clock))
                    .about(clock.complaintReference()).change("breachedAt", null, clock.breachedAt())
                    .change("stoppedAt", null, clock.stoppedAt()));
            breaches.fire(new DeadlineBreached(clock.complaintReference(), clock.clock()));
        } else {
            clockEvent(clock, "CLOCK_STOPPED", "stoppedAt", null, clock.stoppedAt());
        }
    }

    private void clockEvent(ServiceClock clock, String action, String value, Instant from, Instant to) {
        audit.record(AuditEvent.of(AuditEvent.SYSTEM, action, "SERVICE_CLOCK", clockId(clock))
                .about(clock.complaintReference()).change(value, from, to));
    }

    private static String clockId(ServiceClock clock) {
        return clock.complaintReference() + "/" + clock.clock();
    }

    /** What was left of the clock at the pause, counted again from now (at least a second). */
    private static Instant shifted(BranchInfo branch, Instant pausedAt, Instant point, Instant now) {
        return BusinessCalendar.due(branch, now, atLeastOneSecond(BusinessCalendar.openTime(branch, pausedAt, point)));
    }

    private ServiceClock openClock(String reference, EscalationTier tier) {
        return records.openClock(reference, ServiceClock.ofTier(tier.name()))
                .orElseThrow(() -> new IllegalStateException("complaint " + reference + " has no running " + tier + " clock"));
    }

    /** The reminder comes when the configured share of the clock's opening time has passed. */
    private Instant reminder(BranchInfo branch, Instant start, Instant due) {
        Duration share = BusinessCalendar.openTime(branch, start, due).multipliedBy(policy.reminderPercent()).dividedBy(100);
        return BusinessCalendar.due(branch, start, atLeastOneSecond(share));
    }

    /** Hours count opening time; a whole number of days would count working days instead. */
    private static Duration atLeastOneSecond(Duration length) {
        Duration atLeast = length.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : length;
        return atLeast.toDays() > 0 && atLeast.equals(Duration.ofDays(atLeast.toDays())) ? atLeast.minusSeconds(1) : atLeast;
    }

    private BranchInfo branch(String branchCode) {
        return organisation.branch(branchCode)
                .orElseThrow(() -> new IllegalStateException("branch " + branchCode + " does not exist"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
