package org.chantilly.platform.api;

import java.util.List;

/**
 * A message the services give their callers (a refusal, a field's error), named by a stable key so that a client
 * shows it in its reader's language, while the API sends the English text ({@link #english()}).
 *
 * <p>Each module lists its messages in an enum implementing this interface ({@link PlatformMessage},
 * {@code HandbookMessage}, {@code IntakeMessage}, {@code WorkflowMessage}); the staff console translates every key of
 * every such enum in its {@code messages} bundle, in all its languages, and its tests fail for a key without a
 * translation or with other placeholders than the English text.
 *
 * <p>The texts are {@link java.text.MessageFormat} patterns: {@code {0}}, {@code {1}} stand for the arguments, and an
 * apostrophe is written twice ({@code branch''s}).
 */
public interface MessageKey {

    /** The stable key, e.g. {@code branch.hours.order}; unique across all modules. */
    String key();

    /** The English text, the one the API sends, e.g. {@code must open before it closes}. */
    String english();

    /**
     * For a Bean Validation message (a template {@code {key}} in a constraint): the names of the constraint's
     * attributes that fill {@code {0}}, {@code {1}}, ... (e.g. {@code min}, {@code max}); empty otherwise.
     */
    default List<String> constraintAttributes() {
        return List.of();
    }

    /** This message with its arguments. */
    default Message with(Object... arguments) {
        return Message.of(this, arguments);
    }
}
