package org.chantilly.workflow.api;

import java.time.LocalDate;
import java.util.List;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;

/**
 * The compliance report and evidence packs on behalf of a caller: the period and branches checked, the branches
 * limited to the caller's scope (auditors and head office every branch, managers their region), with the breakdowns
 * that charts need. What the staff console uses; the figures are {@link ComplianceReports}'.
 */
public interface ComplianceReporting {

    /** The longest period one report covers, in days (a leap year). */
    int MAX_DAYS = 366;

    /** The most branches one report compares. */
    int MAX_BRANCHES = 100;

    /** A report with its breakdowns. */
    record Reported(ComplianceReport report, ComplianceBreakdown breakdown) {
    }

    /** The branches the caller may report on, by code. */
    List<BranchInfo> branchesFor(Caller caller);

    /**
     * The report for the complaints these branches received from {@code from} to {@code to} (both included).
     *
     * @param branchCodes the branches; empty for every branch the caller may see
     * @throws org.chantilly.platform.api.InvalidInputException     a date missing, the period the wrong way round or
     *                                                              too long, too many branches (fields {@code from},
     *                                                              {@code to}, {@code branch})
     * @throws org.chantilly.platform.api.ResourceNotFoundException a branch outside the caller's scope or unknown
     */
    Reported report(Caller caller, LocalDate from, LocalDate to, List<String> branchCodes);

    /**
     * The evidence pack of a complaint the caller may see (see {@link EvidencePacks}).
     *
     * @throws org.chantilly.platform.api.InvalidInputException     no reference given (field {@code reference})
     * @throws org.chantilly.platform.api.ResourceNotFoundException no such complaint in the caller's branches
     */
    byte[] evidencePack(Caller caller, String complaintReference);
}
