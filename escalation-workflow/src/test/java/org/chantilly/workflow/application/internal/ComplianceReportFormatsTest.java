package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chantilly.platform.api.Money;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.BranchFigures;
import org.chantilly.workflow.api.ComplianceReport.Figures;
import org.junit.jupiter.api.Test;

/** The report as CSV and as a printable page: branches side by side, exceptions listed, text escaped. */
class ComplianceReportFormatsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static Figures figures(int received) {
        return ComplianceFigures.of(java.util.Collections.nCopies(received, new AuditedComplaint("HAM-2026-000001",
                "HAM", NOW, true, List.of(), List.of(), List.of(), List.of(), List.of())),
                ComplianceFigures.signatures(4, 3, 1), NOW);
    }

    private static ComplianceReport report() {
        return new ComplianceReport(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), NOW,
                List.of("HAM", "STO"), figures(3), List.of(new BranchFigures("HAM", figures(2)),
                new BranchFigures("STO", figures(1))),
                List.of(new ComplianceReport.OutOfAuthority("HAM-2026-000002", "HAM", "FRONTLINE", "REFUND",
                        new Money(new BigDecimal("450.00"), "EUR"), "200.0 EUR", "frida", NOW, "2",
                        "450.00 EUR is above the limit of 200.0 EUR")),
                List.of(new ComplianceReport.UnsignedResolution("STO-2026-000001", "STO", "SUPERVISOR", "=cmd|x", NOW, "2",
                        null)),
                List.of(new ComplianceReport.NonConforming("HAM-2026-000003", "HAM",
                        List.of("ComplaintHandlingProcess: step <b> is not in the model", "a \"quoted\", reason"))));
    }

    @Test
    void csvPutsTheBranchesSideBySideAndListsTheExceptions() {
        String csv = ComplianceReportFormats.csv(report());
        assertThat(csv).startsWith("figure,ALL,HAM,STO\r\nreceived,3,2,1\r\n")
                .contains("\r\nsignatures.coverage,0.7500,0.7500,0.7500\r\n", "\r\nopen.<1d,3,2,1\r\n",
                        "\r\nacknowledgement.onTimeRate,0.0000,0.0000,0.0000\r\n", "\r\nremedies.withinAuthorityRate,,,\r\n",
                        "\r\n\r\nexception,branch,complaint,tier,employee,detail\r\n",
                        "OUT_OF_AUTHORITY,HAM,HAM-2026-000002,FRONTLINE,frida,\"REFUND 450.00 EUR, limit 200.0 EUR "
                                + "(handbook 2): 450.00 EUR is above the limit of 200.0 EUR\"\r\n",
                        "UNSIGNED_RESOLUTION,STO,STO-2026-000001,SUPERVISOR,'=cmd|x,handbook 2 not signed when granting at "
                                + NOW + "\r\n",
                        "NON_CONFORMING,HAM,HAM-2026-000003,,,\"ComplaintHandlingProcess: step <b> is not in the model; "
                                + "a \"\"quoted\"\", reason\"\r\n");
    }

    @Test
    void thePrintablePageEscapesEveryTextAndNeedsNoScript() {
        String html = ComplianceReportFormats.html(report());
        assertThat(html).contains("<th>HAM</th><th>STO</th>", "<td>received</td><td class=\"n\">3</td>",
                        "step &lt;b&gt; is not in the model", "a &quot;quoted&quot;, reason", "HAM-2026-000002")
                .doesNotContain("<b>", "<script");
    }

    @Test
    void aReasonSomeoneEnteredIsIsolatedOnThePageAndKeptAsEnteredInTheCsv() {
        ComplianceReport report = report();
        String reason = "Stammkunde \u202E<i>gpj.exe";
        ComplianceReport entered = new ComplianceReport(report.from(), report.to(), NOW, report.branches(),
                report.total(), report.byBranch(), List.of(new ComplianceReport.OutOfAuthority("HAM-2026-000002", "HAM",
                "FRONTLINE", "REFUND", new Money(new BigDecimal("450.00"), "EUR"), "200.0 EUR", "frida", NOW, "2",
                reason)), List.of(), List.of());

        assertThat(ComplianceReportFormats.html(entered))
                .contains("limit 200.0 EUR (handbook 2): <bdi>Stammkunde \u202E&lt;i&gt;gpj.exe</bdi></td></tr>")
                .doesNotContain("<i>");
        assertThat(ComplianceReportFormats.csv(entered)).contains("(handbook 2): " + reason + "\"\r\n");
    }

    @Test
    void aReportWithoutExceptionsSaysSo() {
        ComplianceReport report = report();
        ComplianceReport clean = new ComplianceReport(report.from(), report.to(), NOW, report.branches(), report.total(),
                report.byBranch(), List.of(), List.of(), List.of());
        assertThat(ComplianceReportFormats.html(clean)).contains("<h2>Exceptions</h2><p>None.</p>");
        assertThat(ComplianceReportFormats.csv(clean)).endsWith("\r\n\r\nexception,branch,complaint,tier,employee,detail\r\n");
    }
}
