package org.chantilly.platform.api;

/** The body is of a type this address does not take; the message names the ones it does. Becomes a 415 problem. */
public class UnsupportedMediaTypeException extends ProblemException {

    public UnsupportedMediaTypeException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }

    /**
     * @deprecated without a key the console cannot translate it: use
     *             {@link #UnsupportedMediaTypeException(MessageKey, Object...)}
     */
    @Deprecated
    public UnsupportedMediaTypeException(String detail) {
        super(detail);
    }

    @Override
    public ProblemType type() {
        return ProblemType.UNSUPPORTED_MEDIA_TYPE;
    }
}
