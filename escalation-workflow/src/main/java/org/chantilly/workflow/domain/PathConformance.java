package org.chantilly.workflow.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the path a process instance took, as the engine's history recorded it, follows its BPMN model. The check is
 * deliberately simple and says exactly what it does:
 * <ul>
 *     <li>every recorded step is a flow node of the model the instance ran on;</li>
 *     <li>every step was entered through the model: a start event needs nothing; a boundary event needs its activity
 *     to have started before it; any other step needs a step that had ended by then and has a sequence flow to it;</li>
 *     <li>an instance that completed has no step left open and passed an end event.</li>
 * </ul>
 * It does not evaluate conditions (which branch a gateway should have taken), nor whether a joining gateway waited
 * for all its tokens: the engine decides those, and a step the model cannot reach at all is what an auditor must see.
 */
public final class PathConformance {

    /** What the check needs of a BPMN model: its flow nodes and the sequence flows between them. */
    public record Model(Set<String> flowNodes, Map<String, Set<String>> sourcesOf, Set<String> startEvents,
                        Map<String, String> boundaryEventsAttachedTo, Set<String> endEvents) {

        public Model {
            flowNodes = Set.copyOf(flowNodes);
            sourcesOf = Map.copyOf(sourcesOf);
            startEvents = Set.copyOf(startEvents);
            boundaryEventsAttachedTo = Map.copyOf(boundaryEventsAttachedTo);
            endEvents = Set.copyOf(endEvents);
        }
    }

    /** One step the history recorded: a flow node's activity instance (ended null while it is open). */
    public record Step(String activityId, Instant started, Instant ended) {

        public Step {
            Objects.requireNonNull(activityId);
            Objects.requireNonNull(started);
        }
    }

    private PathConformance() {
    }

    /**
     * Where the path breaks the model, each in words; empty when it conforms.
     *
     * @param name      how to name the instance in the findings, e.g. its process key
     * @param steps     the instance's steps, in the order the history recorded them
     * @param completed whether the instance completed normally (not still running, not cancelled)
     */
    public static List<String> deviations(String name, Model model, List<Step> steps, boolean completed) {
        List<String> findings = new ArrayList<>();
        for (Step step : steps) {
            String id = step.activityId();
            if (!model.flowNodes().contains(id)) {
                findings.add(name + ": step " + id + " is not in the model");
            } else if (!entered(model, steps, step)) {
                findings.add(name + ": step " + id + " was reached without a sequence flow from a finished step");
            }
        }
        if (completed) {
            steps.stream().filter(s -> s.ended() == null).findFirst()
                    .ifPresent(s -> findings.add(name + ": completed while step " + s.activityId() + " was still open"));
            if (steps.stream().noneMatch(s -> model.endEvents().contains(s.activityId()))) {
                findings.add(name + ": completed without reaching an end event");
            }
        }
        return findings;
    }

    private static boolean entered(Model model, List<Step> steps, Step step) {
        String id = step.activityId();
        if (model.startEvents().contains(id)) {
            return true;
        }
        String attachedTo = model.boundaryEventsAttachedTo().get(id);
        if (attachedTo != null) {
            return steps.stream().anyMatch(s -> s.activityId().equals(attachedTo) && !s.started().isAfter(step.started()));
        }
        Set<String> sources = model.sourcesOf().getOrDefault(id, Set.of());
        return steps.stream().anyMatch(s -> s != step && sources.contains(s.activityId()) && s.ended() != null
                && !s.ended().isAfter(step.started()));
    }
}
