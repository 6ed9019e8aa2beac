package org.chantilly.workflow.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.chantilly.platform.api.DecimalString;
import org.chantilly.platform.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The auditor's compliance report for the complaints a set of branches received in a period (dates in each branch's
 * own time zone, both included): the figures for all of them and for each branch side by side, and every exception
 * by name. Rates are decimal strings with four places ({@code "0.7500"}), null when there is nothing to rate.
 *
 * @param generatedAt when the report was made: open complaints and running clocks are judged as of then
 */
public record ComplianceReport(LocalDate from, LocalDate to, Instant generatedAt, List<String> branches, Figures total,
                               List<BranchFigures> byBranch, List<OutOfAuthority> outOfAuthority,
                               List<UnsignedResolution> unsignedResolutions, List<NonConforming> nonConforming) {

    /** The decimal places of every rate. */
    public static final int RATE_SCALE = 4;

    /** The age buckets of open complaints and breached deadlines, youngest first. */
    public static final List<String> AGE_BUCKETS = List.of("<1d", "1-3d", "3-7d", "7-30d", ">30d");

    /**
     * The figures of a set of complaints.
     *
     * @param received            complaints received in the period
     * @param unsignedResolutions remedies granted by an employee who had not signed the handbook version they decided
     *                            under (expected zero)
     * @param openComplaints      complaints not resolved yet (received, acknowledged, escalated or reopened)
     * @param openByAge           open complaints by time since receipt
     * @param breachedDeadlines   service clocks (acknowledgement and tiers) that breached or run past their due time
     * @param breachedByAge       breached clocks by time since their due time
     * @param signatures          the handbook version in force: who of the branches' active staff has signed it (now)
     */
    public record Figures(int received, Acknowledgement acknowledgement, List<TierFigures> tiers, Remedies remedies,
                          int unsignedResolutions, Conformance conformance, int openComplaints,
                          List<AgeBucket> openByAge, int breachedDeadlines, List<AgeBucket> breachedByAge,
                          Signatures signatures) {
    }

    /** One branch's figures. */
    public record BranchFigures(String branchCode, Figures figures) {
    }

    /**
     * The acknowledgement clocks.
     *
     * @param onTime     acknowledged before the clock's due time
     * @param late       acknowledged after it, or not acknowledged and past it
     * @param pending    not acknowledged, not due yet
     * @param missing    complaints without an acknowledgement clock
     * @param onTimeRate on time of on time, late and missing
     */
    @JsonbNillable
    @Schema(name = "AcknowledgementFigures")
    public record Acknowledgement(int onTime, int late, int pending, int missing,
                                  @JsonbTypeAdapter(DecimalString.class) BigDecimal onTimeRate) {
    }

    /**
     * One tier's decision clocks (a complaint reopened at a tier has a clock for each time).
     *
     * @param reached                how often the tier had to decide
     * @param metDeadline            decided (resolved, escalated, handed back) before its deadline
     * @param breached               its deadline passed before a decision (or it runs past it now)
     * @param running                still deciding, deadline not passed (or paused, waiting for the customer)
     * @param resolved               remedies the tier granted
     * @param resolvedWithinDeadline of those, granted while the tier's clock had not breached
     * @param withinDeadlineRate     met of met and breached
     */
    @JsonbNillable
    public record TierFigures(String tier, int reached, int metDeadline, int breached, int running, int resolved,
                              int resolvedWithinDeadline,
                              @JsonbTypeAdapter(DecimalString.class) BigDecimal withinDeadlineRate) {
    }

    /**
     * Remedies granted, judged against the policy values their decision recorded.
     *
     * @param granted              remedies granted (a complaint reopened may have several)
     * @param withinAuthority      allowed to the tier, within its limit, with the receipt where the rule asks for one
     * @param outOfAuthority       the others, each listed in {@link ComplianceReport#outOfAuthority()}
     * @param withinAuthorityRate  within of granted
     */
    @JsonbNillable
    public record Remedies(int granted, int withinAuthority, int outOfAuthority,
                           @JsonbTypeAdapter(DecimalString.class) BigDecimal withinAuthorityRate) {
    }

    /**
     * The conformance of the complaints' recorded paths with the BPMN models they ran on.
     *
     * @param checked       complaints checked (every complaint received)
     * @param nonConforming complaints whose path does not follow the model, each listed with its reasons
     * @param conformingRate conforming of checked
     */
    @JsonbNillable
    public record Conformance(int checked, int nonConforming,
                              @JsonbTypeAdapter(DecimalString.class) BigDecimal conformingRate) {
    }

    /** How many fall into an age bucket ({@link ComplianceReport#AGE_BUCKETS}). */
    public record AgeBucket(String age, int count) {
    }

    /**
     * Signatures of the handbook version in force by the branches' active staff (frontline and supervisors).
     *
     * @param overdue  not signed, and the signing period is over
     * @param coverage signed of staff
     */
    @JsonbNillable
    public record Signatures(int staff, int signed, int overdue,
                             @JsonbTypeAdapter(DecimalString.class) BigDecimal coverage) {
    }

    /**
     * A remedy granted beyond what the policy values recorded with its decision allowed.
     *
     * @param limit  the tier's limit for the remedy as recorded ({@code none}: not the tier's to grant)
     * @param reason what was beyond the authority
     */
    public record OutOfAuthority(String complaintReference, String branchCode, String tier, String remedy, Money amount,
                                 String limit, String decidedBy, Instant resolvedAt, String handbookVersion,
                                 String reason) {
    }

    /**
     * A remedy granted by an employee who had not signed the handbook version it was decided under.
     *
     * @param signedAt when they signed that version later, or null when they never did
     */
    @JsonbNillable
    public record UnsignedResolution(String complaintReference, String branchCode, String tier, String decidedBy,
                                     Instant resolvedAt, String handbookVersion, Instant signedAt) {
    }

    /** A complaint whose recorded path does not follow the BPMN model, with every reason found. */
    public record NonConforming(String complaintReference, String branchCode, List<String> reasons) {
    }
}
