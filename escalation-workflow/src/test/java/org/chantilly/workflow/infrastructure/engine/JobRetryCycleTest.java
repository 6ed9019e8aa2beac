package org.chantilly.workflow.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobRetryCycleTest {

    @ParameterizedTest
    @ValueSource(strings = {"R6/PT10M", "R10/PT3S", "R1/P1D", " R3/PT1H "})
    void acceptsARepeatingInterval(String cycle) {
        assertThat(JobRetryCycle.checked(cycle)).isEqualTo(cycle.trim());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"PT10M", "six times", "R6", "R6/ten minutes", "${jobRetryCycle}"})
    void refusesAnythingElseNamingTheSetting(String cycle) {
        assertThatThrownBy(() -> JobRetryCycle.checked(cycle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chantilly.jobs.retry-cycle");
    }

    @Test
    void defaultsToSixRetriesTenMinutesApart() {
        assertThat(JobRetryCycle.checked(JobRetryCycle.DEFAULT)).isEqualTo("R6/PT10M");
    }
}
