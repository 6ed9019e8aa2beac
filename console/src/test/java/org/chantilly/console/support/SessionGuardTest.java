package org.chantilly.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.chantilly.console.support.SessionGuard.Login;
import org.chantilly.console.support.SessionGuard.Verdict;
import org.junit.jupiter.api.Test;

/** When a console session ends before its idle timeout. */
class SessionGuardTest {

    private static final Instant LOGIN = Instant.parse("2026-11-02T07:00:00Z");
    private static final Duration SHIFT = Duration.ofHours(10);

    private final Login login = new Login("frieda", 3, LOGIN);

    @Test
    void aSessionGoesOnWhileItsAccountIsUnchangedAndItIsYoungerThanAShift() {
        assertThat(SessionGuard.verdict(login, OptionalLong.of(3), LOGIN.plus(Duration.ofHours(9)), SHIFT))
                .isEqualTo(Verdict.GOES_ON);
    }

    @Test
    void aChangedOrInactiveAccountEndsItAtOnce() {
        assertThat(SessionGuard.verdict(login, OptionalLong.of(4), LOGIN.plusSeconds(1), SHIFT))
                .as("role, scope or password changed").isEqualTo(Verdict.CHANGED);
        assertThat(SessionGuard.verdict(login, OptionalLong.empty(), LOGIN.plusSeconds(1), SHIFT))
                .as("deactivated").isEqualTo(Verdict.CHANGED);
        assertThat(SessionGuard.verdict(new Login("frieda", -1, LOGIN), OptionalLong.of(0), LOGIN, SHIFT))
                .as("a stamp never known").isEqualTo(Verdict.CHANGED);
    }

    @Test
    void aSessionEndsAfterItsLifetimeHoweverBusyItWas() {
        assertThat(SessionGuard.verdict(login, OptionalLong.of(3), LOGIN.plus(SHIFT), SHIFT))
                .isEqualTo(Verdict.LIFETIME);
        assertThat(SessionGuard.verdict(login, OptionalLong.of(3), LOGIN.plus(SHIFT).minusMillis(1), SHIFT))
                .isEqualTo(Verdict.GOES_ON);
    }
}
