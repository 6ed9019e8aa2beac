package org.chantilly.workflow.application.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.workflow.api.ComplianceBreakdown;
import org.chantilly.workflow.api.ComplianceBreakdown.BranchWeeks;
import org.chantilly.workflow.api.ComplianceBreakdown.RemedyCount;
import org.chantilly.workflow.api.ComplianceBreakdown.TierBreaches;
import org.chantilly.workflow.api.ComplianceBreakdown.Week;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;

/** The report's breakdowns for charts, by the same rules as {@link ComplianceFigures}. */
final class ComplianceBreakdowns {

    private ComplianceBreakdowns() {
    }

    /**
     * @param branchCodes the report's branches, in its order
     * @param zones       each branch's time zone
     */
    static ComplianceBreakdown of(LocalDate from, LocalDate to, List<String> branchCodes, Map<String, ZoneId> zones,
                                  List<AuditedComplaint> complaints, Instant now) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        List<BranchWeeks> byBranch = new ArrayList<>();
        for (String code : branchCodes) {
            Map<LocalDate, int[]> counts = new LinkedHashMap<>(); // received, on time, late, missing
            weeks.forEach(w -> counts.put(w, new int[4]));
            ZoneId zone = zones.get(code);
            for (AuditedComplaint complaint : complaints) {
                if (!complaint.branchCode().equals(code)) {
                    continue;
                }
                int[] week = counts.get(monday(complaint.receivedAt().atZone(zone).toLocalDate()));
                if (week == null) {
                    continue;
                }
                week[0]++;
                Optional<ServiceClock> clock = complaint.clocks().stream()
                        .filter(c -> c.clock().equals(ServiceClock.ACKNOWLEDGE)).findFirst();
                if (clock.isEmpty()) {
                    week[3]++;
                } else if (clock.get().breached(now)) {
                    week[2]++;
                } else if (clock.get().stoppedAt() != null) {
                    week[1]++;
                }
            }
            byBranch.add(new BranchWeeks(code, counts.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0],
                    e.getValue()[1], ComplianceFigures.rate(e.getValue()[1],
                            e.getValue()[1] + e.getValue()[2] + e.getValue()[3]))).toList()));
        }

        List<TierBreaches> breaches = new ArrayList<>();
        breaches.add(breaches(ComplianceBreakdown.ACKNOWLEDGEMENT, ServiceClock.ACKNOWLEDGE, branchCodes, complaints, now));
        for (EscalationTier tier : EscalationTier.values()) {
            breaches.add(breaches(tier.name(), ServiceClock.ofTier(tier.name()), branchCodes, complaints, now));
        }

        List<RemedyCount> remedies = Arrays.stream(Remedy.values()).map(remedy -> new RemedyCount(remedy.name(),
                (int) complaints.stream().flatMap(c -> c.granted().stream()).map(Resolution::remedy)
                        .filter(remedy::equals).count(),
                (int) complaints.stream().flatMap(c -> c.outOfAuthority().stream())
                        .filter(o -> remedy.name().equals(o.remedy())).count())).toList();
        return new ComplianceBreakdown(List.copyOf(weeks), byBranch, breaches, remedies);
    }

    private static TierBreaches breaches(String tier, String clockName, List<String> branchCodes,
                                         List<AuditedComplaint> complaints, Instant now) {
        List<Integer> byBranch = branchCodes.stream().map(code -> (int) complaints.stream()
                .filter(c -> c.branchCode().equals(code)).flatMap(c -> c.clocks().stream())
                .filter(c -> c.clock().equals(clockName) && c.breached(now)).count()).toList();
        return new TierBreaches(tier, byBranch.stream().mapToInt(Integer::intValue).sum(), byBranch);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
