package org.chantilly.platform.api;

import java.net.URI;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type     a stable URI naming the kind of problem, one of {@link ProblemType}
 * @param title    a short, stable summary of that kind
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, safe to show to the caller
 * @param instance the request path
 * @param errors   for validation problems: each rejected field; otherwise absent
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail", requiredProperties = {"type", "title", "status"})
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        @Schema(example = "https://chantilly.org/problems/validation") URI type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400", minimum = "400", maximum = "599") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/complaints", format = "uri-reference") URI instance,
        @Schema(description = "for validation problems: each rejected field") @JsonbNillable(false) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail, URI instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
    }
}
