package org.chantilly.workflow.api;

import java.util.Optional;

/** The processes of complaints, for viewers of their path. */
public interface ComplaintProcesses {

    /** The process of the complaint with that reference, if it has one. */
    Optional<ProcessView> processOf(String complaintReference);

    /** Every step of the complaint's process, oldest first, with who worked it and whether it met its deadline. */
    Optional<java.util.List<TimelineEntry>> timelineOf(String complaintReference);
}
