package org.chantilly.console.auditor;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Formats;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.workflow.api.ComplianceBreakdown;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.Figures;
import org.chantilly.workflow.api.ComplianceReport.TierFigures;
import org.chantilly.workflow.api.ComplianceReporting;
import org.chantilly.workflow.api.ComplianceReports;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The compliance report page: the filter (period and branches of the caller's scope), the figures of every branch side
 * by side, charts, the exceptions with a link to each complaint, the CSV and a complaint's evidence pack.
 */
@Named("auditReport")
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceReporting reporting;

    @Inject
    ComplianceReports reports;

    @Inject
    CurrentUser user;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private List<String> branches = new ArrayList<>();
    private transient List<BranchInfo> available;
    private String reference;
    private transient ComplianceReporting.Reported reported;

    /** One line of the figures table: its name and the value for all branches, then for each branch. */
    public record FigureRow(String name, List<String> values) implements Serializable {
    }

    /** One exception of the report, as listed and linked. */
    public record ExceptionRow(String kind, String branchCode, String reference, String tier, String employee,
                               String detail) implements Serializable {
    }

    /** The month so far, in the employee's own zone of the day. */
    @PostConstruct
    void startWithThisMonth() {
        to = LocalDate.now(clock.withZone(user.zone()));
        from = to.withDayOfMonth(1);
    }

    public void run() {
        reported = Feedback.attempt("filter", () -> reporting.report(user.caller(), from, to, branches));
    }

    public List<BranchInfo> getAvailable() {
        if (available == null) {
            available = reporting.branchesFor(user.caller());
        }
        return available;
    }

    public ComplianceReport getReport() {
        return reported == null ? null : reported.report();
    }

    /** The figures for all branches and each branch side by side, one line per figure. */
    public List<FigureRow> getFigures() {
        ComplianceReport report = getReport();
        if (report == null) {
            return List.of();
        }
        List<FigureRow> rows = new ArrayList<>();
        row(rows, "figure.received", f -> count(f.received()));
        row(rows, "figure.ack.onTime", f -> count(f.acknowledgement().onTime()));
        row(rows, "figure.ack.late", f -> count(f.acknowledgement().late()));
        row(rows, "figure.ack.pending", f -> count(f.acknowledgement().pending()));
        row(rows, "figure.ack.missing", f -> count(f.acknowledgement().missing()));
        row(rows, "figure.ack.onTimeRate", f -> formats.percent(f.acknowledgement().onTimeRate()));
        for (TierFigures tier : report.total().tiers()) {
            String name = text("tier." + tier.tier());
            row(rows, text("figure.tier.reached", name), f -> count(tier(f, tier.tier()).reached()));
            row(rows, text("figure.tier.breached", name), f -> count(tier(f, tier.tier()).breached()));
            row(rows, text("figure.tier.running", name), f -> count(tier(f, tier.tier()).running()));
            row(rows, text("figure.tier.rate", name),
                    f -> formats.percent(tier(f, tier.tier()).withinDeadlineRate()));
        }
        row(rows, "figure.remedies.granted", f -> count(f.remedies().granted()));
        row(rows, "figure.remedies.outOfAuthority", f -> count(f.remedies().outOfAuthority()));
        row(rows, "figure.remedies.rate", f -> formats.percent(f.remedies().withinAuthorityRate()));
        row(rows, "figure.unsigned", f -> count(f.unsignedResolutions()));
        row(rows, "figure.nonConforming", f -> count(f.conformance().nonConforming()));
        row(rows, "figure.open", f -> count(f.openComplaints()));
        row(rows, "figure.breached", f -> count(f.breachedDeadlines()));
        row(rows, "figure.signatures.staff", f -> count(f.signatures().staff()));
        row(rows, "figure.signatures.signed", f -> count(f.signatures().signed()));
        row(rows, "figure.signatures.coverage", f -> formats.percent(f.signatures().coverage()));
        return rows;
    }

    /** Every exception: remedies beyond authority, resolutions without signature, paths off the model. */
    public List<ExceptionRow> getExceptions() {
        ComplianceReport report = getReport();
        if (report == null) {
            return List.of();
        }
        List<ExceptionRow> rows = new ArrayList<>();
        report.outOfAuthority().forEach(o -> rows.add(new ExceptionRow(text("exception.OUT_OF_AUTHORITY"),
                o.branchCode(), o.complaintReference(), text("tier." + o.tier()), o.decidedBy(),
                text("exception.outOfAuthority.detail", text("remedy." + o.remedy()),
                        o.amount() == null || o.amount().amount() == null ? "" : formats.money(o.amount()),
                        o.limit(), o.reason()))));
        report.unsignedResolutions().forEach(u -> rows.add(new ExceptionRow(text("exception.UNSIGNED_RESOLUTION"),
                u.branchCode(), u.complaintReference(), text("tier." + u.tier()), u.decidedBy(),
                u.signedAt() == null ? text("exception.unsigned.never", u.handbookVersion())
                        : text("exception.unsigned.later", u.handbookVersion(), formats.instant(u.signedAt())))));
        report.nonConforming().forEach(n -> rows.add(new ExceptionRow(text("exception.NON_CONFORMING"),
                n.branchCode(), n.complaintReference(), "", "", String.join("; ", n.reasons()))));
        return rows;
    }

    /** Complaints received per week, a bar per branch. */
    public String getWeeklyChart() {
        ComplianceBreakdown breakdown = reported.breakdown();
        return ChartConfig.of("bar", weekLabels(breakdown), breakdown.byBranch().stream()
                .map(b -> new ChartConfig.Series(b.branchCode(), b.weeks().stream().map(w -> (Number) w.received())
                        .toList())).toList(), false, false);
    }

    /** Acknowledged on time per week, a line per branch. */
    public String getOnTimeChart() {
        ComplianceBreakdown breakdown = reported.breakdown();
        return ChartConfig.of("line", weekLabels(breakdown), breakdown.byBranch().stream()
                .map(b -> new ChartConfig.Series(b.branchCode(), b.weeks().stream().map(w -> (Number) w.onTimeRate())
                        .toList())).toList(), false, true);
    }

    /** Breached deadlines per tier, stacked by branch. */
    public String getBreachesChart() {
        ComplianceBreakdown breakdown = reported.breakdown();
        List<String> labels = breakdown.breachesByTier().stream().map(t -> text("tier." + t.tier())).toList();
        List<ChartConfig.Series> series = new ArrayList<>();
        for (int i = 0; i < getReport().branches().size(); i++) {
            int branch = i;
            series.add(new ChartConfig.Series(getReport().branches().get(i), breakdown.breachesByTier().stream()
                    .map(t -> (Number) t.byBranch().get(branch)).toList()));
        }
        return ChartConfig.of("bar", labels, series, true, false);
    }

    /** Remedies granted per type, and those beyond authority. */
    public String getRemediesChart() {
        ComplianceBreakdown breakdown = reported.breakdown();
        return ChartConfig.of("bar", breakdown.remediesByType().stream().map(r -> text("remedy." + r.remedy())).toList(),
                List.of(new ChartConfig.Series(text("chart.remedies.granted"), breakdown.remediesByType().stream()
                                .map(r -> (Number) r.granted()).toList()),
                        new ChartConfig.Series(text("chart.remedies.outOfAuthority"), breakdown.remediesByType()
                                .stream().map(r -> (Number) r.outOfAuthority()).toList())), false, false);
    }

    /** The weeks as text, for the table beside the weekly charts. */
    public List<String> getWeeks() {
        return weekLabels(reported.breakdown());
    }

    public ComplianceBreakdown getBreakdown() {
        return reported == null ? null : reported.breakdown();
    }

    public String percent(BigDecimal share) {
        return formats.percent(share);
    }

    /** The report as the API's CSV. */
    public StreamedContent getCsv() {
        ComplianceReport report = getReport();
        if (report == null) {
            return null;
        }
        byte[] csv = reports.csv(report).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("compliance-" + report.from() + "-" + report.to() + ".csv")
                .contentType("text/csv;charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** The evidence pack of the complaint named in {@link #getReference()}, or null with a message at the field. */
    public StreamedContent getEvidencePack() {
        byte[] pack;
        try {
            pack = reporting.evidencePack(user.caller(), reference);
        } catch (ResourceNotFoundException notFound) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            String message = text("evidence.notFound");
            faces.addMessage("evidence:reference", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            return null;
        } catch (ProblemException refused) {
            Feedback.show("evidence", refused);
            return null;
        }
        String name = "evidence-" + reference.strip() + ".zip";
        return DefaultStreamedContent.builder().name(name).contentType("application/zip")
                .contentLength((long) pack.length).stream(() -> new ByteArrayInputStream(pack)).build();
    }

    private void row(List<FigureRow> rows, String key, Function<Figures, String> value) {
        ComplianceReport report = getReport();
        String name = key.startsWith("figure.") ? text(key) : key;
        List<String> values = new ArrayList<>();
        values.add(value.apply(report.total()));
        report.byBranch().forEach(b -> values.add(value.apply(b.figures())));
        rows.add(new FigureRow(name, values));
    }

    private static TierFigures tier(Figures figures, String tier) {
        return figures.tiers().stream().filter(t -> t.tier().equals(tier)).findFirst()
                .orElse(new TierFigures(tier, 0, 0, 0, 0, 0, 0, null));
    }

    private static String count(int count) {
        return String.valueOf(count);
    }

    private List<String> weekLabels(ComplianceBreakdown breakdown) {
        return breakdown.weeks().stream().map(w -> text("chart.week", formats.date(w))).toList();
    }

    private static String text(String key, Object... arguments) {
        return Feedback.text("auditor", key, arguments);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<String> getBranches() {
        return branches;
    }

    public void setBranches(List<String> branches) {
        this.branches = branches == null ? new ArrayList<>() : new ArrayList<>(branches);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
