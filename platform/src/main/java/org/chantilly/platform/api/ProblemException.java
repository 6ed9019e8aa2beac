package org.chantilly.platform.api;

import java.util.List;

/**
 * An exception whose message is written for the API caller and that becomes an RFC 9457 problem of its
 * {@link #type()}. Everything else that escapes a use case is an internal error and discloses nothing.
 *
 * <p>The message is a {@link MessageKey} with its arguments ({@link #text()}): the API sends its English text
 * ({@link #getMessage()}), the staff console shows it in the employee's language.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient Message text;

    protected ProblemException(Message text) {
        super(text.english());
        this.text = text;
    }

    protected ProblemException(MessageKey key, Object... arguments) {
        this(Message.of(key, arguments));
    }

    /**
     * With an English text that has no key.
     *
     * @deprecated a message without a key cannot be translated: name it in the module's message enum and use
     *             {@link #ProblemException(MessageKey, Object...)}
     */
    @Deprecated
    protected ProblemException(String detail) {
        this(Message.untranslated(detail));
    }

    /** The kind of problem, which fixes the HTTP status. */
    public abstract ProblemType type();

    /** What went wrong as a message key with its arguments; {@link #getMessage()} is its English text. */
    public Message text() {
        return text != null ? text : Message.untranslated(getMessage());
    }

    /** The rejected fields, for validation problems; empty otherwise. */
    public List<FieldError> errors() {
        return List.of();
    }
}
