package org.chantilly.handbook.domain;

import java.time.Instant;
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
 * A branch's addition to the handbook (local details such as opening hours or where the returns desk is). It is text
 * only: it can never change a policy value. It needs approval.
 */
@Entity
@Table(name = "handbook_supplement")
public class Supplement {

    /** Where a supplement stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_code", nullable = false, length = 6)
    private String branchCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "text", nullable = false, length = 8000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Supplement() {
    }

    public Supplement(String branchCode, String title, String text, String proposedBy, Instant proposedAt) {
        this.branchCode = Objects.requireNonNull(branchCode);
        this.title = Objects.requireNonNull(title);
        this.text = Objects.requireNonNull(text);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = Objects.requireNonNull(proposedAt);
        this.status = Status.PENDING;
    }

    /**
     * @throws IllegalStateException when it was decided already (the caller answers 409)
     */
    public void decide(boolean approve, String by, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("supplement " + id + " is " + status);
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public String branchCode() {
        return branchCode;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
