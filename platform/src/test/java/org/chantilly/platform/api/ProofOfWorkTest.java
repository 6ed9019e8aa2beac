package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-24T10:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    private final ProofOfWork work = new ProofOfWork(KEY, 12, Duration.ofMinutes(5), clock, 100);

    /** What a client does: counts from 0 until the hash has enough leading zero bits. */
    static String solve(String nonce, int bits) {
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.hash(nonce + ":" + counter)) >= bits) {
                return Long.toString(counter);
            }
        }
    }

    /** A counter whose hash does not have the bits asked. */
    static String wrong(String nonce, int bits) {
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.hash(nonce + ":" + counter)) < bits) {
                return Long.toString(counter);
            }
        }
    }

    @Test
    void takesASolutionOnceAndRefusesItsReuse() {
        ProofOfWork.Challenge challenge = work.challenge();
        assertThat(challenge.bits()).isEqualTo(12);
        assertThat(challenge.expiresAt()).isEqualTo(Instant.parse("2026-11-24T10:05:00Z"));
        String counter = solve(challenge.nonce(), 12);
        work.spend(challenge.nonce(), counter);
        assertThatThrownBy(() -> work.spend(challenge.nonce(), counter)).isInstanceOf(ProofOfWork.Refused.class)
                .hasMessageContaining("used already");
    }

    @Test
    void refusesTooFewZeroBitsWithoutSpendingTheNonce() {
        ProofOfWork.Challenge challenge = work.challenge();
        assertThatThrownBy(() -> work.spend(challenge.nonce(), wrong(challenge.nonce(), 12)))
                .isInstanceOf(ProofOfWork.Refused.class).hasMessageContaining("12 zero bits")
                .satisfies(e -> assertThat(((ProofOfWork.Refused) e).type()).isEqualTo(ProblemType.PROOF_OF_WORK));
        work.spend(challenge.nonce(), solve(challenge.nonce(), 12));
    }

    @Test
    void refusesMissingExpiredForgedAndMalformedProofs() {
        ProofOfWork.Challenge challenge = work.challenge();
        String counter = solve(challenge.nonce(), 12);
        assertThatThrownBy(() -> work.spend(null, counter)).isInstanceOf(ProofOfWork.Refused.class)
                .hasMessageContaining(ProofOfWork.NONCE_HEADER).hasMessageContaining("GET /api/public/challenge");
        assertThatThrownBy(() -> work.spend(challenge.nonce(), " ")).isInstanceOf(ProofOfWork.Refused.class);
        assertThatThrownBy(() -> work.spend(challenge.nonce(), "-1")).isInstanceOf(ProofOfWork.Refused.class)
                .hasMessageContaining("decimal");

        String[] parts = challenge.nonce().split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertThatThrownBy(() -> work.spend(later, solve(later, 12))).as("expiry changed, signature kept")
                .isInstanceOf(ProofOfWork.Refused.class).hasMessageContaining("not a nonce");
        String own = "AAAAAAAAAAAAAAAAAAAAAA." + parts[1] + "." + parts[2];
        assertThatThrownBy(() -> work.spend(own, solve(own, 12))).isInstanceOf(ProofOfWork.Refused.class);
        ProofOfWork otherServer = new ProofOfWork("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8),
                12, Duration.ofMinutes(5), clock, 100);
        assertThatThrownBy(() -> otherServer.spend(challenge.nonce(), counter)).isInstanceOf(ProofOfWork.Refused.class);
        assertThatThrownBy(() -> work.spend("no-dots", "1")).isInstanceOf(ProofOfWork.Refused.class);

        now.addAndGet(Duration.ofMinutes(5).toMillis());
        assertThatThrownBy(() -> work.spend(challenge.nonce(), counter)).isInstanceOf(ProofOfWork.Refused.class)
                .hasMessageContaining("expired");
    }

    @Test
    void remembersABoundedNumberOfUsedNoncesAndForgetsExpiredOnes() {
        ProofOfWork small = new ProofOfWork(KEY, 4, Duration.ofMinutes(1), clock, 2);
        for (int i = 0; i < 2; i++) {
            ProofOfWork.Challenge challenge = small.challenge();
            small.spend(challenge.nonce(), solve(challenge.nonce(), 4));
        }
        ProofOfWork.Challenge third = small.challenge();
        String counter = solve(third.nonce(), 4);
        assertThatThrownBy(() -> small.spend(third.nonce(), counter)).isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfter()).isPositive());
        assertThat(small.remembered()).isEqualTo(2);

        now.addAndGet(Duration.ofMinutes(1).toMillis());
        ProofOfWork.Challenge fresh = small.challenge();
        small.spend(fresh.nonce(), solve(fresh.nonce(), 4));
        assertThat(small.remembered()).as("the expired ones forgotten").isEqualTo(1);
    }

    @Test
    void countsLeadingZeroBits() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x10, 1})).isEqualTo(19);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }
}
