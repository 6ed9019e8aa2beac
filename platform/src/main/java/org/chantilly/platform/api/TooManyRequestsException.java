package org.chantilly.platform.api;

import java.time.Duration;

/** A client sent more requests than allowed; it may try again after the given time. Becomes a 429 problem. */
public class TooManyRequestsException extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super(PlatformMessage.TOO_MANY_REQUESTS, Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    /** With a message of its own, for a limit that is not the client address's. */
    public TooManyRequestsException(Duration retryAfter, MessageKey key, Object... arguments) {
        super(key, arguments);
        this.retryAfter = retryAfter;
    }

    /**
     * @deprecated without a key the console cannot translate it: use
     *             {@link #TooManyRequestsException(Duration, MessageKey, Object...)}
     */
    @Deprecated
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
