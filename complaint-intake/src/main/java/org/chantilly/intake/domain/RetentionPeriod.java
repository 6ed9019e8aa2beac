package org.chantilly.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long a closed complaint keeps its customer's personal data: an ISO 8601 duration, either in years, months,
 * weeks and days ({@code P3Y}, {@code P18M}, {@code P90D}) or in days and time ({@code PT12H}, {@code P1DT12H}).
 */
public final class RetentionPeriod {

    private final String text;
    private final Period period;
    private final Duration duration;

    private RetentionPeriod(String text, Period period, Duration duration) {
        this.text = text;
        this.period = period;
        this.duration = duration;
    }

    /**
     * @throws IllegalArgumentException when the text is no ISO 8601 duration or not positive
     */
    public static RetentionPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (trimmed.contains("T")) {
                Duration duration = Duration.parse(trimmed);
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("a retention period is positive: " + text);
                }
                return new RetentionPeriod(trimmed, null, duration);
            }
            Period period = Period.parse(trimmed);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a retention period is positive: " + text);
            }
            return new RetentionPeriod(trimmed, period, null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 duration: " + text, e);
        }
    }

    /** The instant before which a complaint must have been closed to lose its personal data, seen from now (UTC). */
    public Instant cutoff(Instant now) {
        return period != null ? now.atOffset(ZoneOffset.UTC).minus(period).toInstant() : now.minus(duration);
    }

    @Override
    public String toString() {
        return text;
    }
}
