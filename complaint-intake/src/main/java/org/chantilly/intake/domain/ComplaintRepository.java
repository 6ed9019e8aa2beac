package org.chantilly.intake.domain;

import java.util.Optional;

/** Where complaints are kept. */
public interface ComplaintRepository {

    Optional<Complaint> findByReference(ComplaintReference reference);

    /** Adds a new complaint; its id is assigned when this returns. */
    void add(Complaint complaint);

    /**
     * The next unused reference of a branch and year. Taken inside the caller's transaction: if that rolls back,
     * the number was never used and is handed out again.
     */
    ComplaintReference nextReference(String branchCode, int year);
}
