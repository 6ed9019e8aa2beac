package org.chantilly.workflow.domain;

import java.math.BigDecimal;
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

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;

/**
 * A remedy a tier proposed for a complaint. It becomes the complaint's resolution when the empowerment decision lets
 * the tier grant it; it then carries the handbook version in force, how the customer was told and their answer.
 */
@Entity
@Table(name = "wf_resolution")
public class Resolution {

    /** Where a proposal stands. */
    public enum Status {
        /** Proposed by a tier; the empowerment decision has not let it through (or not yet). */
        PROPOSED,
        /** Granted within the tier's authority. */
        RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 32)
    private String complaintReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 16)
    private EscalationTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy", nullable = false, length = 16)
    private Remedy remedy;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "said_to_customer", nullable = false, length = 2000)
    private String saidToCustomer;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "policy_version", length = 32)
    private String policyVersion;

    @Column(name = "policy_applied", length = 500)
    private String policyApplied;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "outcome_told_at")
    private Instant outcomeToldAt;

    @Column(name = "outcome_told_by", length = 16)
    private String outcomeToldBy;

    @Column(name = "outcome_letter", length = 4000)
    private String outcomeLetter;

    @Column(name = "answer_token", length = 64)
    private String answerToken;

    @Column(name = "satisfied")
    private Boolean satisfied;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    protected Resolution() {
    }

    public static Resolution propose(String complaintReference, EscalationTier tier, Remedy remedy, BigDecimal amount,
                                     String currency, String saidToCustomer, String proposedBy, String policyVersion,
                                     String policyApplied, Instant at) {
        Resolution resolution = new Resolution();
        resolution.complaintReference = Objects.requireNonNull(complaintReference);
        resolution.tier = Objects.requireNonNull(tier);
        resolution.remedy = Objects.requireNonNull(remedy);
        resolution.amount = Objects.requireNonNull(amount);
        resolution.currency = Objects.requireNonNull(currency);
        resolution.saidToCustomer = Objects.requireNonNull(saidToCustomer);
        resolution.proposedBy = Objects.requireNonNull(proposedBy);
        resolution.proposedAt = Objects.requireNonNull(at);
        resolution.policyVersion = Objects.requireNonNull(policyVersion);
        resolution.policyApplied = policyApplied;
        resolution.status = Status.PROPOSED;
        return resolution;
    }

    /**
     * The empowerment decision let the tier grant it: it is the resolution now, under the handbook version it was
     * proposed under. The answer token is fixed now, so a mail sent again after a failure carries the same link.
     */
    public void resolve(String answerToken, Instant at) {
        this.status = Status.RESOLVED;
        this.answerToken = Objects.requireNonNull(answerToken);
        this.resolvedAt = at;
    }

    /** The customer was told the outcome (by mail, letter or call). */
    public void outcomeTold(String how, String letter, Instant at) {
        this.outcomeToldBy = how;
        this.outcomeLetter = letter;
        this.outcomeToldAt = at;
    }

    /** The customer's answer, recorded by staff or through the link; the token is used up. */
    public void answered(boolean satisfied, String by, Instant at) {
        this.satisfied = satisfied;
        this.answeredBy = by;
        this.answeredAt = at;
        this.answerToken = null;
    }

    public Long id() {
        return id;
    }

    public String complaintReference() {
        return complaintReference;
    }

    public EscalationTier tier() {
        return tier;
    }

    public Remedy remedy() {
        return remedy;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String saidToCustomer() {
        return saidToCustomer;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    /** The policy values the empowerment decision applied (handbook version, limit, receipt rule, signature). */
    public String policyApplied() {
        return policyApplied;
    }

    public Status status() {
        return status;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant outcomeToldAt() {
        return outcomeToldAt;
    }

    public String outcomeToldBy() {
        return outcomeToldBy;
    }

    public String outcomeLetter() {
        return outcomeLetter;
    }

    /** The token of the answer link, until the customer answers. */
    public String answerToken() {
        return answerToken;
    }

    public Boolean satisfied() {
        return satisfied;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    /** The customer's erasure: their personal values leave what was said to them and the outcome letter. */
    public void erasePersonalData(PersonalDataScrub scrub) {
        saidToCustomer = scrub.scrub(saidToCustomer, 2000);
        outcomeLetter = scrub.scrub(outcomeLetter, 4000);
    }
}
