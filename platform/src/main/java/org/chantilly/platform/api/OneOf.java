package org.chantilly.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
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

    String message() default "must be one of {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link OneOf}; null is valid (combine with {@code @NotNull}). */
    class Validator implements ConstraintValidator<OneOf, String> {

        /** Whether {@code value} names a constant of {@code type}, as this constraint judges it. */
        public static boolean isOneOf(String value, Class<? extends Enum<?>> type) {
            return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
        }

        private String allowed;
        private java.util.Set<String> names;

        @Override
        public void initialize(OneOf annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            allowed = String.join(", ", names);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || names.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            context.getDefaultConstraintMessageTemplate().replace("{allowed}", allowed))
                    .addConstraintViolation();
            return false;
        }
    }
}
