package org.chantilly.workflow.api;

import java.time.LocalDate;
import java.util.List;

/** The auditor's compliance reports. Read-only; branch scoping is the caller's (the REST layer's) business. */
public interface ComplianceReports {

    /** The report for the complaints these branches received from {@code from} to {@code to} (both included). */
    ComplianceReport report(LocalDate from, LocalDate to, List<String> branchCodes);

    /**
     * The report as CSV (RFC 4180, comma-separated, CRLF): the figures with one column per branch after the total,
     * then an empty line and the exceptions, one per line.
     */
    String csv(ComplianceReport report);

    /** The report as a printable HTML page (inline styles only). */
    String printable(ComplianceReport report);
}
