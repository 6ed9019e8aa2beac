package org.chantilly.intake.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of a complaint's history. Appended, never changed, except that an erasure takes personal values out. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_id")
    @SequenceGenerator(name = "complaint_event_id", sequenceName = "complaint_event_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    // the only column that changes, and only when the customer's personal data is erased
    @Column(name = "details", length = 1000)
    private String details;

    protected ComplaintEvent() {
        // for JPA
    }

    ComplaintEvent(Complaint complaint, Instant at, String actor, String action, String details) {
        this.complaint = complaint;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.details = details;
    }

    /** A failed attempt to send the acknowledgement, recorded apart from the attempt's rolled-back transaction. */
    public static ComplaintEvent acknowledgementFailed(Complaint complaint, Instant at, String reason) {
        return new ComplaintEvent(complaint, at, "system", "ACKNOWLEDGEMENT_FAILED", reason);
    }

    void scrub(java.util.function.UnaryOperator<String> scrub) {
        details = scrub.apply(details);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String details() {
        return details;
    }
}
