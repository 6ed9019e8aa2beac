package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.workflow.api.ComplianceBreakdown;
import org.chantilly.workflow.api.ComplianceBreakdown.RemedyCount;
import org.chantilly.workflow.api.ComplianceBreakdown.TierBreaches;
import org.chantilly.workflow.api.ComplianceBreakdown.Week;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.junit.jupiter.api.Test;

/** The breakdowns for charts: weeks per branch in the branch's zone, breaches per clock, remedies per type. */
class ComplianceBreakdownsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ServiceClock clock(String name, Instant started, Instant due, Instant stopped) {
        ServiceClock clock = new ServiceClock("r", name, started, due);
        if (stopped != null) {
            clock.stop(stopped);
        }
        return clock;
    }

    private static ServiceClock acknowledged(Instant received, boolean onTime) {
        return clock(ServiceClock.ACKNOWLEDGE, received, received.plusSeconds(3600),
                received.plusSeconds(onTime ? 60 : 7200));
    }

    private static Resolution granted(Remedy remedy) {
        Resolution resolution = Resolution.propose("r", EscalationTier.FRONTLINE, remedy, new BigDecimal("10.00"), "EUR",
                "Done.", "stefan", "2", "applied", NOW);
        resolution.resolve("token", NOW);
        return resolution;
    }

    private static AuditedComplaint complaint(String branch, String received, List<ServiceClock> clocks,
                                              List<Resolution> granted, List<ComplianceReport.OutOfAuthority> out) {
        return new AuditedComplaint("r", branch, Instant.parse(received), false, clocks, granted, out, List.of(),
                List.of());
    }

    @Test
    void countsEachBranchsWeeksInItsOwnTimeZoneWithTheirOnTimeRate() {
        Instant mondayMorningInBerlin = Instant.parse("2026-11-15T23:30:00Z"); // Monday 16 Nov 00:30 in Berlin
        ComplianceBreakdown breakdown = ComplianceBreakdowns.of(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 24),
                List.of("HAM", "LON"), Map.of("HAM", BERLIN, "LON", ZoneOffset.UTC), List.of(
                        complaint("HAM", "2026-11-15T23:30:00Z", List.of(acknowledged(mondayMorningInBerlin, true)),
                                List.of(), List.of()),
                        complaint("HAM", "2026-11-17T10:00:00Z",
                                List.of(acknowledged(Instant.parse("2026-11-17T10:00:00Z"), false)), List.of(), List.of()),
                        complaint("LON", "2026-11-15T23:30:00Z", List.of(), List.of(), List.of())), NOW);

        assertThat(breakdown.weeks()).containsExactly(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 23));
        assertThat(breakdown.byBranch().get(0).branchCode()).isEqualTo("HAM");
        assertThat(breakdown.byBranch().get(0).weeks()).containsExactly(
                new Week(LocalDate.of(2026, 11, 9), 0, 0, null),
                new Week(LocalDate.of(2026, 11, 16), 2, 1, new BigDecimal("0.5000")),
                new Week(LocalDate.of(2026, 11, 23), 0, 0, null));
        assertThat(breakdown.byBranch().get(1).weeks().get(0))
                .as("still Sunday in London, and without an acknowledgement clock")
                .isEqualTo(new Week(LocalDate.of(2026, 11, 9), 1, 0, new BigDecimal("0.0000")));
    }

    @Test
    void countsBreachesPerClockAndBranchAndRemediesPerType() {
        Instant received = Instant.parse("2026-11-20T09:00:00Z");
        ServiceClock supervisorBreached = clock(ServiceClock.ofTier("SUPERVISOR"), received, received.plusSeconds(60),
                null);
        ComplianceReport.OutOfAuthority beyond = new ComplianceReport.OutOfAuthority("r", "LON", "FRONTLINE", "REFUND",
                null, "200 EUR", "x", NOW, "2", "above");
        ComplianceBreakdown breakdown = ComplianceBreakdowns.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                List.of("HAM", "LON"), Map.of("HAM", BERLIN, "LON", ZoneOffset.UTC), List.of(
                        complaint("HAM", "2026-11-20T09:00:00Z",
                                List.of(acknowledged(received, false), supervisorBreached),
                                List.of(granted(Remedy.REFUND)), List.of()),
                        complaint("LON", "2026-11-20T09:00:00Z", List.of(acknowledged(received, false)),
                                List.of(granted(Remedy.REFUND), granted(Remedy.APOLOGY)), List.of(beyond))), NOW);

        assertThat(breakdown.breachesByTier()).startsWith(
                new TierBreaches(ComplianceBreakdown.ACKNOWLEDGEMENT, 2, List.of(1, 1)),
                new TierBreaches("FRONTLINE", 0, List.of(0, 0)),
                new TierBreaches("SUPERVISOR", 1, List.of(1, 0)));
        assertThat(breakdown.breachesByTier()).hasSize(1 + EscalationTier.values().length);
        assertThat(breakdown.remediesByType()).hasSize(Remedy.values().length)
                .contains(new RemedyCount("REFUND", 2, 1), new RemedyCount("APOLOGY", 1, 0),
                        new RemedyCount("DISCOUNT", 0, 0));
    }
}
