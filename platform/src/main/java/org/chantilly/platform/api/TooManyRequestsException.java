package org.chantilly.platform.api;

import java.time.Duration;

/** A client sent more requests than allowed; it may try again after the given time. Becomes a 429 problem. */
public class TooManyRequestsException extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many requests from your address; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** With a detail of its own, for a limit that is not the client address's. */
    public TooManyRequestsException(Duration retryAfter, String detail) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ProblemType type() {
        return ProblemType.TOO_MANY_REQUESTS;
    }
}
