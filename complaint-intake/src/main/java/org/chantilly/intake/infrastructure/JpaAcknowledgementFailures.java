package org.chantilly.intake.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.intake.domain.AcknowledgementFailures;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintEvent;

/** Failed acknowledgements in the complaint's history, each in a transaction of its own. */
@ApplicationScoped
class JpaAcknowledgementFailures implements AcknowledgementFailures {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long complaintId, Instant at, String reason) {
        em.persist(ComplaintEvent.acknowledgementFailed(em.getReference(Complaint.class, complaintId), at,
                reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
}
