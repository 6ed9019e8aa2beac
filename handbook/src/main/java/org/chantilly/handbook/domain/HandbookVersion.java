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
import jakarta.persistence.Version;

/**
 * One numbered version of the handbook: its sections (JSON, see {@link HandbookContent}) and policy values (JSON
 * object of keys and values, see {@link PolicyRules}). A draft changes; a published version never does.
 */
@Entity
@Table(name = "handbook_version")
public class HandbookVersion {

    /** Where a version stands. */
    public enum Status {
        /** Being written by the handbook owner. */
        DRAFT,
        /** Submitted; an approver reviews it. */
        IN_REVIEW,
        /** Approved and published: in force from its effective date, immutable. */
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "content", nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "policy", nullable = false, length = 100_000)
    private String policy;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HandbookVersion() {
    }

    /** A new draft with the given content and values (a copy of the version it starts from). */
    public static HandbookVersion draft(int number, String content, String policy, String by, Instant at) {
        HandbookVersion draft = new HandbookVersion();
        draft.number = number;
        draft.status = Status.DRAFT;
        draft.content = Objects.requireNonNull(content);
        draft.policy = Objects.requireNonNull(policy);
        draft.createdBy = Objects.requireNonNull(by);
        draft.createdAt = Objects.requireNonNull(at);
        return draft;
    }

    /** The first handbook, published as it ships. */
    public static HandbookVersion initial(String content, String policy, Instant at) {
        HandbookVersion first = draft(1, content, policy, "system", at);
        first.status = Status.PUBLISHED;
        first.effectiveFrom = at;
        first.decidedBy = "system";
        first.decidedAt = at;
        return first;
    }

    public boolean editable() {
        return status == Status.DRAFT;
    }

    /**
     * @throws IllegalStateException when the version is not a draft (the caller answers 409)
     */
    public void replaceContent(String newContent) {
        requireDraft();
        content = Objects.requireNonNull(newContent);
    }

    public void replacePolicy(String newPolicy) {
        requireDraft();
        policy = Objects.requireNonNull(newPolicy);
    }

    public void submit(String by, Instant at) {
        requireDraft();
        status = Status.IN_REVIEW;
        submittedBy = by;
        submittedAt = at;
    }

    /** The approver sends the draft back with comments: it is a draft again. */
    public void sendBack(String by, String comment, Instant at) {
        requireStatus(Status.IN_REVIEW);
        status = Status.DRAFT;
        decidedBy = by;
        decidedAt = at;
        reviewComment = comment;
    }

    public void publish(String by, Instant effective, Instant at) {
        requireStatus(Status.IN_REVIEW);
        status = Status.PUBLISHED;
        decidedBy = by;
        decidedAt = at;
        reviewComment = null;
        effectiveFrom = Objects.requireNonNull(effective);
    }

    /** Whether the version is in force at that instant (published and effective). */
    public boolean effectiveAt(Instant at) {
        return status == Status.PUBLISHED && !effectiveFrom.isAfter(at);
    }

    private void requireDraft() {
        requireStatus(Status.DRAFT);
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("handbook version " + number + " is " + status + ", not " + expected);
        }
    }

    public int number() {
        return number;
    }

    public Status status() {
        return status;
    }

    public String content() {
        return content;
    }

    public String policy() {
        return policy;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reviewComment() {
        return reviewComment;
    }
}
