package org.chantilly.platform.api;

/**
 * The thing asked for does not exist, or the caller may not know that it exists. Becomes a 404 problem.
 * The message is safe to show to the caller: it names only what the caller asked for.
 */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }

    /**
     * @deprecated without a key the console cannot translate it: use
     *             {@link #ResourceNotFoundException(MessageKey, Object...)}
     */
    @Deprecated
    public ResourceNotFoundException(String message) {
        super(message);
    }

    @Override
    public ProblemType type() {
        return ProblemType.NOT_FOUND;
    }
}
