package org.chantilly.platform.api;

import java.util.List;

/**
 * The input breaks a rule; each broken rule is named with its field. Becomes a 400 problem.
 */
public class InvalidInputException extends ProblemException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
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
