package org.chantilly.workflow.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.chantilly.platform.api.DecimalString;

/**
 * The compliance report's figures broken down for charts: per branch and week, breaches per tier, remedies per type.
 * Counted by the same rules as {@link ComplianceReport} (same period, branches and instant).
 *
 * @param weeks          the Mondays of the weeks the period touches, oldest first (weeks in each branch's time zone)
 * @param byBranch       for each branch of the report, in its order, one entry per week of {@code weeks}
 * @param breachesByTier the service clocks that breached, per clock: {@code ACKNOWLEDGEMENT}, then each tier
 * @param remediesByType the remedies granted, per remedy type (every type, in the handbook's order)
 */
public record ComplianceBreakdown(List<LocalDate> weeks, List<BranchWeeks> byBranch, List<TierBreaches> breachesByTier,
                                  List<RemedyCount> remediesByType) {

    /** The name of the acknowledgement's clock in {@link #breachesByTier()}. */
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

    /** One branch's weeks. */
    public record BranchWeeks(String branchCode, List<Week> weeks) {
    }

    /**
     * The complaints a branch received in one week.
     *
     * @param startsOn   the week's Monday
     * @param received   complaints received that week (within the report's period)
     * @param onTime     of those, acknowledged before the acknowledgement clock's due time
     * @param onTimeRate on time of on time, late and missing (as {@link ComplianceReport.Acknowledgement}), null when
     *                   nothing is due yet
     */
    @JsonbNillable
    public record Week(LocalDate startsOn, int received, int onTime,
                       @JsonbTypeAdapter(DecimalString.class) BigDecimal onTimeRate) {
    }

    /** How many clocks of a tier (or the acknowledgement) breached, in total and per branch (report's order). */
    public record TierBreaches(String tier, int breached, List<Integer> byBranch) {
    }

    /** Remedies of one type granted, and how many of them were beyond the granting tier's authority. */
    public record RemedyCount(String remedy, int granted, int outOfAuthority) {
    }
}
