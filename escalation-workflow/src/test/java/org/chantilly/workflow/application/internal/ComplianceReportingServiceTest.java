package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.FakeOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks before a report or a pack is made: the period, the branches and the caller's scope. */
class ComplianceReportingServiceTest {

    private static final Caller AUDITOR = new Caller("aino", Set.of(Roles.AUDITOR));

    private final ComplianceReportingService service = new ComplianceReportingService();

    @BeforeEach
    void wire() {
        service.organisation = new FakeOrganisation();
        service.intake = (ComplaintIntake) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> "branchOf".equals(method.getName())
                        ? Optional.ofNullable("HAM-2026-000001".equals(args[0]) ? "HAM" : null) : null);
        service.evidence = (reference, by) -> (reference + " for " + by).getBytes();
    }

    @Test
    void aPeriodMissingTheWrongWayRoundOrTooLongNamesItsField() {
        assertThat(fields(null, LocalDate.of(2026, 11, 30))).containsExactly("from");
        assertThat(fields(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1))).containsExactly("to");
        assertThat(fields(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2))).containsExactly("to");
    }

    @Test
    void anUnknownBranchIsNotFoundAndTheCallersBranchesAreListed() {
        assertThatThrownBy(() -> service.report(AUDITOR, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of("NOPE"))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(service.branchesFor(AUDITOR)).extracting(b -> b.code()).containsExactly("HAM");
    }

    @Test
    void anEvidencePackNeedsAReferenceTheCallerMaySee() {
        assertThat(new String(service.evidencePack(AUDITOR, " HAM-2026-000001 "))).isEqualTo("HAM-2026-000001 for aino");
        assertThatThrownBy(() -> service.evidencePack(AUDITOR, "HAM-2026-999999"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.evidencePack(AUDITOR, " ")).isInstanceOf(InvalidInputException.class);
    }

    private List<String> fields(LocalDate from, LocalDate to) {
        try {
            service.report(AUDITOR, from, to, List.of());
            throw new AssertionError("accepted");
        } catch (InvalidInputException refused) {
            return refused.errors().stream().map(FieldError::field).toList();
        }
    }
}
