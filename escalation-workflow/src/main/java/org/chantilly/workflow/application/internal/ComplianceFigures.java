package org.chantilly.workflow.application.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.Acknowledgement;
import org.chantilly.workflow.api.ComplianceReport.AgeBucket;
import org.chantilly.workflow.api.ComplianceReport.Conformance;
import org.chantilly.workflow.api.ComplianceReport.Figures;
import org.chantilly.workflow.api.ComplianceReport.Remedies;
import org.chantilly.workflow.api.ComplianceReport.Signatures;
import org.chantilly.workflow.api.ComplianceReport.TierFigures;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;

/** The report's arithmetic: counts, rates and age buckets of audited complaints, as of an instant. */
final class ComplianceFigures {

    /** The upper ends of the age buckets but the last ({@link ComplianceReport#AGE_BUCKETS}). */
    private static final List<Duration> BUCKET_ENDS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30));

    private ComplianceFigures() {
    }

    static Figures of(List<AuditedComplaint> complaints, Signatures signatures, Instant now) {
        int[] acknowledgement = new int[4];
        for (AuditedComplaint complaint : complaints) {
            Optional<ServiceClock> clock = complaint.clocks().stream()
                    .filter(c -> c.clock().equals(ServiceClock.ACKNOWLEDGE)).findFirst();
            acknowledgement[clock.isEmpty() ? 3 : clock.get().breached(now) ? 1 : clock.get().stoppedAt() != null ? 0 : 2]++;
        }
        List<TierFigures> tiers = Arrays.stream(EscalationTier.values()).map(t -> tier(t, complaints, now)).toList();
        int granted = complaints.stream().mapToInt(c -> c.granted().size()).sum();
        int outOfAuthority = complaints.stream().mapToInt(c -> c.outOfAuthority().size()).sum();
        int nonConforming = (int) complaints.stream().filter(c -> !c.deviations().isEmpty()).count();
        List<Duration> openAges = complaints.stream().filter(AuditedComplaint::open)
                .map(c -> Duration.between(c.receivedAt(), now)).toList();
        List<Duration> breachAges = complaints.stream().flatMap(c -> c.clocks().stream()).filter(c -> c.breached(now))
                .map(c -> Duration.between(c.breachedAt() != null ? c.breachedAt() : c.dueAt(), now)).toList();
        return new Figures(complaints.size(),
                new Acknowledgement(acknowledgement[0], acknowledgement[1], acknowledgement[2], acknowledgement[3],
                        rate(acknowledgement[0], acknowledgement[0] + acknowledgement[1] + acknowledgement[3])),
                tiers,
                new Remedies(granted, granted - outOfAuthority, outOfAuthority, rate(granted - outOfAuthority, granted)),
                complaints.stream().mapToInt(c -> c.unsigned().size()).sum(),
                new Conformance(complaints.size(), nonConforming, rate(complaints.size() - nonConforming, complaints.size())),
                openAges.size(), buckets(openAges), breachAges.size(), buckets(breachAges), signatures);
    }

    private static TierFigures tier(EscalationTier tier, List<AuditedComplaint> complaints, Instant now) {
        String name = ServiceClock.ofTier(tier.name());
        int reached = 0;
        int met = 0;
        int breached = 0;
        int resolved = 0;
        int resolvedInTime = 0;
        for (AuditedComplaint complaint : complaints) {
            List<ServiceClock> clocks = complaint.clocks().stream().filter(c -> c.clock().equals(name)).toList();
            for (ServiceClock clock : clocks) {
                reached++;
                if (clock.breached(now)) {
                    breached++;
                } else if (clock.stoppedAt() != null) {
                    met++;
                }
            }
            for (Resolution resolution : complaint.granted()) {
                if (resolution.tier() == tier) {
                    resolved++;
                    if (grantedInTime(resolution, clocks)) {
                        resolvedInTime++;
                    }
                }
            }
        }
        return new TierFigures(tier.name(), reached, met, breached, reached - met - breached, resolved, resolvedInTime,
                rate(met, met + breached));
    }

    /** Granted before the due time of the tier's clock that ran when it was granted (the latest started before). */
    private static boolean grantedInTime(Resolution resolution, List<ServiceClock> tierClocks) {
        Instant at = resolution.resolvedAt();
        return at != null && tierClocks.stream().filter(c -> !c.startedAt().isAfter(at))
                .max(Comparator.comparing(ServiceClock::startedAt))
                .map(c -> !at.isAfter(c.dueAt())).orElse(false);
    }

    static List<AgeBucket> buckets(List<Duration> ages) {
        int[] counts = new int[ComplianceReport.AGE_BUCKETS.size()];
        for (Duration age : ages) {
            int bucket = 0;
            while (bucket < BUCKET_ENDS.size() && age.compareTo(BUCKET_ENDS.get(bucket)) >= 0) {
                bucket++;
            }
            counts[bucket]++;
        }
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new AgeBucket(ComplianceReport.AGE_BUCKETS.get(i), counts[i]));
        }
        return buckets;
    }

    /** part / whole with {@link ComplianceReport#RATE_SCALE} places, null when the whole is zero. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), ComplianceReport.RATE_SCALE, RoundingMode.HALF_UP);
    }

    static Signatures signatures(int staff, int signed, int overdue) {
        return new Signatures(staff, signed, overdue, rate(signed, staff));
    }
}
