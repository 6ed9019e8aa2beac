package org.chantilly.intake.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;

/** Complaints in the {@code intake} persistence unit. */
@ApplicationScoped
class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Override
    public Optional<Complaint> findByReference(ComplaintReference reference) {
        return em.createNamedQuery("Complaint.findByReference", Complaint.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Complaint complaint) {
        em.persist(complaint);
        em.flush();
    }

    /**
     * Counts references per branch and year in {@code complaint_reference_counter}, locking the counter row for the
     * rest of the transaction so that two intakes of one branch never take the same number.
     */
    @Override
    public ComplaintReference nextReference(String branchCode, int year) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(branchCode, year);
        ReferenceCounter counter = em.find(ReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReferenceCounter(key);
            em.persist(counter);
        }
        return new ComplaintReference(branchCode, year, counter.next());
    }
}
