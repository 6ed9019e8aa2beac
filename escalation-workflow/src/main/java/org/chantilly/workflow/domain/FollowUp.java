package org.chantilly.workflow.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One follow-up for the employee who received a complaint: coaching or training (scheduled, then confirmed done), a
 * topic on the branch's pre-shift briefing list, or recognition on the employee's record.
 */
@Entity
@Table(name = "wf_follow_up")
public class FollowUp {

    /** Where a follow-up stands. */
    public enum Status {
        /** Decided by the supervisor; the process has not acted on it yet. */
        DECIDED,
        /** Coaching or training with a date. */
        SCHEDULED,
        /** Coaching or training confirmed done. */
        DONE,
        /** On the branch's next pre-shift briefing list. */
        ON_BRIEFING_LIST,
        /** Talked through at a pre-shift briefing. */
        DISCUSSED,
        /** Visible on the employee's record. */
        RECOGNISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 32)
    private String complaintReference;

    @Column(name = "branch_code", nullable = false, length = 6)
    private String branchCode;

    @Column(name = "employee", nullable = false, length = 64)
    private String employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private FollowUpKind kind;

    @Column(name = "note", nullable = false, length = 1000)
    private String note;

    @Column(name = "scheduled_for")
    private LocalDate scheduledFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    protected FollowUp() {
    }

    public static FollowUp decide(String complaintReference, String branchCode, String employee, FollowUpKind kind,
                                  String note, LocalDate scheduledFor, String decidedBy, Instant at) {
        FollowUp followUp = new FollowUp();
        followUp.complaintReference = Objects.requireNonNull(complaintReference);
        followUp.branchCode = Objects.requireNonNull(branchCode);
        followUp.employee = Objects.requireNonNull(employee);
        followUp.kind = Objects.requireNonNull(kind);
        followUp.note = Objects.requireNonNull(note);
        followUp.scheduledFor = scheduledFor;
        followUp.status = scheduledFor != null ? Status.SCHEDULED : Status.DECIDED;
        followUp.decidedBy = Objects.requireNonNull(decidedBy);
        followUp.decidedAt = Objects.requireNonNull(at);
        return followUp;
    }

    /** The pre-shift topic goes on the branch's briefing list, the recognition on the employee's record. */
    public void takeEffect() {
        status = switch (kind) {
            case PRE_SHIFT_TOPIC -> Status.ON_BRIEFING_LIST;
            case RECOGNITION -> Status.RECOGNISED;
            default -> status;
        };
    }

    /** The pre-shift topic was talked through at a briefing. */
    public void discussed() {
        if (status == Status.ON_BRIEFING_LIST) {
            status = Status.DISCUSSED;
        }
    }

    /** Coaching or training took place. */
    public void confirmDone(LocalDate on, String by) {
        this.status = Status.DONE;
        this.doneOn = Objects.requireNonNull(on);
        this.confirmedBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public String complaintReference() {
        return complaintReference;
    }

    public String branchCode() {
        return branchCode;
    }

    public String employee() {
        return employee;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public LocalDate scheduledFor() {
        return scheduledFor;
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    /** The customer's erasure: their personal values leave the note. */
    public void erasePersonalData(PersonalDataScrub scrub) {
        note = scrub.scrub(note, 1000);
    }
}
