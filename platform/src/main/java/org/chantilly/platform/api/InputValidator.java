package org.chantilly.platform.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Checks a request against its Bean Validation constraints and turns every violation into a {@link FieldError}
 * named by its property path, so that the API answers with all broken fields at once.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    protected InputValidator() {
        // for CDI
    }

    /** For tests outside a container. */
    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * @throws InvalidInputException naming every invalid field, when there is one
     */
    public <T> T check(T input) {
        if (input == null) {
            throw new InvalidInputException("body", "a request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(toFieldErrors(violations));
        }
        return input;
    }

    static <T> List<FieldError> toFieldErrors(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    private static String fieldName(Path path) {
        String name = StreamSupport.stream(path.spliterator(), false)
                .map(Path.Node::getName)
                .filter(n -> n != null && !n.isEmpty())
                .collect(Collectors.joining("."));
        return name.isEmpty() ? "body" : name;
    }
}
