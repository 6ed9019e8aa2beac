package org.chantilly.web.problem;

import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.ProblemType;

/** A request body above the configured limit. Becomes a 413 problem. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super("The request body may have at most " + limit + " bytes.");
    }

    @Override
    public ProblemType type() {
        return ProblemType.PAYLOAD_TOO_LARGE;
    }
}
