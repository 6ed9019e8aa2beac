package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    @Test
    void yearsAndMonthsCountInTheCalendar() {
        assertThat(RetentionPeriod.parse("P3Y").cutoff(NOW)).isEqualTo(Instant.parse("2023-11-24T10:15:30Z"));
        assertThat(RetentionPeriod.parse("P18M").cutoff(NOW)).isEqualTo(Instant.parse("2025-05-24T10:15:30Z"));
        assertThat(RetentionPeriod.parse("p90d").cutoff(NOW)).isEqualTo(Instant.parse("2026-08-26T10:15:30Z"));
    }

    @Test
    void timesCountExactly() {
        assertThat(RetentionPeriod.parse("PT5S").cutoff(NOW)).isEqualTo(Instant.parse("2026-11-24T10:15:25Z"));
        assertThat(RetentionPeriod.parse("P1DT12H").cutoff(NOW)).isEqualTo(Instant.parse("2026-11-22T22:15:30Z"));
    }

    @Test
    void refusesWhatIsNoPositiveDuration() {
        assertThatThrownBy(() -> RetentionPeriod.parse("three years")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse("-PT1H")).isInstanceOf(IllegalArgumentException.class);
    }
}
