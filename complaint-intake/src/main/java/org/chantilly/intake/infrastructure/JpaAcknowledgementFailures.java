package org.chantilly.intake.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.intake.domain.AcknowledgementFailures;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintEvent;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;

/** Failed acknowledgements in the complaint's history, each in a transaction of its own. */
@ApplicationScoped
class JpaAcknowledgementFailures implements AcknowledgementFailures {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long complaintId, Instant at, String reason) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        em.persist(ComplaintEvent.acknowledgementFailed(complaint, at,
                reason.length() > 1000 ? reason.substring(0, 1000) : reason));
        // the reason stays in the complaint's history (which an erasure scrubs); the audit trail keeps that it failed
        String reference = complaint.reference().toString();
        audit.record(AuditEvent.of(AuditEvent.SYSTEM, "ACKNOWLEDGEMENT_FAILED", "COMPLAINT", reference).about(reference)
                .after(java.util.Map.of("failedAt", at)));
    }
}
