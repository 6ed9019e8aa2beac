package org.chantilly.platform.api;

/** The request body is not JSON (or not in UTF-8); the message says where. Becomes a 400 malformed-request problem. */
public class MalformedRequestException extends ProblemException {

    public MalformedRequestException(Message detail) {
        super(detail);
    }

    /**
     * @deprecated without a key the console cannot translate it: use {@link #MalformedRequestException(Message)}
     */
    @Deprecated
    public MalformedRequestException(String detail) {
        super(detail);
    }

    @Override
    public ProblemType type() {
        return ProblemType.MALFORMED_REQUEST;
    }
}
