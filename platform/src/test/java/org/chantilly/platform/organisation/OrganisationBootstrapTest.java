package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

class OrganisationBootstrapTest {

    @Test
    void theFirstAdministratorsPasswordFromConfigurationMustPassThePolicy() {
        for (String weak : List.of("Password2026!", "123456789012", "admin-password-2026", "short one")) {
            assertThatThrownBy(() -> OrganisationBootstrap.checkAdminPassword("admin", weak, 12)).as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("chantilly.admin.password")
                    .hasMessageContaining("CHANTILLY_ADMIN_PASSWORD")
                    .hasMessageNotContaining(weak);
        }
        assertThatThrownBy(() -> OrganisationBootstrap.checkAdminPassword("admin", "eleven char", 12))
                .hasMessageContaining("must have 12 to 128 characters");
        assertThatCode(() -> OrganisationBootstrap.checkAdminPassword("admin", "Lanterns over the quiet harbour", 12))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoChainHasBranchesInThreeCountries() {
        assertThat(OrganisationBootstrap.demoBranches(2026)).extracting(BranchInfo::countryCode)
                .containsExactlyInAnyOrder("DE", "SE", "FI");
    }

    @Test
    void everyRoleHasADemoAccount() {
        Set<String> roles = OrganisationBootstrap.DEMO_ACCOUNTS.stream()
                .map(OrganisationBootstrap.DemoAccount::role).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void everyBranchHasFrontlineStaffAndASupervisor() {
        for (BranchInfo branch : OrganisationBootstrap.demoBranches(2026)) {
            assertThat(OrganisationBootstrap.DEMO_ACCOUNTS)
                    .filteredOn(a -> branch.code().equals(a.branchCode()))
                    .extracting(OrganisationBootstrap.DemoAccount::role)
                    .contains(Roles.FRONTLINE, Roles.SUPERVISOR);
        }
    }

    @Test
    void managersAreResponsibleForARegionOfTheDemoChain() {
        Set<String> regions = OrganisationBootstrap.demoBranches(2026).stream().map(BranchInfo::region).collect(Collectors.toSet());
        assertThat(OrganisationBootstrap.DEMO_ACCOUNTS).filteredOn(a -> Roles.MANAGER.equals(a.role()))
                .allSatisfy(a -> assertThat(regions).contains(a.region()));
    }

    @Test
    void everyBranchHasItsCountrysHolidaysOfThreeYearsFromTheGivenOne() {
        Map<String, IntFunction<List<BranchInfo.Holiday>>> rules = Map.of("DE", PublicHolidays::germanyHamburg,
                "SE", PublicHolidays::sweden, "FI", PublicHolidays::finland);
        for (BranchInfo branch : OrganisationBootstrap.demoBranches(2027)) {
            IntFunction<List<BranchInfo.Holiday>> rule = rules.get(branch.countryCode());
            assertThat(branch.publicHolidays()).as(branch.code())
                    .isSortedAccordingTo(Comparator.comparing(BranchInfo.Holiday::date))
                    .extracting(h -> h.date().getYear()).containsOnly(2027, 2028, 2029);
            assertThat(branch.publicHolidays()).as(branch.code())
                    .containsAll(rule.apply(2027)).containsAll(rule.apply(2028)).containsAll(rule.apply(2029))
                    .hasSize(rule.apply(2027).size() + rule.apply(2028).size() + rule.apply(2029).size());
            assertThat(branch.publicHolidays().get(0).date()).as(branch.code()).isEqualTo(LocalDate.of(2027, 1, 1));
            // an administrator must be able to save the branch as it is (BranchForm takes at most 60 holidays)
            assertThat(branch.publicHolidays()).as(branch.code()).hasSizeLessThanOrEqualTo(60);
        }
    }
}
