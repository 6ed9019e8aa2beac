package org.chantilly.workflow.api;

import java.util.Optional;

/** The processes of complaints, for viewers of their path. */
public interface ComplaintProcesses {

    /** The process of the complaint with that reference, if it has one. */
    Optional<ProcessView> processOf(String complaintReference);
}
