package org.chantilly.workflow.application.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.workflow.api.ComplianceReporting;
import org.chantilly.workflow.api.EvidencePacks;
import org.chantilly.workflow.api.WorkflowMessage;

/**
 * The compliance report and evidence packs for a caller, with the same checks as the API: the period, the number of
 * branches, and the caller's scope (a branch or complaint outside it is "not found", as one that does not exist).
 */
@ApplicationScoped
@Transactional
class ComplianceReportingService implements ComplianceReporting {

    @Inject
    ComplianceReportService reports;

    @Inject
    EvidencePacks evidence;

    @Inject
    ComplaintIntake intake;

    @Inject
    Organisation organisation;

    @Override
    public List<BranchInfo> branchesFor(Caller caller) {
        Optional<List<String>> visible = organisation.visibleBranches(caller);
        return organisation.branches().stream()
                .filter(b -> visible.map(codes -> codes.contains(b.code())).orElse(true))
                .sorted(Comparator.comparing(BranchInfo::code)).toList();
    }

    @Override
    public Reported report(Caller caller, LocalDate from, LocalDate to, List<String> branchCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("from", WorkflowMessage.REPORT_DATE_REQUIRED, "2026-11-01"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", WorkflowMessage.REPORT_DATE_REQUIRED, "2026-11-30"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(FieldError.of("to", WorkflowMessage.REPORT_TO_BEFORE_FROM));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(FieldError.of("to", WorkflowMessage.REPORT_MAX_DAYS, MAX_DAYS));
            }
        }
        List<String> codes = branchCodes == null ? List.of() : List.copyOf(new LinkedHashSet<>(branchCodes));
        if (codes.size() > MAX_BRANCHES) {
            errors.add(FieldError.of("branch", WorkflowMessage.REPORT_MAX_BRANCHES, MAX_BRANCHES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> scope = scope(caller, codes);
        ComplianceReportService.Audited audited = reports.audited(from, to, scope);
        Map<String, ZoneId> zones = organisation.branches().stream()
                .filter(b -> scope.contains(b.code()))
                .collect(Collectors.toMap(BranchInfo::code, BranchInfo::timeZone, (a, b) -> a));
        return new Reported(audited.report(), ComplianceBreakdowns.of(from, to, scope, zones, audited.complaints(),
                audited.report().generatedAt()));
    }

    @Override
    public byte[] evidencePack(Caller caller, String complaintReference) {
        if (complaintReference == null || complaintReference.isBlank()) {
            throw new InvalidInputException("reference", PlatformMessage.REQUIRED);
        }
        String reference = complaintReference.strip();
        intake.branchOf(reference).filter(branch -> organisation.canSeeBranch(caller, branch))
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
        return evidence.packOf(reference, caller.username());
    }

    /** The branches asked for, or every branch the caller may see; one outside the caller's scope is not found. */
    private List<String> scope(Caller caller, List<String> codes) {
        Optional<List<String>> visible = organisation.visibleBranches(caller);
        if (codes.isEmpty()) {
            return visible.map(List::copyOf).orElseGet(() -> organisation.branches().stream().map(BranchInfo::code)
                    .sorted().toList());
        }
        Map<String, BranchInfo> known = organisation.branches().stream()
                .collect(Collectors.toMap(BranchInfo::code, Function.identity(), (a, b) -> a));
        if (!known.keySet().containsAll(codes) || visible.isPresent() && !visible.get().containsAll(codes)) {
            throw new ResourceNotFoundException(PlatformMessage.BRANCH_NOT_FOUND);
        }
        return codes;
    }
}
