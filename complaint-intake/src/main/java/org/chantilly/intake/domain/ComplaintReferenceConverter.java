package org.chantilly.intake.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ComplaintReference} in its printed form. */
@Converter
public class ComplaintReferenceConverter implements AttributeConverter<ComplaintReference, String> {

    @Override
    public String convertToDatabaseColumn(ComplaintReference reference) {
        return reference == null ? null : reference.toString();
    }

    @Override
    public ComplaintReference convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        return ComplaintReference.parse(text)
                .orElseThrow(() -> new IllegalStateException("stored reference is malformed: " + text));
    }
}
