package org.chantilly.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text is required and must hold something visible ({@link Text#isBlank}): used instead of
 * {@code @RequiredText}, which lets an ideographic space through that the domain then refuses.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Constraint(validatedBy = RequiredText.Validator.class)
public @interface RequiredText {

    /** {@link PlatformMessage#REQUIRED_TEXT}. */
    String message() default "{chantilly.text.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link RequiredText}. */
    class Validator implements ConstraintValidator<RequiredText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Text.isBlank(value);
        }
    }
}
