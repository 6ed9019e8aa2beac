package org.chantilly.realm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful password checks, remembered for a while. An entry is an HMAC-SHA-256 under a key of this process of the
 * login, the stored hash and the password (each prefixed with its length), so it only matches while the account keeps
 * that hash, and no password can be read out of memory. Only successes are put here.
 */
final class VerifiedPasswords {

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final int capacity;
    private final Clock clock;

    VerifiedPasswords(Duration ttl, int capacity, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Whether this password was verified against this stored hash of the login within the time to live. */
    boolean contains(String login, String storedHash, char[] password) {
        String entry = entry(login, storedHash, password);
        Long expiry = expiries.get(entry);
        if (expiry == null) {
            return false;
        }
        if (expiry < clock.millis()) {
            expiries.remove(entry, expiry);
            return false;
        }
        return true;
    }

    /** Remembers a password that bcrypt verified against the stored hash. */
    void add(String login, String storedHash, char[] password) {
        long now = clock.millis();
        if (expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> expiry < now);
            Iterator<String> oldest = expiries.keySet().iterator();
            while (expiries.size() >= capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
        expiries.put(entry(login, storedHash, password), now + ttl.toMillis());
    }

    int size() {
        return expiries.size();
    }

    private String entry(String login, String storedHash, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            update(mac, login.getBytes(StandardCharsets.UTF_8));
            update(mac, storedHash.getBytes(StandardCharsets.UTF_8));
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            update(mac, bytes);
            java.util.Arrays.fill(bytes, (byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static void update(Mac mac, byte[] part) {
        mac.update(ByteBuffer.allocate(4).putInt(part.length).array());
        mac.update(part);
    }
}
