package org.chantilly.platform.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.StaffInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An employee as the admin API reads and writes them, one shape both ways ({@code active} is read only: an
 * employee is deactivated, not changed to inactive; so is {@code mailNotifications}, the employee's own choice). FRONTLINE and SUPERVISOR staff work in a branch, MANAGER staff are
 * responsible for a region. The initial password is needed only to create the account; it must pass the
 * {@link org.chantilly.platform.internal.PasswordPolicy}. The e-mail address is optional: notifications go there
 * when the employee wants them by mail.
 */
@Schema(requiredProperties = {"login", "name", "role", "language"})
public record StaffForm(
        @RequiredText @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{chantilly.login}") String login,
        @RequiredText @Size(max = 200) @PlainText String name,
        @RequiredText @Pattern(regexp = "FRONTLINE|SUPERVISOR|MANAGER|HEAD_OFFICE|HANDBOOK_OWNER|AUDITOR|ADMIN|METRICS",
                message = "{chantilly.role}") String role,
        @Pattern(regexp = "[A-Z]{2,6}", message = "{chantilly.branchCode}") String branchCode,
        @Size(max = 64) String region,
        @RequiredText @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "{chantilly.languageTag}") String language,
        @Schema(description = "needed only to create the account; never returned") String initialPassword,
        @Schema(description = "whether the employee can log in; read only: deactivate with "
                + "POST /api/admin/staff/{login}/deactivate") Boolean active,
        @Schema(example = "anna.berg@chantilly.example", description = "the employee's e-mail address for their "
                + "notifications; optional, and a PUT without it removes it. Whether they want mails is their own "
                + "choice (PUT /api/account/notifications/settings)")
        @Email @Size(max = 254) @PlainText String email,
        @Schema(description = "whether the employee's notifications also go to their address; read only: it is "
                + "the employee's own choice (PUT /api/account/notifications/settings)") Boolean mailNotifications) {

    /** A form without an e-mail address. */
    public StaffForm(String login, String name, String role, String branchCode, String region, String language,
                     String initialPassword, Boolean active) {
        this(login, name, role, branchCode, region, language, initialPassword, active, null, null);
    }

    /** A form as an administrator's client sends it: the employee's mail choice is theirs, not in it. */
    public StaffForm(String login, String name, String role, String branchCode, String region, String language,
                     String initialPassword, Boolean active, String email) {
        this(login, name, role, branchCode, region, language, initialPassword, active, email, null);
    }

    StaffInfo toInfo() {
        return new StaffInfo(login, name, role, blankToNull(branchCode), blankToNull(region), language, true,
                blankToNull(email), true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
