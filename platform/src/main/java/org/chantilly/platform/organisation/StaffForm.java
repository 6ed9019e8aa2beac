package org.chantilly.platform.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.StaffInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An employee as the admin API reads and writes them, one shape both ways ({@code active} is read only: an
 * employee is deactivated, not changed to inactive). FRONTLINE and SUPERVISOR staff work in a branch, MANAGER staff are
 * responsible for a region. The initial password is needed only to create the account; it must pass the
 * {@link org.chantilly.platform.internal.PasswordPolicy}.
 */
@Schema(requiredProperties = {"login", "name", "role", "language"})
public record StaffForm(
        @RequiredText @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "3 to 64 lower-case letters, digits, . _ or -") String login,
        @RequiredText @Size(max = 200) @PlainText String name,
        @RequiredText @Pattern(regexp = "FRONTLINE|SUPERVISOR|MANAGER|HEAD_OFFICE|HANDBOOK_OWNER|AUDITOR|ADMIN|METRICS",
                message = "must be one of FRONTLINE, SUPERVISOR, MANAGER, HEAD_OFFICE, HANDBOOK_OWNER, AUDITOR, ADMIN, "
                        + "METRICS") String role,
        @Pattern(regexp = "[A-Z]{2,6}", message = "must be 2 to 6 capital letters") String branchCode,
        @Size(max = 64) String region,
        @RequiredText @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag, e.g. de or sv-FI") String language,
        @Schema(description = "needed only to create the account; never returned") String initialPassword,
        @Schema(description = "whether the employee can log in; read only: deactivate with "
                + "POST /api/admin/staff/{login}/deactivate") Boolean active) {

    StaffInfo toInfo() {
        return new StaffInfo(login, name, role, blankToNull(branchCode), blankToNull(region), language, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
