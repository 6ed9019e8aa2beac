package org.chantilly.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated string, when present, names a constant of the given enum. Lets a request carry an enum as text,
 * so that an unknown value is answered with a field error listing the allowed values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    /** {@link PlatformMessage#ONE_OF}, with the constants of {@link #value()} as its argument. */
    String message() default "{chantilly.oneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link OneOf}; null is valid (combine with {@code @NotNull}). */
    class Validator implements ConstraintValidator<OneOf, String> {

        /** Whether {@code value} names a constant of {@code type}, as this constraint judges it. */
        public static boolean isOneOf(String value, Class<? extends Enum<?>> type) {
            return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
        }

        private Set<String> names;

        /** The constants of an enum as the message lists them: {@code LOW, MEDIUM, HIGH}. */
        public static String allowed(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public void initialize(OneOf annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || names.contains(value);
        }
    }
}
