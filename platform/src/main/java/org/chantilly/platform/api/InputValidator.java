package org.chantilly.platform.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * The one place where a request's input is judged: what reading the body found (not JSON, a field of the wrong JSON
 * type or format, a field the form does not have; see {@link BodyReading}), the form's Bean Validation constraints
 * and its rules across fields ({@link RuleChecked}). Every broken field comes back at once, each named by its path
 * ({@code customer.email}, {@code businessHours[2].opens}). Resources call it after they have checked the caller's
 * scope.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    @Inject
    Instance<BodyReading> reading;

    private BodyReading fixedReading;

    protected InputValidator() {
        // for CDI
    }

    /** For tests outside a container (no request body was read). */
    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** For tests outside a container, with what reading a body found. */
    public InputValidator(Validator validator, BodyReading body) {
        this.validator = validator;
        this.fixedReading = body;
    }

    /**
     * @throws MalformedRequestException when the body is not JSON
     * @throws InvalidInputException     naming every invalid field, when there is one
     */
    public <T> T check(T input) {
        List<FieldError> errors = new ArrayList<>(unreadable());
        if (input == null) {
            if (errors.isEmpty()) {
                errors.add(FieldError.of("body", PlatformMessage.BODY_REQUIRED));
            }
            throw new InvalidInputException(errors);
        }
        List<String> unreadable = errors.stream().map(FieldError::field).toList();
        for (FieldError error : toFieldErrors(validator.validate(input))) {
            if (!within(error.field(), unreadable)) {
                errors.add(error);
            }
        }
        if (input instanceof RuleChecked checked) {
            for (FieldError error : checked.ruleErrors()) {
                if (!within(error.field(), unreadable) && !errors.contains(error)) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
        }
        return input;
    }

    /**
     * The fields of this request's body that could not be read (wrong JSON type or format, unknown to the form), for
     * services that judge the rest of the input themselves and report both at once; empty outside a request.
     *
     * @throws MalformedRequestException when the body is not JSON at all
     */
    public List<FieldError> unreadable() {
        BodyReading body = currentReading();
        if (body == null) {
            return List.of();
        }
        if (body.malformed() != null) {
            throw new MalformedRequestException(body.malformed());
        }
        return body.errors();
    }

    /** As {@link #check}, for a body that may be left out: no body at all is {@code null}, not an error. */
    public <T> T checkOptional(T input) {
        if (input == null && unreadable().isEmpty()) {
            return null;
        }
        return check(input);
    }

    /** The body reading of the current request; none outside one (jobs, tests). */
    private BodyReading currentReading() {
        if (fixedReading != null) {
            return fixedReading;
        }
        if (reading == null || !reading.isResolvable()) {
            return null;
        }
        try {
            BodyReading current = reading.get();
            current.errors(); // touches the request context, which fails outside a request
            return current;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Whether a field is one that could not be read, or lies inside one (its constraints say nothing new). */
    private static boolean within(String field, List<String> unreadable) {
        for (String path : unreadable) {
            if (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[")
                    || "body".equals(path)) {
                return true;
            }
        }
        return false;
    }

    static <T> List<FieldError> toFieldErrors(Set<ConstraintViolation<T>> violations) {
        // a required text that is blank is one error, not also a plain text that is blank
        Set<String> required = violations.stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof RequiredText)
                .map(v -> fieldName(v.getPropertyPath())).collect(Collectors.toSet());
        return violations.stream()
                .filter(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof PlainText
                        && required.contains(fieldName(v.getPropertyPath()))))
                .map(v -> new FieldError(fieldName(v.getPropertyPath()), message(v)))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /**
     * A violation's message as a key with its arguments: its template names a {@link PlatformMessage}
     * ({@code {chantilly.languageTag}}, or Bean Validation's own {@code {jakarta.validation.constraints.Size.message}}),
     * whose arguments are the constraint's attributes it names ({@code min}, {@code max}; an enum class becomes the
     * list of its constants). A template that names none is {@link PlatformMessage#INVALID} (the console's tests make
     * sure that every constraint in the code names one).
     */
    static Message message(ConstraintViolation<?> violation) {
        Optional<PlatformMessage> known = PlatformMessage.ofTemplate(violation.getMessageTemplate());
        if (known.isEmpty()) {
            return PlatformMessage.INVALID.with();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] arguments = known.get().constraintAttributes().stream().map(name -> {
            Object value = attributes.get(name);
            return value instanceof Class<?> type && type.isEnum() ? OneOf.Validator.allowed(type) : value;
        }).toArray();
        return known.get().with(arguments);
    }

    /** {@code customer.email}, {@code businessHours[2].opens}: the path as the caller wrote the JSON. */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && name.length() > 0) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    name.append('[').append(at).append(']');
                }
            }
            String part = node.getName();
            if (part != null && !part.isEmpty() && !part.startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(part);
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    /**
     * A query parameter's whole number within the bounds; otherwise an error naming the parameter is added to
     * {@code errors} and {@code min} stands in for it (the caller throws once every parameter is read).
     */
    public static int wholeNumber(List<FieldError> errors, String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(name, PlatformMessage.WHOLE_NUMBER_RANGE, min, max));
        return min;
    }
}
