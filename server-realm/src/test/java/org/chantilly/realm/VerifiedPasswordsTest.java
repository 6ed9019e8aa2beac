package org.chantilly.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu";

    private MutableClock clock = new MutableClock();
    private VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 3, clock);

    @Test
    void aVerifiedPasswordIsKnownUntilItExpires() {
        verified.add("anna", HASH, "secret one".toCharArray());
        assertThat(verified.contains("anna", HASH, "secret one".toCharArray())).isTrue();
        clock.advance(Duration.ofMinutes(5).plusMillis(1));
        assertThat(verified.contains("anna", HASH, "secret one".toCharArray())).isFalse();
    }

    @Test
    void anotherPasswordLoginOrStoredHashIsNotKnown() {
        verified.add("anna", HASH, "secret one".toCharArray());
        assertThat(verified.contains("anna", HASH, "secret two".toCharArray())).isFalse();
        assertThat(verified.contains("bert", HASH, "secret one".toCharArray())).as("another login").isFalse();
        assertThat(verified.contains("anna", HASH + "x", "secret one".toCharArray())).as("a new password hash").isFalse();
    }

    @Test
    void theBoundariesBetweenTheFieldsCount() {
        verified.add("ab", "c" + HASH, "pw".toCharArray());
        assertThat(verified.contains("a", "bc" + HASH, "pw".toCharArray())).isFalse();
    }

    @Test
    void itKeepsAtMostItsCapacity() {
        for (int i = 0; i < 10; i++) {
            verified.add("user" + i, HASH, "password".toCharArray());
        }
        assertThat(verified.size()).isLessThanOrEqualTo(3);
        assertThat(verified.contains("user9", HASH, "password".toCharArray())).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
