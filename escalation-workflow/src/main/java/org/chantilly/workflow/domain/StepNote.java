package org.chantilly.workflow.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a step of a complaint's process ended as it did: a decision, a hand-back with its reason, a pull-up. */
@Entity
@Table(name = "wf_step_note")
public class StepNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 32)
    private String complaintReference;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "activity_id", nullable = false, length = 64)
    private String activityId;

    @Column(name = "outcome", nullable = false, length = 200)
    private String outcome;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    protected StepNote() {
    }

    public StepNote(String complaintReference, String taskId, String activityId, String outcome, String reason,
                    String actor, Instant notedAt) {
        this.complaintReference = Objects.requireNonNull(complaintReference);
        this.taskId = taskId;
        this.activityId = Objects.requireNonNull(activityId);
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = reason;
        this.actor = Objects.requireNonNull(actor);
        this.notedAt = Objects.requireNonNull(notedAt);
    }

    public String complaintReference() {
        return complaintReference;
    }

    public String taskId() {
        return taskId;
    }

    public String activityId() {
        return activityId;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant notedAt() {
        return notedAt;
    }

    /** The customer's erasure: their personal values leave the reason (the outcome names no one, but is checked too). */
    public void erasePersonalData(PersonalDataScrub scrub) {
        outcome = scrub.scrub(outcome, 200);
        reason = scrub.scrub(reason, 2000);
    }
}
