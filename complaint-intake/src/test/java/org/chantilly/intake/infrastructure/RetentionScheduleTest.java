package org.chantilly.intake.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    @Test
    void anIntervalIsAnIsoDurationOrNone() {
        assertThat(RetentionSchedule.parse("PT24H")).isEqualTo(Duration.ofHours(24));
        assertThat(RetentionSchedule.parse(" P1D ")).isEqualTo(Duration.ofDays(1));
        assertThat(RetentionSchedule.parse("none")).isNull();
        assertThat(RetentionSchedule.parse("NONE")).isNull();
    }

    @Test
    void refusesAnIntervalThatIsNoPositiveDuration() {
        assertThatThrownBy(() -> RetentionSchedule.parse("daily")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionSchedule.parse("PT0S")).isInstanceOf(IllegalArgumentException.class);
    }
}
