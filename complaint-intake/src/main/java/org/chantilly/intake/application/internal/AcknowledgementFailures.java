package org.chantilly.intake.application.internal;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintEvent;

/**
 * Records a failed acknowledgement in the complaint's history in a transaction of its own, so the record stays
 * although the failed attempt rolls back to be retried.
 */
@ApplicationScoped
public class AcknowledgementFailures {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long complaintId, Instant at, String reason) {
        em.persist(ComplaintEvent.acknowledgementFailed(em.getReference(Complaint.class, complaintId), at,
                reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
}
