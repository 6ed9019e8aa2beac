package org.chantilly.web.problem;

import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.ProblemType;

/** A request body above the configured limit. Becomes a 413 problem. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super(PlatformMessage.PAYLOAD_TOO_LARGE, limit);
    }

    @Override
    public ProblemType type() {
        return ProblemType.PAYLOAD_TOO_LARGE;
    }
}
