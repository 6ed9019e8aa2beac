package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.AgeBucket;
import org.chantilly.workflow.api.ComplianceReport.Figures;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on complaints with known clocks and resolutions. */
class ComplianceFiguresTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Instant daysAgo(double days) {
        return NOW.minusSeconds((long) (days * 86_400));
    }

    private static ServiceClock clock(String name, Instant started, Instant due, Instant stopped) {
        ServiceClock clock = new ServiceClock("HAM-2026-000001", name, started, due);
        if (stopped != null) {
            clock.stop(stopped);
        }
        return clock;
    }

    private static Resolution granted(EscalationTier tier, String amount, Instant at, String applied) {
        Resolution resolution = Resolution.propose("HAM-2026-000001", tier, Remedy.REFUND, new BigDecimal(amount), "EUR",
                "Refunded.", "stefan", "2", applied, at);
        resolution.resolve("token", at);
        return resolution;
    }

    private static AuditedComplaint complaint(Instant received, boolean open, List<ServiceClock> clocks,
                                              List<Resolution> granted, int outOfAuthority, int unsigned,
                                              List<String> deviations) {
        List<ComplianceReport.OutOfAuthority> out = java.util.Collections.nCopies(outOfAuthority,
                new ComplianceReport.OutOfAuthority("r", "HAM", "FRONTLINE", "REFUND", null, "200 EUR", "x", NOW, "2", "above"));
        List<ComplianceReport.UnsignedResolution> notSigned = java.util.Collections.nCopies(unsigned,
                new ComplianceReport.UnsignedResolution("r", "HAM", "SUPERVISOR", "stefan", NOW, "2", null));
        return new AuditedComplaint("HAM-2026-000001", "HAM", received, open, clocks, granted, out, notSigned, deviations);
    }

    @Test
    void countsAcknowledgementsOnTimeLatePendingAndMissing() {
        Figures figures = ComplianceFigures.of(List.of(
                complaint(daysAgo(2), false, List.of(clock(ServiceClock.ACKNOWLEDGE, daysAgo(2), daysAgo(1.9), daysAgo(1.95))),
                        List.of(), 0, 0, List.of()),
                complaint(daysAgo(2), false, List.of(clock(ServiceClock.ACKNOWLEDGE, daysAgo(2), daysAgo(1.9), daysAgo(1.5))),
                        List.of(), 0, 0, List.of()),
                complaint(daysAgo(2), false, List.of(clock(ServiceClock.ACKNOWLEDGE, daysAgo(2), daysAgo(1.9), null)),
                        List.of(), 0, 0, List.of()),
                complaint(NOW, true, List.of(clock(ServiceClock.ACKNOWLEDGE, NOW, NOW.plusSeconds(3600), null)),
                        List.of(), 0, 0, List.of()),
                complaint(NOW, true, List.of(), List.of(), 0, 0, List.of())), ComplianceFigures.signatures(0, 0, 0), NOW);

        assertThat(figures.received()).isEqualTo(5);
        assertThat(figures.acknowledgement()).isEqualTo(new ComplianceReport.Acknowledgement(1, 2, 1, 1,
                new BigDecimal("0.2500")));
        assertThat(figures.breachedDeadlines()).isEqualTo(2);
    }

    @Test
    void countsEachTiersDeadlinesAndTheRemediesGrantedInTime() {
        ServiceClock frontline = clock(ServiceClock.ofTier("FRONTLINE"), daysAgo(5), daysAgo(4), daysAgo(4.5));
        ServiceClock supervisorBreached = clock(ServiceClock.ofTier("SUPERVISOR"), daysAgo(4.5), daysAgo(3), daysAgo(2.5));
        ServiceClock management = clock(ServiceClock.ofTier("MANAGEMENT"), daysAgo(2.5), daysAgo(1), daysAgo(2));
        ServiceClock supervisorAgain = clock(ServiceClock.ofTier("SUPERVISOR"), daysAgo(1), NOW.plusSeconds(60), null);
        Figures figures = ComplianceFigures.of(List.of(complaint(daysAgo(5), true,
                        List.of(frontline, supervisorBreached, management, supervisorAgain),
                        List.of(granted(EscalationTier.MANAGEMENT, "450.00", daysAgo(2), null)), 0, 0, List.of())),
                ComplianceFigures.signatures(0, 0, 0), NOW);

        assertThat(figures.tiers()).extracting(ComplianceReport.TierFigures::tier).containsExactly("FRONTLINE",
                "SUPERVISOR", "MANAGEMENT", "HEAD_OFFICE");
        assertThat(figures.tiers().get(0)).isEqualTo(new ComplianceReport.TierFigures("FRONTLINE", 1, 1, 0, 0, 0, 0,
                new BigDecimal("1.0000")));
        assertThat(figures.tiers().get(1)).isEqualTo(new ComplianceReport.TierFigures("SUPERVISOR", 2, 0, 1, 1, 0, 0,
                new BigDecimal("0.0000")));
        assertThat(figures.tiers().get(2)).isEqualTo(new ComplianceReport.TierFigures("MANAGEMENT", 1, 1, 0, 0, 1, 1,
                new BigDecimal("1.0000")));
        assertThat(figures.tiers().get(3)).isEqualTo(new ComplianceReport.TierFigures("HEAD_OFFICE", 0, 0, 0, 0, 0, 0, null));
        assertThat(figures.breachedByAge()).extracting(AgeBucket::count).containsExactly(0, 0, 1, 0, 0);
    }

    @Test
    void aRemedyGrantedAfterItsTiersDueTimeIsNotWithinTheDeadline() {
        ServiceClock headOffice = clock(ServiceClock.ofTier("HEAD_OFFICE"), daysAgo(10), daysAgo(5), null);
        Figures figures = ComplianceFigures.of(List.of(complaint(daysAgo(10), false, List.of(headOffice),
                        List.of(granted(EscalationTier.HEAD_OFFICE, "10.00", daysAgo(4), null)), 0, 0, List.of())),
                ComplianceFigures.signatures(0, 0, 0), NOW);

        assertThat(figures.tiers().get(3)).isEqualTo(new ComplianceReport.TierFigures("HEAD_OFFICE", 1, 0, 1, 0, 1, 0,
                new BigDecimal("0.0000")));
    }

    @Test
    void ratesTheRemediesConformanceAndSignaturesAndCountsTheUnsigned() {
        Figures figures = ComplianceFigures.of(List.of(
                complaint(daysAgo(1), false, List.of(), List.of(granted(EscalationTier.FRONTLINE, "1", NOW, null),
                        granted(EscalationTier.FRONTLINE, "2", NOW, null)), 1, 1, List.of("P: step X is not in the model")),
                complaint(daysAgo(1), false, List.of(), List.of(granted(EscalationTier.SUPERVISOR, "3", NOW, null)), 0, 0,
                        List.of()),
                complaint(daysAgo(1), false, List.of(), List.of(), 0, 0, List.of())),
                ComplianceFigures.signatures(3, 2, 1), NOW);

        assertThat(figures.remedies()).isEqualTo(new ComplianceReport.Remedies(3, 2, 1, new BigDecimal("0.6667")));
        assertThat(figures.unsignedResolutions()).isEqualTo(1);
        assertThat(figures.conformance()).isEqualTo(new ComplianceReport.Conformance(3, 1, new BigDecimal("0.6667")));
        assertThat(figures.signatures()).isEqualTo(new ComplianceReport.Signatures(3, 2, 1, new BigDecimal("0.6667")));
    }

    @Test
    void nothingToRateIsNullNotZero() {
        Figures figures = ComplianceFigures.of(List.of(), ComplianceFigures.signatures(0, 0, 0), NOW);
        assertThat(figures.acknowledgement().onTimeRate()).isNull();
        assertThat(figures.remedies().withinAuthorityRate()).isNull();
        assertThat(figures.conformance().conformingRate()).isNull();
        assertThat(figures.signatures().coverage()).isNull();
        assertThat(figures.openByAge()).extracting(AgeBucket::count).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void bucketsAgesAtTheirLowerBounds() {
        assertThat(ComplianceFigures.buckets(List.of(Duration.ZERO, Duration.ofHours(23), Duration.ofDays(1),
                Duration.ofDays(3), Duration.ofDays(6), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(400))))
                .containsExactly(new AgeBucket("<1d", 2), new AgeBucket("1-3d", 1), new AgeBucket("3-7d", 2),
                        new AgeBucket("7-30d", 1), new AgeBucket(">30d", 2));
    }

    @Test
    void openComplaintsAreBucketedByTimeSinceReceipt() {
        Figures figures = ComplianceFigures.of(List.of(
                complaint(daysAgo(0.5), true, List.of(), List.of(), 0, 0, List.of()),
                complaint(daysAgo(2), true, List.of(), List.of(), 0, 0, List.of()),
                complaint(daysAgo(45), true, List.of(), List.of(), 0, 0, List.of()),
                complaint(daysAgo(45), false, List.of(), List.of(), 0, 0, List.of())),
                ComplianceFigures.signatures(0, 0, 0), NOW);
        assertThat(figures.openComplaints()).isEqualTo(3);
        assertThat(figures.openByAge()).extracting(AgeBucket::count).containsExactly(1, 1, 0, 0, 1);
    }

    @Test
    void judgesARemedyAgainstTheLimitItsDecisionRecorded() {
        Map<String, String> none = Map.of();
        assertThat(RemedyAuthority.judge(granted(EscalationTier.FRONTLINE, "150.00", NOW,
                "handbook 2; limit 200.0 EUR; receipt required true; receipt presented true; handbook signed true"),
                () -> none)).isEqualTo(new RemedyAuthority.Judgement("200.0 EUR", java.util.Optional.empty()));
        assertThat(RemedyAuthority.judge(granted(EscalationTier.FRONTLINE, "450.00", NOW,
                "handbook 2; limit 200.0 EUR; receipt required false; receipt presented false; handbook signed true"),
                () -> none).breach()).contains("450.00 EUR is above the limit of 200.0 EUR");
        assertThat(RemedyAuthority.judge(granted(EscalationTier.FRONTLINE, "50.00", NOW,
                "handbook 2; limit 200.0 EUR; receipt required true; receipt presented false; handbook signed true"),
                () -> none).breach()).contains("REFUND without the receipt the rule asks for");
        assertThat(RemedyAuthority.judge(granted(EscalationTier.FRONTLINE, "5.00", NOW,
                "handbook 2; limit none; receipt required false; receipt presented false; handbook signed true"),
                () -> none)).isEqualTo(new RemedyAuthority.Judgement("none",
                java.util.Optional.of("REFUND is not the FRONTLINE tier's to grant")));
        assertThat(RemedyAuthority.judge(granted(EscalationTier.HEAD_OFFICE, "20000000.00", NOW,
                "handbook 2; limit 1.0E7 EUR; receipt required false; receipt presented false; handbook signed true"),
                () -> none).limit()).isEqualTo("10000000 EUR");
        assertThat(RemedyAuthority.judge(granted(EscalationTier.FRONTLINE, "5.00", NOW,
                "handbook 2; limit 200.0 SEK; receipt required false; receipt presented false; handbook signed true"),
                () -> none).breach()).contains("granted in EUR, the limit is in SEK");
    }

    @Test
    void aRecordWithoutItsLimitIsJudgedAgainstItsHandbookVersion() {
        assertThat(RemedyAuthority.judge(granted(EscalationTier.SUPERVISOR, "1200.00", NOW, null),
                () -> Map.of("limit.SUPERVISOR.REFUND", "1000.00")).breach())
                .contains("1200.00 EUR is above the limit of 1000.00 EUR");
        assertThat(RemedyAuthority.judge(granted(EscalationTier.SUPERVISOR, "900.00", NOW, null),
                () -> Map.of("limit.SUPERVISOR.REFUND", "1000.00")).breach()).isEmpty();
    }
}
