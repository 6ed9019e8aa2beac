package org.chantilly.workflow.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.workflow.api.IncidentView;
import org.chantilly.workflow.api.Incidents;
import org.chantilly.workflow.api.WorkflowMessage;

/** Open incidents of the engine and their retry. */
@ApplicationScoped
@Transactional
class IncidentService implements Incidents {

    private static final Logger LOG = Logger.getLogger(IncidentService.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Override
    public List<IncidentView> open() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list();
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream().map(i -> new IncidentView(i.getId(), i.getIncidentType(), i.getActivityId(),
                references.get(i.getProcessInstanceId()), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
                .toList();
    }

    @Override
    public void retry(String incidentId, String by) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw new ResourceNotFoundException(WorkflowMessage.INCIDENT_NOT_FOUND);
        }
        management.setJobRetries(incident.getConfiguration(), 1);
        audit.record(AuditEvent.of(by, "INCIDENT_RETRIED", "INCIDENT", incidentId)
                .after(Map.of("activity", incident.getActivityId(), "retries", 1)));
        LOG.info(() -> "incident " + incidentId + " (" + incident.getActivityId() + ") retried");
    }
}
