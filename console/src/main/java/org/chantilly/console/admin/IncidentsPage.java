package org.chantilly.console.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.workflow.api.IncidentView;
import org.chantilly.workflow.api.Incidents;

/** {@code /admin/incidents.xhtml}: process steps that failed after all their retries, and one more attempt. */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    CurrentUser user;

    private List<IncidentView> open;

    public List<IncidentView> getOpen() {
        if (open == null) {
            open = incidents.open();
        }
        return open;
    }

    public void retry(String id) {
        String by = user.caller().username();
        if (Feedback.attempt(null, () -> incidents.retry(id, by))) {
            FieldMessages.info("incidents.retried");
        }
        open = null;
    }

    public void refresh() {
        open = null;
    }
}
