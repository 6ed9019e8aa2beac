package org.chantilly.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A proof of work that needs no third-party service, for the public web form. The server hands out a challenge: a
 * nonce that carries its expiry and an HMAC-SHA-256 signature under a key only the server knows, and a difficulty in
 * bits. The client counts until SHA-256 of {@code nonce + ":" + counter} (UTF-8, the counter in decimal) begins with
 * that many zero bits and sends nonce and counter with its request. Checking costs the server one HMAC and one hash;
 * a nonce works once within its validity (the used ones are remembered until they expire, in a bounded map), so a
 * solution cannot be sent twice.
 * <p>
 * The used nonces are kept in memory: behind a load balancer without sticky sessions, each server refuses a second use
 * only of what it saw itself, and all servers must share the key ({@code chantilly.public-form.proof-of-work-secret}).
 */
public class ProofOfWork {

    /** The request header that carries the challenge's nonce. */
    public static final String NONCE_HEADER = "Proof-Of-Work-Nonce";

    /** The request header that carries the counter the client found. */
    public static final String COUNTER_HEADER = "Proof-Of-Work-Counter";

    /** What is hashed, as the messages name it. */
    private static final String HASHED = "SHA-256(nonce + \":\" + counter)";

    /** How many used nonces a checker remembers unless told otherwise. */
    public static final int DEFAULT_MAX_USED = 100_000;

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getUrlDecoder();
    private static final int RANDOM_BYTES = 16;
    private static final int SIGNATURE_BYTES = 16;

    private final SecretKeySpec key;
    private final int bits;
    private final Duration validity;
    private final Clock clock;
    private final int maxUsed;
    private final SecureRandom random = new SecureRandom();
    /** Used nonces and when they expire, in the order they were used. */
    private final LinkedHashMap<String, Long> used = new LinkedHashMap<>();

    /**
     * @param key      the signing key (at least 16 bytes)
     * @param bits     the difficulty: leading zero bits of the hash (0 to 32)
     * @param validity how long a challenge may be answered
     * @param maxUsed  the most used nonces remembered at once; beyond it submissions wait (429) until some expire
     */
    public ProofOfWork(byte[] key, int bits, Duration validity, Clock clock, int maxUsed) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a proof-of-work key has at least 16 bytes");
        }
        if (bits < 0 || bits > 32) {
            throw new IllegalArgumentException("a proof of work asks for 0 to 32 leading zero bits");
        }
        if (validity.isNegative() || validity.isZero() || maxUsed < 1) {
            throw new IllegalArgumentException("a challenge is valid for a positive time and at least one is remembered");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.bits = bits;
        this.validity = validity;
        this.clock = clock;
        this.maxUsed = maxUsed;
    }

    /** A fresh random key for a server whose key is not configured. */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A key from configured text (its UTF-8 bytes, at least 16). */
    public static byte[] keyOf(String configured) {
        return configured.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A challenge to solve.
     *
     * @param nonce     what the client hashes, with {@code ":"} and its counter
     * @param bits      how many leading zero bits the hash must have
     * @param expiresAt until when the solution is taken
     */
    public record Challenge(String nonce, int bits, Instant expiresAt) {
    }

    /** A new challenge, valid from now for the configured time. */
    public Challenge challenge() {
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(validity).getEpochSecond();
        String unsigned = BASE64.encodeToString(nonce) + "." + expires;
        return new Challenge(unsigned + "." + signature(unsigned), bits, Instant.ofEpochSecond(expires));
    }

    /** The difficulty asked. */
    public int bits() {
        return bits;
    }

    /**
     * Checks a solution and spends its nonce: afterwards the same nonce is refused (as used until it expires, then as
     * expired).
     *
     * @throws Refused                  when nonce or counter are missing, malformed, not signed by this server,
     *                                  expired, already used, or the hash has too few leading zero bits
     * @throws TooManyRequestsException when more unexpired nonces are in use than the checker remembers
     */
    public void spend(String nonce, String counter) {
        if (nonce == null || nonce.isBlank() || counter == null || counter.isBlank()) {
            throw new Refused(PlatformMessage.PROOF_MISSING, NONCE_HEADER, COUNTER_HEADER, HASHED, bits);
        }
        long expires = expiryOf(nonce.strip());
        long now = clock.millis();
        if (expires * 1000 <= now) {
            throw new Refused(PlatformMessage.PROOF_EXPIRED);
        }
        if (!counter.strip().matches("[0-9]{1,19}")) {
            throw new Refused(PlatformMessage.PROOF_COUNTER, COUNTER_HEADER);
        }
        if (leadingZeroBits(hash(nonce.strip() + ":" + counter.strip())) < bits) {
            throw new Refused(PlatformMessage.PROOF_BITS, HASHED, bits);
        }
        synchronized (used) {
            forgetExpired(now);
            if (used.containsKey(nonce.strip())) {
                throw new Refused(PlatformMessage.PROOF_USED);
            }
            if (used.size() >= maxUsed) {
                long eldest = used.values().iterator().next();
                throw new TooManyRequestsException(Duration.ofMillis(Math.max(1000, eldest * 1000 - now)),
                        PlatformMessage.PUBLIC_FORM_BUSY);
            }
            used.put(nonce.strip(), expires);
        }
    }

    /** How many used nonces are remembered now. */
    public int remembered() {
        synchronized (used) {
            return used.size();
        }
    }

    /** The number of zero bits the hash begins with. */
    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
            } else {
                return zeros + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
        }
        return zeros;
    }

    /** SHA-256 of the text in UTF-8. */
    static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The expiry (epoch seconds) of a nonce this server signed. */
    private long expiryOf(String nonce) {
        String[] parts = nonce.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("[0-9]{1,12}") || nonce.length() > 100) {
            throw new Refused(PlatformMessage.PROOF_NONCE, NONCE_HEADER);
        }
        byte[] expected;
        byte[] given;
        try {
            expected = BASE64_DECODER.decode(signature(parts[0] + "." + parts[1]));
            given = BASE64_DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new Refused(PlatformMessage.PROOF_NONCE, NONCE_HEADER);
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new Refused(PlatformMessage.PROOF_NONCE, NONCE_HEADER);
        }
        return Long.parseLong(parts[1]);
    }

    private String signature(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII));
            return BASE64.encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** Forgets used nonces that have expired, oldest use first, until one that has not (amortised constant time). */
    private void forgetExpired(long now) {
        for (Iterator<Map.Entry<String, Long>> it = used.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() * 1000 > now) {
                return;
            }
            it.remove();
        }
    }

    /** The proof of work is missing or wrong; the detail says what to send. Becomes a 400 problem. */
    public static class Refused extends ProblemException {

        public Refused(MessageKey key, Object... arguments) {
            super(key, arguments);
        }

        @Override
        public ProblemType type() {
            return ProblemType.PROOF_OF_WORK;
        }
    }
}
