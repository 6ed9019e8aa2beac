package org.chantilly.intake.domain;

import java.time.Instant;

/**
 * Where failed acknowledgement attempts are recorded: apart from the attempt's own transaction, which rolls back so
 * that the attempt is retried, the record stays in the complaint's history.
 */
public interface AcknowledgementFailures {

    void record(long complaintId, Instant at, String reason);
}
