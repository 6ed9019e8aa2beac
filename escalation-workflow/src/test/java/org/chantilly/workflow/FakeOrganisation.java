package org.chantilly.workflow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;

/**
 * A small chain for tests: Hamburg (Monday to Saturday 09:30-20:00, region NORTH) with Frida, Felix (frontline) and
 * Stefan (supervisor); Stockholm with Sofia (frontline); Marta, manager of NORTH; Hugo at head office. Everybody may
 * see every branch (visibility is the REST layer's business and tested there).
 */
public final class FakeOrganisation implements Organisation {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Map<String, StaffInfo> STAFF = Map.of(
            "frida", new StaffInfo("frida", "Frida", Roles.FRONTLINE, "HAM", null, "de", true),
            "felix", new StaffInfo("felix", "Felix", Roles.FRONTLINE, "HAM", null, "de", true),
            "stefan", new StaffInfo("stefan", "Stefan", Roles.SUPERVISOR, "HAM", null, "de", true),
            "sofia", new StaffInfo("sofia", "Sofia", Roles.FRONTLINE, "STO", null, "sv", true),
            "marta", new StaffInfo("marta", "Marta", Roles.MANAGER, null, "NORTH", "de", true),
            "hugo", new StaffInfo("hugo", "Hugo", Roles.HEAD_OFFICE, null, null, "en", true));

    @Override
    public Optional<BranchInfo> branch(String code) {
        if (!"HAM".equals(code)) {
            return Optional.empty();
        }
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.put(day, new BranchInfo.OpeningHours(LocalTime.of(9, 30), LocalTime.of(20, 0)));
            }
        }
        return Optional.of(new BranchInfo("HAM", "Hamburg", "x", "DE", BERLIN, "NORTH", "de", hours, List.of(), true));
    }

    @Override
    public List<BranchInfo> branches() {
        return branch("HAM").stream().toList();
    }

    @Override
    public Optional<StaffInfo> staff(String login) {
        return Optional.ofNullable(STAFF.get(login));
    }

    @Override
    public List<StaffInfo> activeStaff() {
        return STAFF.values().stream().sorted(java.util.Comparator.comparing(StaffInfo::login)).toList();
    }

    @Override
    public boolean canSeeBranch(Caller caller, String branchCode) {
        return true;
    }

    @Override
    public Optional<List<String>> visibleBranches(Caller caller) {
        return Optional.empty();
    }
}
