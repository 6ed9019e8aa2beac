package org.chantilly.intake.api;

import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.ProblemType;

/** The idempotency key was used before for a request with a different body. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super(IntakeMessage.IDEMPOTENCY_KEY_REUSED);
    }

    @Override
    public ProblemType type() {
        return ProblemType.IDEMPOTENCY_KEY_REUSED;
    }
}
