package org.chantilly.platform.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt through WildFly Elytron, in the modular crypt form that the server's realm
 * ({@code server-realm/}) verifies. bcrypt reads at most 72 bytes and a password may have 128 characters, so bcrypt
 * hashes the password's pre-hash: the Base64 text of its HMAC-SHA-256 under a fixed key, 44 characters. Such a hash is
 * stored with the prefix {@value #PREFIX}; a hash without it (made before) is bcrypt of the password itself and still
 * verifies. The realm has the same pre-hash ({@code org.chantilly.realm.PreHash}, a server module the application
 * cannot load); {@code PasswordHasherTest} checks that both give the same.
 */
public final class PasswordHasher {

    /** bcrypt work factor: 2^10 rounds, OWASP's minimum. */
    static final int COST = 10;

    /** The mark of a hash of the pre-hash (the realm's {@code PreHash.PREFIX}). */
    static final String PREFIX = "{hmac-sha256}";

    /** The pre-hash's key: no secret, it only tells these hashes from a plain SHA-256 (the realm's, byte for byte). */
    private static final byte[] PRE_HASH_KEY = "org.chantilly password pre-hash v1".getBytes(StandardCharsets.US_ASCII);

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            char[] preHashed = preHash(password);
            try {
                Password hashed = factory().generatePassword(
                        new EncryptablePasswordSpec(preHashed, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
                return PREFIX + ModularCrypt.encodeAsString(hashed);
            } finally {
                Arrays.fill(preHashed, '\0');
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether the password is the one of the stored hash (with or without the pre-hash). */
    static boolean matches(char[] password, String encoded) {
        if (encoded != null && encoded.startsWith(PREFIX)) {
            char[] preHashed = preHash(password);
            try {
                return bcryptMatches(preHashed, encoded.substring(PREFIX.length()));
            } finally {
                Arrays.fill(preHashed, '\0');
            }
        }
        return bcryptMatches(password, encoded);
    }

    /** The Base64 text of the HMAC-SHA-256 of the password's UTF-8 bytes: what bcrypt hashes. */
    static char[] preHash(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PRE_HASH_KEY, "HmacSHA256"));
            return StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(Base64.getEncoder().encode(mac.doFinal(bytes))))
                    .toString().toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static boolean bcryptMatches(char[] password, String encoded) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(encoded));
            return factory.verify(stored, password);
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
    }
}
