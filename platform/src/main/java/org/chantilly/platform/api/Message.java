package org.chantilly.platform.api;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A message of a service as its key and arguments, so that each client shows it in its reader's language: the API
 * sends {@link #english()}, the staff console looks the key up in its bundles. An argument is text (a field's name, a
 * limit, a reference, written as the API writes it) or another message (e.g. "a string" in "must be a string, not a
 * number"), which is translated with it.
 *
 * @param key       the message, or {@code null} for a text that has no key (kept only so that older callers still
 *                  compile; the console's tests refuse such callers)
 * @param arguments the values of {@code {0}}, {@code {1}}, ...: each a {@link String} or a {@link Message}
 * @param text      the English text of an untranslated message; {@code null} when there is a key
 */
public record Message(MessageKey key, List<Object> arguments, String text) {

    public Message {
        if (key == null && text == null) {
            throw new IllegalArgumentException("a message has a key or a text");
        }
        List<Object> normalised = new ArrayList<>();
        for (Object argument : arguments == null ? List.of() : arguments) {
            normalised.add(normalised(argument));
        }
        arguments = Collections.unmodifiableList(normalised);
    }

    /** The message {@code key} with its arguments (each written as the API writes it, or a message). */
    public static Message of(MessageKey key, Object... arguments) {
        return new Message(Objects.requireNonNull(key, "key"), List.of(arguments == null ? new Object[0] : arguments),
                null);
    }

    /** A text without a key, shown in English everywhere. */
    static Message untranslated(String text) {
        return new Message(null, List.of(), text == null ? "" : text);
    }

    /** Whether the message has a key (and so can be translated). */
    public boolean translatable() {
        return key != null;
    }

    /** The text as the API sends it. */
    public String english() {
        return format(MessageKey::english, Locale.ENGLISH);
    }

    /**
     * The text in another language: {@code pattern} gives the pattern of a key in that language (or {@code null} for
     * none, then the English one is used), arguments that are messages are translated the same way.
     */
    public String format(Function<MessageKey, String> pattern, Locale locale) {
        if (key == null) {
            return text;
        }
        String translated = pattern.apply(key);
        String chosen = translated == null ? key.english() : translated;
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i) instanceof Message nested ? nested.format(pattern, locale) : arguments.get(i);
        }
        try {
            return new MessageFormat(chosen, locale).format(values);
        } catch (IllegalArgumentException badPattern) {
            return translated == null ? chosen : new MessageFormat(key.english(), locale).format(values);
        }
    }

    private static Object normalised(Object argument) {
        if (argument instanceof Message || argument instanceof String) {
            return argument;
        }
        if (argument instanceof MessageKey nested) {
            return Message.of(nested);
        }
        if (argument instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (argument instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(argument);
    }

    @Override
    public String toString() {
        return english();
    }
}
