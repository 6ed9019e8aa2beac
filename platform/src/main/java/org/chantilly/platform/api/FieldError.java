package org.chantilly.platform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rejected input field.
 *
 * @param field   the field's path in the request, e.g. {@code customer.email}
 * @param message what is wrong with it, in words an API client can show
 */
@Schema(description = "One rejected input field", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(example = "customer.email") String field,
        @Schema(example = "must be a well-formed email address") String message) {
}
