package org.chantilly.workflow.api;

import java.util.List;

/**
 * A complaint's process as a diagram viewer needs it: the model and where the complaint has been and is.
 *
 * @param processDefinitionKey the model's key, e.g. {@code ComplaintHandlingProcess}
 * @param version              the deployed version the complaint runs on
 * @param bpmnXml              the model (BPMN 2.0 XML with diagram interchange)
 * @param completedActivityIds the flow nodes the complaint has passed, in order
 * @param activeActivityIds    the flow nodes it waits in now
 * @param ended                whether its process has ended
 */
public record ProcessView(String processDefinitionKey, int version, String bpmnXml, List<String> completedActivityIds,
                          List<String> activeActivityIds, boolean ended) {
}
