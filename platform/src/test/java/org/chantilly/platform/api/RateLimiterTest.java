package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
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
            return Instant.ofEpochMilli(now.get());
        }
    };

    @Test
    void allowsTheLimitThenRefusesWithTheTimeToWait() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        limiter.acquire("10.0.0.1");
        now.addAndGet(10_000);
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1"))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfter()).isEqualTo(Duration.ofSeconds(50)));
    }

    @Test
    void countsEachClientApart() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        limiter.acquire("a");
        limiter.acquire("b");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void theWindowSlides() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        limiter.acquire("a");
        now.addAndGet(60_001);
        limiter.acquire("a");
        assertThat(limiter).isNotNull();
    }
}
