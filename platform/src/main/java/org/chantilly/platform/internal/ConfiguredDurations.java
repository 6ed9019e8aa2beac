package org.chantilly.platform.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations read from the configuration (ISO 8601, e.g. {@code PT30S}), checked once when a service starts. */
public final class ConfiguredDurations {

    private ConfiguredDurations() {
    }

    /**
     * The duration of a setting that must be positive.
     *
     * @throws IllegalArgumentException naming the setting, for a value that is no ISO 8601 duration, zero or negative
     */
    public static Duration positive(String key, String value) {
        try {
            Duration duration = Duration.parse(value.strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(key + " must be positive: " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is no ISO 8601 duration: " + value, e);
        }
    }
}
