package org.chantilly.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoginDelaysTest {

    private final LoginDelays delays = LoginDelays.defaults();

    @Test
    void nothingForTheFirstFourFailuresThenOneSecondDoublingUpToFifteenMinutes() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(delays.delayAfter(failures)).isZero();
        }
        assertThat(delays.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delays.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delays.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delays.delayAfter(14)).isEqualTo(Duration.ofSeconds(512));
        assertThat(delays.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delays.delayAfter(10_000)).as("no overflow").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresOlderThanTheForgetTimeNoLongerCount() {
        Instant last = Instant.parse("2026-11-02T09:00:00Z");
        assertThat(delays.counting(7, last, last.plus(Duration.ofHours(23)))).isEqualTo(7);
        assertThat(delays.counting(7, last, last.plus(Duration.ofHours(25)))).isZero();
        assertThat(delays.counting(0, null, last)).isZero();
    }

    @Test
    void configuredFromTheRealmsMapWhenNoSystemPropertySaysOtherwise() {
        LoginDelays configured = LoginDelays.configured(Map.of("login-delay.after", "3", "login-delay.initial", "PT2S",
                "login-delay.max", "PT1M"));
        assertThat(configured.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(configured.delayAfter(10)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginDelays.environmentName("chantilly.security.login-delay.forget-after"))
                .isEqualTo("CHANTILLY_SECURITY_LOGIN_DELAY_FORGET_AFTER");
        assertThatThrownBy(() -> new LoginDelays(0, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
