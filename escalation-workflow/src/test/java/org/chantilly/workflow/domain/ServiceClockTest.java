package org.chantilly.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ServiceClockTest {

    private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-26T11:00:00Z");

    @Test
    void aRunningClockPastItsDueTimeCountsAsBreachedBeforeItStops() {
        ServiceClock clock = new ServiceClock("HAM-2026-000001", "RESOLVE_FRONTLINE", START, DUE);
        assertThat(clock.breached(DUE)).isFalse();
        assertThat(clock.breached(DUE.plusSeconds(1))).isTrue();
        assertThat(clock.breachedAt()).isNull();
    }

    @Test
    void aPausedClockNeitherRunsNorBreaches() {
        ServiceClock clock = new ServiceClock("HAM-2026-000001", "RESOLVE_FRONTLINE", START, DUE);
        clock.pause(START.plusSeconds(600));
        assertThat(clock.running()).isFalse();
        assertThat(clock.breached(DUE.plusSeconds(3600))).isFalse();
        clock.resume(DUE.plusSeconds(7200));
        assertThat(clock.running()).isTrue();
        clock.stop(DUE.plusSeconds(3600));
        assertThat(clock.breachedAt()).isNull();
    }

    @Test
    void stoppingLateRecordsTheBreachAtTheDueTimeAndStoppingTwiceChangesNothing() {
        ServiceClock clock = new ServiceClock("HAM-2026-000001", "RESOLVE_FRONTLINE", START, DUE);
        clock.stop(DUE.plusSeconds(5));
        clock.stop(DUE.plusSeconds(500));
        assertThat(clock.breachedAt()).isEqualTo(DUE);
        assertThat(clock.stoppedAt()).isEqualTo(DUE.plusSeconds(5));
    }

    @Test
    void aTierClockIsNamedAfterItsTier() {
        assertThat(ServiceClock.ofTier("SUPERVISOR")).isEqualTo("RESOLVE_SUPERVISOR");
    }
}
