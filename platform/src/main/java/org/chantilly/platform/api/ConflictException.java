package org.chantilly.platform.api;

/**
 * The request is valid but clashes with the current state (a task claimed by someone else, a retried key
 * with another body). Becomes a 409 problem; the message is safe to show to the caller.
 */
public class ConflictException extends ProblemException {

    public ConflictException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }

    /** @deprecated without a key the console cannot translate it: use {@link #ConflictException(MessageKey, Object...)} */
    @Deprecated
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public ProblemType type() {
        return ProblemType.CONFLICT;
    }
}
