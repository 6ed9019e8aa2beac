package org.chantilly.workflow.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One process a complaint ran through, as a diagram viewer needs it: the model and where the complaint has been and
 * is. The complaint's own process ({@code ComplaintHandlingProcess}) calls a process for each tier that decides it
 * ({@code ComplaintTierProcess}); its view lists them in {@link #calledProcesses()}, each readable as a view of its
 * own.
 *
 * @param processInstanceId    the process instance
 * @param processDefinitionKey the model's key, e.g. {@code ComplaintHandlingProcess}
 * @param version              the deployed version the complaint runs on
 * @param tier                 for a tier's process, the tier deciding (FRONTLINE ... HEAD_OFFICE); else null
 * @param calledFrom           for a tier's process, the call activity of the complaint's process that started it
 *                             (e.g. {@code CallActivity_SupervisorTier}); else null
 * @param bpmnXml              the model (BPMN 2.0 XML with diagram interchange)
 * @param completedActivityIds the flow nodes the complaint has passed, in order
 * @param activeActivityIds    the flow nodes it waits in now
 * @param ended                whether this process has ended
 * @param path                 the steps in the order they were reached, those passed and those it waits in
 * @param calledProcesses      the processes this one called (the tiers), in the order they started
 */
public record ProcessView(String processInstanceId, String processDefinitionKey, int version, String tier,
                          String calledFrom, String bpmnXml, List<String> completedActivityIds,
                          List<String> activeActivityIds, boolean ended, List<Step> path,
                          List<CalledProcess> calledProcesses) {

    /**
     * A flow node the process reached.
     *
     * @param activityId              the BPMN element, e.g. {@code Task_DecideComplaint}
     * @param activityName            its name in the model, or null
     * @param activityType            the BPMN element type, e.g. {@code userTask} or {@code callActivity}
     * @param started                 when it was reached (UTC)
     * @param ended                   when it was left, or null while the process waits in it
     * @param calledProcessInstanceId for a call activity, the process it called; else null
     */
    @Schema(name = "ProcessStep")
    public record Step(String activityId, String activityName, String activityType, Instant started, Instant ended,
                       String calledProcessInstanceId) {
    }

    /**
     * A process this one called: a tier deciding the complaint.
     *
     * @param activityId           the call activity, e.g. {@code CallActivity_SupervisorTier}
     * @param processInstanceId    the called process instance
     * @param processDefinitionKey its model's key, e.g. {@code ComplaintTierProcess}
     * @param version              the deployed version it runs on
     * @param tier                 the tier deciding, or null
     * @param started              when it started (UTC)
     * @param ended                when it ended, or null while it runs
     */
    public record CalledProcess(String activityId, String processInstanceId, String processDefinitionKey, int version,
                                String tier, Instant started, Instant ended) {
    }
}
