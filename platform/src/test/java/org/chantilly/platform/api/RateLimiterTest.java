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

    @Test
    void remembersAtMostItsBoundOfClientsAndForgetsTheOneUsedLongestAgo() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock, 3);
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("198.51.100." + i);
            assertThat(limiter.size()).isLessThanOrEqualTo(3);
        }
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        assertThatThrownBy(() -> limiter.acquire("b")).as("b is still remembered").isInstanceOf(TooManyRequestsException.class);
        limiter.acquire("d"); // the map is full: a, used longest ago, is forgotten
        assertThat(limiter.size()).isEqualTo(3);
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("d")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void forgetsClientsThatWentQuietAsNewOnesArrive() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 1_000; i++) {
            limiter.acquire("10.0.0." + i);
        }
        assertThat(limiter.size()).isEqualTo(1_000);
        now.addAndGet(60_001);
        for (int i = 0; i < 500; i++) {
            limiter.acquire("10.1.0." + i);
        }
        assertThat(limiter.size()).as("two quiet clients forgotten per request, the new ones kept").isEqualTo(500);
    }

    @Test
    void keepsOnlyTheLimitOfTimesPerClient() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10), clock);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("a");
            limiter.acquire("a");
            assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(TooManyRequestsException.class);
            now.addAndGet(10_001);
        }
        assertThat(limiter.size()).isEqualTo(1);
    }
}
