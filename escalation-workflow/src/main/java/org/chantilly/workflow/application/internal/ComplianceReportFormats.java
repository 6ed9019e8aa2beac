package org.chantilly.workflow.application.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.platform.api.Html;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.BranchFigures;
import org.chantilly.workflow.api.ComplianceReport.Figures;
import org.chantilly.workflow.api.ComplianceReport.NonConforming;
import org.chantilly.workflow.api.ComplianceReport.OutOfAuthority;
import org.chantilly.workflow.api.ComplianceReport.UnsignedResolution;

/** The compliance report as CSV and as a printable page: the figures side by side per branch, then the exceptions. */
final class ComplianceReportFormats {

    /** One line of the figures: its name and how to read it from a set of figures. */
    private record Row(String name, Function<Figures, Object> value) {
    }

    private static final List<Row> ROWS = rows();

    private ComplianceReportFormats() {
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("received", Figures::received));
        rows.add(new Row("acknowledgement.onTime", f -> f.acknowledgement().onTime()));
        rows.add(new Row("acknowledgement.late", f -> f.acknowledgement().late()));
        rows.add(new Row("acknowledgement.pending", f -> f.acknowledgement().pending()));
        rows.add(new Row("acknowledgement.missing", f -> f.acknowledgement().missing()));
        rows.add(new Row("acknowledgement.onTimeRate", f -> f.acknowledgement().onTimeRate()));
        for (EscalationTier each : EscalationTier.values()) {
            int tier = each.ordinal();
            String prefix = "tier." + each + ".";
            rows.add(new Row(prefix + "reached", f -> f.tiers().get(tier).reached()));
            rows.add(new Row(prefix + "metDeadline", f -> f.tiers().get(tier).metDeadline()));
            rows.add(new Row(prefix + "breached", f -> f.tiers().get(tier).breached()));
            rows.add(new Row(prefix + "running", f -> f.tiers().get(tier).running()));
            rows.add(new Row(prefix + "resolved", f -> f.tiers().get(tier).resolved()));
            rows.add(new Row(prefix + "resolvedWithinDeadline", f -> f.tiers().get(tier).resolvedWithinDeadline()));
            rows.add(new Row(prefix + "withinDeadlineRate", f -> f.tiers().get(tier).withinDeadlineRate()));
        }
        rows.add(new Row("remedies.granted", f -> f.remedies().granted()));
        rows.add(new Row("remedies.withinAuthority", f -> f.remedies().withinAuthority()));
        rows.add(new Row("remedies.outOfAuthority", f -> f.remedies().outOfAuthority()));
        rows.add(new Row("remedies.withinAuthorityRate", f -> f.remedies().withinAuthorityRate()));
        rows.add(new Row("unsignedResolutions", Figures::unsignedResolutions));
        rows.add(new Row("conformance.checked", f -> f.conformance().checked()));
        rows.add(new Row("conformance.nonConforming", f -> f.conformance().nonConforming()));
        rows.add(new Row("conformance.conformingRate", f -> f.conformance().conformingRate()));
        rows.add(new Row("openComplaints", Figures::openComplaints));
        for (int i = 0; i < ComplianceReport.AGE_BUCKETS.size(); i++) {
            int bucket = i;
            rows.add(new Row("open." + ComplianceReport.AGE_BUCKETS.get(i), f -> f.openByAge().get(bucket).count()));
        }
        rows.add(new Row("breachedDeadlines", Figures::breachedDeadlines));
        for (int i = 0; i < ComplianceReport.AGE_BUCKETS.size(); i++) {
            int bucket = i;
            rows.add(new Row("breached." + ComplianceReport.AGE_BUCKETS.get(i), f -> f.breachedByAge().get(bucket).count()));
        }
        rows.add(new Row("signatures.staff", f -> f.signatures().staff()));
        rows.add(new Row("signatures.signed", f -> f.signatures().signed()));
        rows.add(new Row("signatures.overdue", f -> f.signatures().overdue()));
        rows.add(new Row("signatures.coverage", f -> f.signatures().coverage()));
        return List.copyOf(rows);
    }

    /**
     * The exceptions as lines: kind, branch, complaint, tier, employee, detail. What the application wrote goes
     * through {@code written}, what an employee entered (the reason given for a remedy) through {@code entered}:
     * as it is for CSV, escaped and isolated for HTML.
     */
    private static List<List<String>> exceptions(ComplianceReport report, UnaryOperator<String> written,
                                                 UnaryOperator<String> entered) {
        List<List<String>> lines = new ArrayList<>();
        for (OutOfAuthority o : report.outOfAuthority()) {
            lines.add(List.of(written.apply("OUT_OF_AUTHORITY"), written.apply(o.branchCode()),
                    written.apply(o.complaintReference()), written.apply(o.tier()), written.apply(o.decidedBy()),
                    written.apply(o.remedy() + " " + o.amount() + ", limit " + o.limit() + " (handbook "
                            + o.handbookVersion() + "): ") + entered.apply(o.reason())));
        }
        for (UnsignedResolution u : report.unsignedResolutions()) {
            lines.add(List.of(written.apply("UNSIGNED_RESOLUTION"), written.apply(u.branchCode()),
                    written.apply(u.complaintReference()), written.apply(u.tier()), written.apply(u.decidedBy()),
                    written.apply("handbook " + u.handbookVersion() + " not signed when granting at " + u.resolvedAt()
                            + (u.signedAt() == null ? "" : "; signed at " + u.signedAt()))));
        }
        for (NonConforming n : report.nonConforming()) {
            lines.add(List.of(written.apply("NON_CONFORMING"), written.apply(n.branchCode()),
                    written.apply(n.complaintReference()), "", "", written.apply(String.join("; ", n.reasons()))));
        }
        return lines;
    }

    static String csv(ComplianceReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("figure", "ALL"));
        report.byBranch().forEach(b -> header.add(b.branchCode()));
        line(csv, header);
        for (Row row : ROWS) {
            List<String> cells = new ArrayList<>(List.of(row.name(), text(row.value().apply(report.total()))));
            report.byBranch().forEach(b -> cells.add(text(row.value().apply(b.figures()))));
            line(csv, cells);
        }
        csv.append("\r\n");
        line(csv, List.of("exception", "branch", "complaint", "tier", "employee", "detail"));
        exceptions(report, UnaryOperator.identity(), UnaryOperator.identity()).forEach(e -> line(csv, e));
        return csv.toString();
    }

    static String html(ComplianceReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Compliance report</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #999;padding:.2em .5em}"
                + "td.n{text-align:right}@media print{body{margin:0}}</style></head><body><h1>Compliance report</h1><p>")
                .append("Complaints received ").append(report.from()).append(" to ").append(report.to())
                .append(" (each branch's own dates), branches ").append(Html.escape(String.join(", ", report.branches())))
                .append("; as of ").append(report.generatedAt()).append(".</p><h2>Figures</h2><table><tr><th>figure</th><th>all</th>");
        for (BranchFigures branch : report.byBranch()) {
            html.append("<th>").append(Html.escape(branch.branchCode())).append("</th>");
        }
        html.append("</tr>");
        for (Row row : ROWS) {
            html.append("<tr><td>").append(Html.escape(row.name())).append("</td><td class=\"n\">")
                    .append(Html.escape(text(row.value().apply(report.total())))).append("</td>");
            for (BranchFigures branch : report.byBranch()) {
                html.append("<td class=\"n\">").append(Html.escape(text(row.value().apply(branch.figures())))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><h2>Exceptions</h2>");
        List<List<String>> exceptions = exceptions(report, Html::escape, Html::isolated);
        if (exceptions.isEmpty()) {
            return html.append("<p>None.</p></body></html>").toString();
        }
        html.append("<table><tr><th>exception</th><th>branch</th><th>complaint</th><th>tier</th><th>employee</th>"
                + "<th>detail</th></tr>");
        for (List<String> exception : exceptions) {
            html.append("<tr>");
            exception.forEach(cell -> html.append("<td>").append(cell).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A CSV field: quoted when it holds a comma, quote or line break; a field that a spreadsheet would take for a
     * formula is prefixed with an apostrophe.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
