package org.chantilly.platform.api;

import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTransient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rejected input field.
 *
 * @param field   the field's path in the request, e.g. {@code customer.email}
 * @param message what is wrong with it, in words an API client can show (English: the text of {@code text})
 * @param text    the same as a message key with its arguments, for clients that show it in another language (the
 *                staff console); not part of the API's JSON
 */
@Schema(description = "One rejected input field", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(example = "customer.email") String field,
        @Schema(example = "must be a well-formed email address") String message,
        @JsonbTransient @Schema(hidden = true) Message text) {

    public FieldError {
        if (text == null) {
            text = Message.untranslated(message);
        }
        if (message == null) {
            message = text.english();
        }
    }

    /** The field {@code field} is refused with the message {@code text}. */
    public FieldError(String field, Message text) {
        this(field, text.english(), text);
    }

    /**
     * With an English text that has no key.
     *
     * @deprecated a message without a key cannot be translated: name it in the module's message enum and use
     *             {@link #of(String, MessageKey, Object...)}
     */
    @Deprecated
    public FieldError(String field, String message) {
        this(field, message, null);
    }

    /** The field {@code field} is refused with the message {@code key} and its arguments. */
    public static FieldError of(String field, MessageKey key, Object... arguments) {
        return new FieldError(field, Message.of(key, arguments));
    }

    /** Two errors are the same when they name the same field with the same words, as the API shows them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError error && Objects.equals(field, error.field)
                && Objects.equals(message, error.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }
}
