package org.chantilly.platform.api;

import java.util.List;

/**
 * The input breaks a rule; each broken rule is named with its field. Becomes a 400 problem.
 */
public class InvalidInputException extends ProblemException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? PlatformMessage.ONE_FIELD_INVALID.with()
                : PlatformMessage.FIELDS_INVALID.with(errors.size()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /** One field is refused with the message {@code key} and its arguments. */
    public InvalidInputException(String field, MessageKey key, Object... arguments) {
        this(List.of(FieldError.of(field, key, arguments)));
    }

    /** One field is refused with the message {@code text}. */
    public InvalidInputException(String field, Message text) {
        this(List.of(new FieldError(field, text)));
    }

    /**
     * @deprecated without a key the console cannot translate it: use
     *             {@link #InvalidInputException(String, MessageKey, Object...)}
     */
    @Deprecated
    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message, null)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public ProblemType type() {
        return ProblemType.VALIDATION;
    }
}
