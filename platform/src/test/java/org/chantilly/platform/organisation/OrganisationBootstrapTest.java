package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

class OrganisationBootstrapTest {

    @Test
    void theDemoChainHasBranchesInThreeCountries() {
        assertThat(OrganisationBootstrap.demoBranches()).extracting(BranchInfo::countryCode)
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
        for (BranchInfo branch : OrganisationBootstrap.demoBranches()) {
            assertThat(OrganisationBootstrap.DEMO_ACCOUNTS)
                    .filteredOn(a -> branch.code().equals(a.branchCode()))
                    .extracting(OrganisationBootstrap.DemoAccount::role)
                    .contains(Roles.FRONTLINE, Roles.SUPERVISOR);
        }
    }

    @Test
    void managersAreResponsibleForARegionOfTheDemoChain() {
        Set<String> regions = OrganisationBootstrap.demoBranches().stream().map(BranchInfo::region).collect(Collectors.toSet());
        assertThat(OrganisationBootstrap.DEMO_ACCOUNTS).filteredOn(a -> Roles.MANAGER.equals(a.role()))
                .allSatisfy(a -> assertThat(regions).contains(a.region()));
    }
}
