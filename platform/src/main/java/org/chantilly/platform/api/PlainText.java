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
 * The annotated text has no control characters but tab, line feed and carriage return: any script, emoji and
 * combining marks are fine, a NUL byte or an escape sequence is not (PostgreSQL cannot store NUL, terminals and
 * printed letters should not get escapes). A text that is given must say something: empty or only spaces
 * ({@link Text#isBlank}) is refused, so that what is stored is exactly what was sent and a blank never stands for
 * "nothing" (leave the field out for that).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** {@link PlatformMessage#PLAIN_TEXT}. */
    String message() default "{chantilly.text.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link PlainText}; null is valid. */
    class Validator implements ConstraintValidator<PlainText, String> {

        /** {@link PlatformMessage#BLANK_TEXT}. */
        static final String BLANK = "{chantilly.text.blank}";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (Text.isBlank(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(BLANK).addConstraintViolation();
                return false;
            }
            return value.chars().noneMatch(Validator::forbidden);
        }

        static boolean forbidden(int c) {
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
        }
    }
}
