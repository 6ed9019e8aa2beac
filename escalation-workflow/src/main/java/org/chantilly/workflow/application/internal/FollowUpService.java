package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.workflow.domain.FollowUp;
import org.chantilly.workflow.domain.FollowUpKind;
import org.chantilly.workflow.domain.HandlingRecords;

/** The employee's follow-up after a complaint: decided by the supervisor, then taking effect or confirmed done. */
@ApplicationScoped
@Transactional
public class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class.getName());

    @Inject
    HandlingRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void decide(String reference, String branchCode, String employee, FollowUpKind kind, String note,
                       LocalDate scheduledFor, String by) {
        FollowUp followUp = records.add(FollowUp.decide(reference, branchCode, employee, kind, note, scheduledFor, by,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        audit.record(AuditEvent.of(by, "FOLLOW_UP_DECIDED", "FOLLOW_UP", reference + "/" + kind).about(reference)
                .after(Map.of("kind", kind, "employee", employee, "status", followUp.status())));
        LOG.info(() -> "complaint " + reference + ": follow-up " + kind + " decided for the employee");
    }

    /** A pre-shift topic goes on the branch's briefing list, a recognition on the employee's record. */
    public void takeEffect(String reference, FollowUpKind kind) {
        records.followUpsOf(reference).stream()
                .filter(f -> f.kind() == kind && f.status() == FollowUp.Status.DECIDED)
                .forEach(f -> {
                    f.takeEffect();
                    statusChanged(f, "FOLLOW_UP_TAKEN_EFFECT", FollowUp.Status.DECIDED, AuditEvent.SYSTEM);
                });
    }

    /** Coaching or training took place. */
    public void confirm(String reference, FollowUpKind kind, LocalDate doneOn, String by) {
        records.followUpsOf(reference).stream()
                .filter(f -> f.kind() == kind && f.status() == FollowUp.Status.SCHEDULED)
                .forEach(f -> {
                    f.confirmDone(doneOn, by);
                    statusChanged(f, "FOLLOW_UP_DONE", FollowUp.Status.SCHEDULED, by);
                });
    }

    private void statusChanged(FollowUp followUp, String action, FollowUp.Status before, String by) {
        audit.record(AuditEvent.of(by, action, "FOLLOW_UP", followUp.complaintReference() + "/" + followUp.kind())
                .about(followUp.complaintReference()).change("status", before, followUp.status()));
    }

}
