package org.chantilly.workflow.api;

import java.util.List;

/** Failed process steps, for administrators. */
public interface Incidents {

    /** Every open incident, oldest first. */
    List<IncidentView> open();

    /**
     * Gives the failed step one more attempt; the incident is resolved and the job runs again.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open incident
     */
    void retry(String incidentId, String by);
}
