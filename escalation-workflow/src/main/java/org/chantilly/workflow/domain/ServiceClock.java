package org.chantilly.workflow.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A service-level clock of a complaint: the acknowledgement clock or a tier's decision clock. It runs from its start
 * to its due time, stands still while paused (waiting for the customer) and records whether and when it breached.
 */
@Entity
@Table(name = "wf_service_clock")
public class ServiceClock {

    /** The acknowledgement clock's name; tier clocks are named {@code RESOLVE_<TIER>}. */
    public static final String ACKNOWLEDGE = "ACKNOWLEDGE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 32)
    private String complaintReference;

    @Column(name = "clock", nullable = false, length = 24)
    private String clock;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ServiceClock() {
    }

    public ServiceClock(String complaintReference, String clock, Instant startedAt, Instant dueAt) {
        this.complaintReference = Objects.requireNonNull(complaintReference);
        this.clock = Objects.requireNonNull(clock);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.dueAt = Objects.requireNonNull(dueAt);
    }

    /** The clock's name for a tier, e.g. {@code RESOLVE_SUPERVISOR}. */
    public static String ofTier(String tier) {
        return "RESOLVE_" + tier;
    }

    public void pause(Instant at) {
        if (running()) {
            pausedAt = at;
        }
    }

    /** Runs again with a new due time (the business time it had left, counted from now). */
    public void resume(Instant newDueAt) {
        pausedAt = null;
        dueAt = Objects.requireNonNull(newDueAt);
    }

    /** When the reminder is due (null when the clock has none). */
    public void remindAt(Instant at) {
        reminderAt = at;
    }

    public void remind(Instant at) {
        remindedAt = at;
    }

    /** Stops the clock; it breached if it ran past its due time (a paused clock cannot breach). */
    public void stop(Instant at) {
        if (stoppedAt != null) {
            return;
        }
        if (pausedAt == null && at.isAfter(dueAt)) {
            breachedAt = dueAt;
        }
        stoppedAt = at;
    }

    public boolean running() {
        return stoppedAt == null && pausedAt == null;
    }

    /** Whether it breached, or runs past its due time now. */
    public boolean breached(Instant now) {
        return breachedAt != null || (running() && now.isAfter(dueAt));
    }

    public String complaintReference() {
        return complaintReference;
    }

    public String clock() {
        return clock;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant reminderAt() {
        return reminderAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }
}
