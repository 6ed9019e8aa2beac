package org.chantilly.platform.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.PlatformMessage;

/**
 * What a new password must be: at least {@code minLength} and at most 128 characters, not the login or the
 * product's name, not one of the 10,000 most common passwords of SecLists ({@code seclists/}, MIT licence, fetched by
 * the build: see {@code platform/pom.xml}), and not one of the common words of {@code common-passwords.txt} or of that
 * list in any of its usual disguises (upper case, digits and symbols added, letters swapped for look-alike digits).
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 128;

    /** SecLists' 10,000 most common passwords (Daniel Miessler, MIT licence), as the build put them into the jar. */
    static final String SECLISTS = "seclists/10-million-password-list-top-10000_ALPHABETIZED.txt";

    /** That list's licence, beside it. */
    static final String SECLISTS_LICENCE = "seclists/LICENSE (Password List)";

    /** The listed passwords, lower case: refused as they are. */
    private static final Set<String> LISTED = read(SECLISTS);

    /** Words refused in any disguise: {@code common-passwords.txt} and the listed passwords made of letters only. */
    private static final Set<String> COMMON = Stream.concat(read("common-passwords.txt").stream(),
                    LISTED.stream().filter(word -> word.chars().allMatch(Character::isLetter)))
            .collect(Collectors.toUnmodifiableSet());

    private static final String SEQUENCES = "0123456789012345678901234567890 abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz "
            + "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm qwertzuiopasdfghjklyxcvbnm 1q2w3e4r5t6y7u8i9o0p";

    private final int minLength;

    public PasswordPolicy(int minLength) {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("a minimum password length between 8 and 128 is required");
        }
        this.minLength = minLength;
    }

    /** Why the password may not be used, in English, or empty when it may. */
    public Optional<String> refusal(String login, String password) {
        return refused(login, password).map(Message::english);
    }

    /** Why the password may not be used, as a message key with its arguments, or empty when it may. */
    public Optional<Message> refused(String login, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(PlatformMessage.REQUIRED.with());
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength || length > MAX_LENGTH) {
            return Optional.of(PlatformMessage.PASSWORD_LENGTH.with(minLength, MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String loginLetters = login == null ? "" : letters(login.toLowerCase(Locale.ROOT));
        if (login != null && !login.isBlank() && (lower.contains(login.toLowerCase(Locale.ROOT))
                || loginLetters.length() >= 3 && undisguised(lower).stream().anyMatch(c -> c.contains(loginLetters)))) {
            return Optional.of(PlatformMessage.PASSWORD_CONTAINS_LOGIN.with());
        }
        if (isCommon(lower)) {
            return Optional.of(PlatformMessage.PASSWORD_COMMON.with());
        }
        return Optional.empty();
    }

    /** How many passwords of the SecLists list are refused as they are. */
    static int listedPasswords() {
        return LISTED.size();
    }

    private static boolean isCommon(String lower) {
        if (LISTED.contains(lower) || lower.codePoints().distinct().count() <= 2 || SEQUENCES.contains(lower)
                || new StringBuilder(SEQUENCES).reverse().toString().contains(lower)) {
            return true;
        }
        return undisguised(lower).stream().anyMatch(PasswordPolicy::isCommonWord);
    }

    private static boolean isCommonWord(String core) {
        if (core.isEmpty() || COMMON.contains(core)) {
            return true;
        }
        for (String word : COMMON) {
            if (core.length() % word.length() == 0 && core.equals(word.repeat(core.length() / word.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a password may hide: its letters once digits and symbols around them are dropped and look-alike
     * digits inside are undone ({@code P@ssw0rd2026!} → {@code password}), and the same keeping
     * the look-alike symbols at its ends ({@code 2026-$unshine} → {@code sunshine}).
     */
    static Set<String> undisguised(String lower) {
        return Stream.of(letters(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "")), 
                        letters(lower.replaceAll("^[^\\p{L}@$]+|[^\\p{L}@$]+$", "")))
                .collect(Collectors.toSet());
    }

    private static String letters(String text) {
        StringBuilder letters = new StringBuilder();
        for (char c : text.toCharArray()) {
            char plain = switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            };
            if (Character.isLetter(plain)) {
                letters.append(plain);
            }
        }
        return letters.toString();
    }

    /** The lines of a list beside this class, lower case, without blank lines and {@code #} comments. */
    static Set<String> read(String name) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
