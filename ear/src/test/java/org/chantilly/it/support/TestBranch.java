package org.chantilly.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * A branch of a test's own, open round the clock in UTC (so business-time deadlines are plain durations), with staff
 * whose logins are {@code <code>-<role>} and whose password is {@link #PASSWORD}. Opening it again in a later run of
 * the same server is harmless.
 *
 * <p>An account an administrator creates must change its password before anything else (README: Accounts), so each
 * employee is created with {@link #INITIAL_PASSWORD} and at once changes it to {@link #PASSWORD}, as a new employee
 * does at their first login.
 */
public final class TestBranch {

    /** The password of every account a test branch creates. */
    public static final String PASSWORD = "a long enough password";

    /** The password the administrator gives each account; its employee replaces it with {@link #PASSWORD} at once. */
    public static final String INITIAL_PASSWORD = "the administrator's first password";

    private final String code;

    private TestBranch(String code) {
        this.code = code;
    }

    /** Opens the branch (or finds it open) in the region. */
    public static TestBranch openRoundTheClock(String code, String name, String region) {
        JsonArrayBuilder hours = Json.createArrayBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Json.createObjectBuilder().add("day", day).add("opens", "00:00").add("closes", "23:59:59"));
        }
        HttpResponse<String> opened = Api.postJson("admin", "/api/admin/branches", Json.createObjectBuilder()
                .add("code", code).add("name", name).add("address", name + "\nTest Street 1").add("countryCode", "DE")
                .add("timeZone", "UTC").add("region", region).add("language", "en").add("businessHours", hours)
                .add("publicHolidays", Json.createArrayBuilder()).build().toString());
        assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
        return new TestBranch(code);
    }

    /** An employee of the branch in the role (FRONTLINE or SUPERVISOR); returns the login. */
    public String staff(String role) {
        String login = code.toLowerCase(Locale.ROOT) + "-" + role.toLowerCase(Locale.ROOT);
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", Json.createObjectBuilder()
                .add("login", login).add("name", code + " " + role).add("role", role).add("branchCode", code)
                .add("language", "en").add("initialPassword", INITIAL_PASSWORD).build().toString());
        assertThat(added.statusCode()).as(added.body()).isIn(201, 409);
        if (added.statusCode() == 201) {
            Api.firstPassword(login, INITIAL_PASSWORD, PASSWORD);
        }
        return login;
    }

    public String code() {
        return code;
    }
}
