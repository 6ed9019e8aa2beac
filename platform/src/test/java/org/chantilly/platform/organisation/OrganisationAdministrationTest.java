package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OrganisationAdmin;
import org.chantilly.platform.api.OrganisationAdmin.BranchDraft;
import org.chantilly.platform.api.OrganisationAdmin.StaffDraft;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The administrators' use cases for the console check the API's constraints and name list elements by index. */
class OrganisationAdministrationTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    private static BranchDraft branch(List<BranchDraft.Hours> hours, List<BranchDraft.Holiday> holidays) {
        return new BranchDraft("MAL", "Chantilly Malmö", "Södergatan 1", "SE", "Europe/Stockholm", "NORDICS", "sv",
                hours, holidays);
    }

    private static List<FieldError> errorsOf(Object form) {
        try {
            OrganisationAdministration.checked(factory.getValidator(), form);
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
    }

    @Test
    void aValidBranchBecomesTheApisForm() {
        BranchForm form = OrganisationAdministration.form(branch(
                List.of(new BranchDraft.Hours("MONDAY", "10:00", "18:00")),
                List.of(new BranchDraft.Holiday("2026-12-25", "Juldagen"))));
        assertThat(errorsOf(form)).isEmpty();
        assertThat(form.toInfo().businessHours()).hasSize(1);
        assertThat(form.toInfo().publicHolidays().get(0).name()).isEqualTo("Juldagen");
    }

    @Test
    void brokenConstraintsOfListElementsNameTheirIndex() {
        BranchForm form = OrganisationAdministration.form(branch(
                List.of(new BranchDraft.Hours("MONDAY", "10:00", "18:00"), new BranchDraft.Hours("TUESDAY", "", "18:00")),
                List.of(new BranchDraft.Holiday("2026-12-25", " "))));
        assertThat(errorsOf(form)).extracting(FieldError::field)
                .containsExactly("businessHours[1].opens", "publicHolidays[0].name");
    }

    @Test
    void rulesBeyondTheConstraintsAreTheApisToo() {
        BranchForm form = OrganisationAdministration.form(branch(
                List.of(new BranchDraft.Hours("MONDAY", "18:00", "10:00")),
                List.of(new BranchDraft.Holiday("2026-13-45", "Nope"))));
        assertThat(errorsOf(form)).isEmpty();
        assertThatThrownBy(form::toInfo).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).extracting(FieldError::field)
                        .containsExactly("businessHours[0]", "publicHolidays[0].date"));
    }

    @Test
    void staffConstraintsNameTheApisFields() {
        StaffForm form = OrganisationAdministration.form(new StaffDraft("X", "", "KING", null, null, "german", "pw"));
        assertThat(errorsOf(form)).extracting(FieldError::field).containsExactly("language", "login", "name", "role");
    }

    @Test
    void everyRoleCanBeGivenToAnEmployee() {
        for (String role : Roles.ALL) {
            StaffForm form = OrganisationAdministration.form(
                    new StaffDraft("someone", "Some One", role, null, null, "en", null));
            assertThat(errorsOf(form)).as(role).isEmpty();
        }
    }

    @Test
    void onlyAdministratorsMayUseThem() {
        OrganisationAdministration admin = new OrganisationAdministration();
        Caller frontline = new Caller("frontline", Set.of(Roles.FRONTLINE));
        assertThatThrownBy(() -> admin.deactivateStaff("someone", frontline))
                .isInstanceOfSatisfying(OrganisationAdmin.NotAnAdministrator.class,
                        refused -> assertThat(refused.type()).isEqualTo(ProblemType.FORBIDDEN));
        assertThatThrownBy(() -> admin.staffCount(new OrganisationAdmin.StaffQuery(null, null, 0, 20), frontline))
                .isInstanceOf(OrganisationAdmin.NotAnAdministrator.class);
        assertThat(OrganisationAdministration.actor(new Caller("admin", Set.of(Roles.ADMIN)))).isEqualTo("admin");
    }
}
