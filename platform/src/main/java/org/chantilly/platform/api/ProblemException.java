package org.chantilly.platform.api;

import java.util.List;

/**
 * An exception whose message is written for the API caller and that becomes an RFC 9457 problem of its
 * {@link #type()}. Everything else that escapes a use case is an internal error and discloses nothing.
 */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail);
    }

    /** The kind of problem, which fixes the HTTP status. */
    public abstract ProblemType type();

    /** The rejected fields, for validation problems; empty otherwise. */
    public List<FieldError> errors() {
        return List.of();
    }
}
