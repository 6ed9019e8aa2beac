package org.chantilly.platform.api;

import java.net.URI;

/**
 * Every kind of problem the API answers with. The URIs are stable identifiers (documented in README.md);
 * clients switch on them, never on the title or detail.
 */
public enum ProblemType {

    VALIDATION("validation", "Invalid input", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    /** The public form came without a valid, unused proof of work ({@code GET /api/public/challenge}). */
    PROOF_OF_WORK("proof-of-work", "Proof of work missing or invalid", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed for your role", 403),
    /** The request came without TLS to a server that requires it ({@link TransportSecurity}): send it over HTTPS. */
    HTTPS_REQUIRED("https-required", "HTTPS required", 403),
    /** An administrator set the caller's password: only changing it ({@code POST /api/account/password}) is allowed. */
    PASSWORD_CHANGE_REQUIRED("password-change-required", "Password change required", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key used for another request", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private static final String BASE = "https://chantilly.org/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type that stands for an HTTP status the container or JAX-RS produced by itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
