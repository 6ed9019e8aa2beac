package org.chantilly.workflow.application.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.NeutralGreeting;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.PublicUrl;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.Resolution;

/** Resolutions: proposed by a tier, granted within its authority, told to the customer, answered, reopened, closed. */
@ApplicationScoped
@Transactional
public class ResolutionService {

    private static final Logger LOG = Logger.getLogger(ResolutionService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HandlingRecords records;

    @Inject
    ServicePolicy policy;

    @Inject
    ComplaintIntake intake;

    /** Where customers reach the public API, for the answer link in outcome mails. */
    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A tier proposes a remedy; the empowerment decision decides whether it may grant it. */
    public long propose(String reference, EscalationTier tier, Remedy remedy, BigDecimal amount, String saidToCustomer,
                        String by, String policyVersion, String policyApplied) {
        Resolution proposal = records.add(Resolution.propose(reference, tier, remedy, amount, policy.currency(),
                saidToCustomer, by, policyVersion, policyApplied, now()));
        Map<String, Object> values = new java.util.TreeMap<>();
        values.put("tier", tier);
        values.put("remedy", remedy);
        values.put("amount", amount);
        values.put("currency", proposal.currency());
        values.put("policyVersion", policyVersion);
        values.put("status", proposal.status());
        audit.record(AuditEvent.of(by, "REMEDY_PROPOSED", "RESOLUTION", proposal.id()).about(reference).after(values));
        return proposal.id();
    }

    /** The proposal was within the tier's authority: it is the resolution, stamped with the handbook version. */
    public void resolve(long proposalId) {
        Resolution resolution = proposal(proposalId);
        Resolution.Status before = resolution.status();
        resolution.resolve(newToken(), now());
        audit.record(AuditEvent.of(resolution.proposedBy(), "REMEDY_GRANTED", "RESOLUTION", resolution.id())
                .about(resolution.complaintReference())
                .after(Map.of("remedy", resolution.remedy(), "amount", String.valueOf(resolution.amount()),
                        "tier", resolution.tier(), "policyVersion", String.valueOf(resolution.policyVersion())))
                .change("status", before, resolution.status()));
        intake.advance(resolution.complaintReference(), ComplaintStatus.RESOLVED, resolution.proposedBy(),
                resolution.remedy() + " " + resolution.amount() + " " + resolution.currency() + " by " + resolution.tier()
                        + " (handbook " + resolution.policyVersion() + ")");
        LOG.info(() -> "complaint " + resolution.complaintReference() + " resolved by " + resolution.tier());
    }

    /**
     * Mails the outcome with a link through which the customer answers; throws when the mail does not go out (the
     * step is retried with the same link).
     */
    public void mailOutcome(String reference) {
        Resolution resolution = latest(reference);
        ComplaintView complaint = complaint(reference);
        String text = wording(complaint, resolution,
                publicUrl.resolve("/api/public/answers/" + resolution.answerToken()));
        intake.message(reference, text);
        resolution.outcomeTold("MAIL", null, now());
        outcomeTold(resolution, "MAIL");
    }

    /** Prepares the printable outcome letter for the branch to post. */
    public void prepareOutcomeLetter(String reference) {
        Resolution resolution = latest(reference);
        ComplaintView complaint = complaint(reference);
        String address = complaint.customer().postalAddress() == null ? "" : complaint.customer().postalAddress() + "\n\n";
        String letter = complaint.customer().name() + "\n" + address + wording(complaint, resolution, "");
        resolution.outcomeTold("LETTER", letter.length() > 4000 ? letter.substring(0, 4000) : letter, now());
        outcomeTold(resolution, "LETTER");
        LOG.info(() -> "complaint " + reference + ": outcome letter ready");
    }

    /** The frontline told the customer the outcome in person or by phone. */
    public void outcomeCalled(String reference) {
        Resolution resolution = latest(reference);
        resolution.outcomeTold("CALL", null, now());
        outcomeTold(resolution, "CALL");
    }

    /** The customer's answer (staff or the link); the caller correlates the process's message. */
    public void answer(String reference, boolean satisfied, String by) {
        Resolution resolution = latest(reference);
        resolution.answered(satisfied, by, now());
        audit.record(AuditEvent.of(by, "CUSTOMER_ANSWERED", "RESOLUTION", resolution.id()).about(reference)
                .change("satisfied", null, satisfied));
        intake.recordStep(reference, "CUSTOMER_ANSWERED", by, satisfied ? "satisfied" : "not satisfied");
    }

    private void outcomeTold(Resolution resolution, String how) {
        audit.record(AuditEvent.of(AuditEvent.SYSTEM, "OUTCOME_TOLD", "RESOLUTION", resolution.id())
                .about(resolution.complaintReference()).change("outcomeTold", null, how));
        intake.recordStep(resolution.complaintReference(), "OUTCOME_TOLD", AuditEvent.SYSTEM, "by " + how
                + (isFinalResponse(resolution) ? "; head office's final response, the complaint closes" : ""));
    }

    /** The reference of the complaint whose outcome mail carried this token, if it is still unanswered. */
    public Optional<String> referenceOfToken(String token) {
        return records.resolutionByAnswerToken(token).map(Resolution::complaintReference);
    }

    public void reopen(String reference, int count) {
        intake.advance(reference, ComplaintStatus.REOPENED, "system", "customer not satisfied; reopen " + count);
    }

    public void close(String reference) {
        intake.advance(reference, ComplaintStatus.CLOSED, "system", "follow-up decided");
    }

    public Optional<String> outcomeLetter(String reference) {
        return records.latestResolution(reference).map(Resolution::outcomeLetter);
    }

    /**
     * The outcome in the handbook's words for the channel and the customer's language; head office's decision is the
     * final response, which asks no answer.
     */
    private String wording(ComplaintView complaint, Resolution resolution, String answerLink) {
        String outcome = resolution.saidToCustomer();
        String language = complaint.customer().preferredLanguage();
        boolean finalResponse = isFinalResponse(resolution);
        String wording = finalResponse ? policy.finalResponseWording(complaint.channel(), language)
                : policy.outcomeWording(complaint.channel(), language);
        if (ComplaintIntake.WEB_FORM.equals(complaint.receivedBy())) {
            // the name the public form gave is whatever anyone typed: the mail does not carry it
            wording = NeutralGreeting.of(wording, language);
        }
        return wording
                .replace("{customer}", complaint.customer().name())
                .replace("{reference}", complaint.reference())
                .replace("{outcome}", outcome)
                .replace("{answerLink}", finalResponse ? "" : answerLink);
    }

    /** Head office is the last tier: its decision is the chain's final response (ComplaintHandlingProcess). */
    static boolean isFinalResponse(Resolution resolution) {
        return resolution.tier() == EscalationTier.HEAD_OFFICE;
    }

    private Resolution proposal(long id) {
        return records.resolution(id).orElseThrow(() -> new IllegalStateException("no proposal " + id));
    }

    private Resolution latest(String reference) {
        return records.latestResolution(reference)
                .orElseThrow(() -> new IllegalStateException("complaint " + reference + " has no resolution"));
    }

    private ComplaintView complaint(String reference) {
        return intake.find(reference).orElseThrow(() -> new IllegalStateException("no complaint " + reference));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
