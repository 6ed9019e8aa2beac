package org.chantilly.realm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What bcrypt hashes of a password: bcrypt reads at most 72 bytes, and a password may have 128 characters (up to 512
 * bytes in UTF-8), so everything after the 72nd byte would not count. The HMAC-SHA-256 of the password's UTF-8 bytes
 * under a fixed key of this application, Base64-encoded (44 characters), goes into bcrypt instead. A stored hash made
 * this way starts with {@link #PREFIX}; older hashes without it are bcrypt of the password itself and still verify.
 * The platform module makes new hashes with the same function ({@code PasswordHasher}), and a test checks that both
 * give the same.
 */
public final class PreHash {

    /** The mark of a stored hash whose bcrypt input is the pre-hash ({@code {hmac-sha256}$2a$10$...}). */
    public static final String PREFIX = "{hmac-sha256}";

    /** Not a secret (it is in the source): it only separates these hashes from a plain SHA-256 of the password. */
    private static final byte[] KEY = "org.chantilly password pre-hash v1".getBytes(StandardCharsets.US_ASCII);

    private PreHash() {
    }

    /** The Base64 text of the HMAC-SHA-256 of the password, as the characters bcrypt hashes. */
    public static char[] of(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(bytes);
            byte[] text = Base64.getEncoder().encode(digest);
            char[] chars = new char[text.length];
            for (int i = 0; i < text.length; i++) {
                chars[i] = (char) text[i];
            }
            Arrays.fill(digest, (byte) 0);
            Arrays.fill(text, (byte) 0);
            return chars;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
