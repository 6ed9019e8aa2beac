package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.policy.ConfiguredServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.Severity;
import org.chantilly.workflow.FakeOrganisation;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.RecordingEvent;
import org.chantilly.workflow.domain.DeadlineBreached;
import org.chantilly.workflow.domain.ServiceClock;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tier clocks in the branch's business time: deadline, reminder, pause and resume, breach. */
class TierClockServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    private static final ZoneId BERLIN = FakeOrganisation.BERLIN;

    private final TierClockService clocks = new TierClockService();
    private final InMemoryHandlingRecords records = new InMemoryHandlingRecords();
    private final List<String> progress = new ArrayList<>();
    private final RecordingEvent<DeadlineBreached> breaches = new RecordingEvent<>();

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @BeforeEach
    void wire() {
        clocks.records = records;
        clocks.audit = audit;
        clocks.breaches = breaches;
        clocks.policy = new ConfiguredServicePolicy(key -> Optional.empty());
        clocks.organisation = new FakeOrganisation();
        clocks.intake = (ComplaintIntake) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> {
                    progress.add(method.getName() + " " + args[1]);
                    return null;
                });
    }

    private void at(String localDateTime) {
        clocks.clock = Clock.fixed(berlin(localDateTime), ZoneOffset.UTC);
    }

    @Test
    void aSupervisorsPhoneDeadlineCountsWorkingDaysAndTheReminderComesAtThreeQuarters() {
        at("2026-11-27T10:00"); // Friday
        TierClockService.TierDeadline deadline = clocks.start("HAM-2026-000001", EscalationTier.SUPERVISOR, "HAM",
                Channel.PHONE, Severity.MEDIUM);
        // two working days: Saturday, (Sunday closed), Monday -> Monday 20:00
        assertThat(deadline.dueBy()).isEqualTo(berlin("2026-11-30T20:00"));
        // open time Friday 10:00-20:00, Saturday 09:30-20:00, Monday 09:30-20:00 = 31 h; 75 % = 23 h 15 min: 10 h, 10.5 h, then 2 h 45 min on Monday
        assertThat(deadline.reminderAt()).isEqualTo(berlin("2026-11-30T12:15"));
        assertThat(progress).containsExactly("advance ESCALATED");
        assertThat(records.clocks).singleElement().satisfies(c -> assertThat(c.clock()).isEqualTo("RESOLVE_SUPERVISOR"));
    }

    @Test
    void waitingForTheCustomerPausesTheClockAndTheTierGetsTheTimeItHadLeft() {
        at("2026-11-26T10:00"); // Thursday
        clocks.start("HAM-2026-000002", EscalationTier.FRONTLINE, "HAM", Channel.IN_PERSON, Severity.MEDIUM);
        assertThat(progress).isEmpty();
        at("2026-11-26T11:00");
        clocks.pause("HAM-2026-000002", EscalationTier.FRONTLINE);
        at("2026-11-27T15:00");
        TierClockService.TierDeadline resumed = clocks.resume("HAM-2026-000002", EscalationTier.FRONTLINE, "HAM");
        // two opening hours in all, one used before the pause
        assertThat(resumed.dueBy()).isEqualTo(berlin("2026-11-27T16:00"));
        at("2026-11-27T15:30");
        clocks.stop("HAM-2026-000002", EscalationTier.FRONTLINE);
        ServiceClock clock = records.clocks.get(0);
        assertThat(clock.breached(clocks.clock.instant())).isFalse();
        assertThat(clock.stoppedAt()).isEqualTo(berlin("2026-11-27T15:30"));
        assertThat(breaches.fired).isEmpty();
    }

    @Test
    void aClockStoppedAfterItsDueTimeBreachedAtThatTime() {
        at("2026-11-26T10:00");
        TierClockService.TierDeadline deadline = clocks.start("HAM-2026-000003", EscalationTier.FRONTLINE, "HAM",
                Channel.IN_PERSON, Severity.MEDIUM);
        at("2026-11-26T13:00");
        clocks.stop("HAM-2026-000003", EscalationTier.FRONTLINE);
        assertThat(records.clocks.get(0).breachedAt()).isEqualTo(deadline.dueBy());
        clocks.stop("HAM-2026-000003", EscalationTier.FRONTLINE);
        assertThat(records.clocks).hasSize(1);
        assertThat(breaches.fired).containsExactly(new DeadlineBreached("HAM-2026-000003", "RESOLVE_FRONTLINE"));
    }

    @Test
    void theAcknowledgementClockRunsFromReceiptUntilTheMessageIsOut() {
        clocks.startAcknowledgement("HAM-2026-000004", "HAM", Channel.EMAIL, berlin("2026-11-26T10:00"));
        at("2026-11-26T10:20");
        clocks.stopAcknowledgement("HAM-2026-000004");
        ServiceClock clock = records.clocks.get(0);
        assertThat(clock.clock()).isEqualTo(ServiceClock.ACKNOWLEDGE);
        assertThat(clock.dueAt()).isEqualTo(berlin("2026-11-26T11:00"));
        assertThat(clock.breachedAt()).isNull();
    }

    @Test
    void aReminderNotYetGivenKeepsItsPlaceOnTheClockAndOneGivenIsNotGivenAgain() {
        at("2026-11-26T10:00"); // Thursday, supervisor, phone: two working days, due Saturday 20:00
        TierClockService.TierDeadline started = clocks.start("HAM-2026-000005", EscalationTier.SUPERVISOR, "HAM",
                Channel.PHONE, Severity.MEDIUM);
        at("2026-11-26T12:00");
        clocks.pause("HAM-2026-000005", EscalationTier.SUPERVISOR);
        at("2026-11-27T12:00"); // a day later: the whole clock moves by one working day
        TierClockService.TierDeadline resumed = clocks.resume("HAM-2026-000005", EscalationTier.SUPERVISOR, "HAM");
        assertThat(resumed.dueBy()).isEqualTo(berlin("2026-11-30T20:00"));
        assertThat(started.reminderAt()).isEqualTo(berlin("2026-11-28T12:15"));
        assertThat(resumed.reminderAt()).isEqualTo(berlin("2026-11-30T12:15"));

        ServiceClock clock = records.clocks.get(0);
        clock.remind(berlin("2026-11-30T13:00"));
        at("2026-11-30T14:00");
        clocks.pause("HAM-2026-000005", EscalationTier.SUPERVISOR);
        at("2026-11-30T15:00");
        TierClockService.TierDeadline again = clocks.resume("HAM-2026-000005", EscalationTier.SUPERVISOR, "HAM");
        assertThat(again.reminderAt()).as("the deadline interrupts the task first").isAfter(again.dueBy());
    }
}
