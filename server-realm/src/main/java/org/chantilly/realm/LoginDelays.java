package org.chantilly.realm;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * How long an account must wait for its next password check from one source address after failed logins: nothing for
 * the first {@code after - 1} failures in a row, then {@code initial} after the {@code after}-th, doubling with each
 * further failure up to {@code max} (by default 5 failures, then 1 s, 2 s, 4 s ... 15 min). Failures older than
 * {@code forgetAfter} no longer count. Configuration ({@code chantilly.security.login-delay.*}): a system property,
 * then an environment variable ({@code CHANTILLY_SECURITY_LOGIN_DELAY_AFTER}), then the realm's configuration, then
 * the default.
 *
 * @param after       failures in a row from one address before each further attempt must wait
 * @param initial     the first wait
 * @param max         the longest wait
 * @param forgetAfter how long after the last failure the count starts again
 */
public record LoginDelays(int after, Duration initial, Duration max, Duration forgetAfter) {

    /** The configuration keys' common prefix. */
    public static final String PREFIX = "chantilly.security.login-delay.";

    public LoginDelays {
        if (after < 1) {
            throw new IllegalArgumentException(PREFIX + "after must be at least 1");
        }
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(PREFIX + "initial must be positive and not above " + PREFIX + "max");
        }
        if (forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException(PREFIX + "forget-after must be positive");
        }
    }

    /** 5 failures, then 1 s doubling up to 15 minutes; failures are forgotten a day after the last one. */
    public static LoginDelays defaults() {
        return new LoginDelays(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24));
    }

    /** The delays as configured (see the class comment), {@code configuration} being the realm's own map. */
    public static LoginDelays configured(Map<String, String> configuration) {
        LoginDelays defaults = defaults();
        return new LoginDelays(
                Integer.parseInt(setting(configuration, "after", String.valueOf(defaults.after()))),
                Duration.parse(setting(configuration, "initial", defaults.initial().toString())),
                Duration.parse(setting(configuration, "max", defaults.max().toString())),
                Duration.parse(setting(configuration, "forget-after", defaults.forgetAfter().toString())));
    }

    /** The wait after this many failures in a row: zero below {@link #after}, then doubling up to {@link #max}. */
    public Duration delayAfter(int failures) {
        if (failures < after) {
            return Duration.ZERO;
        }
        int doublings = failures - after;
        long maxMillis = max.toMillis();
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < maxMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxMillis));
    }

    /**
     * The failures that still count: none when the last one is older than {@link #forgetAfter} (or there was none).
     */
    public int counting(int failures, Instant lastFailure, Instant now) {
        return lastFailure == null || lastFailure.plus(forgetAfter).isBefore(now) ? 0 : failures;
    }

    /** One setting: a system property, an environment variable, the realm's configuration, the default. */
    static String setting(Map<String, String> configuration, String name, String defaultValue) {
        String key = PREFIX + name;
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(key));
        }
        if (value == null || value.isBlank()) {
            value = configuration == null ? null : configuration.get("login-delay." + name);
        }
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    /** The environment variable of a key as MicroProfile Config maps it ({@code a.b-c} → {@code A_B_C}). */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
