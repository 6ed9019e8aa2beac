package org.chantilly.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chantilly.workflow.domain.PathConformance.Model;
import org.chantilly.workflow.domain.PathConformance.Step;
import org.junit.jupiter.api.Test;

/** The path check on a small model: Start -> Decide -> Gateway -> (Resolve -> End | Escalate -> EndUp), Deadline on Decide. */
class PathConformanceTest {

    private static final Model MODEL = new Model(
            Set.of("Start", "Decide", "Gateway", "Resolve", "End", "Escalate", "EndUp", "Deadline"),
            Map.of("Decide", Set.of("Start"), "Gateway", Set.of("Decide"), "Resolve", Set.of("Gateway"),
                    "End", Set.of("Resolve"), "Escalate", Set.of("Gateway", "Deadline"), "EndUp", Set.of("Escalate")),
            Set.of("Start"), Map.of("Deadline", "Decide"), Set.of("End", "EndUp"));

    private static Step step(String id, int started, Integer ended) {
        return new Step(id, Instant.ofEpochSecond(started), ended == null ? null : Instant.ofEpochSecond(ended));
    }

    @Test
    void aPathThroughTheModelConforms() {
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Decide", 0, 5),
                step("Gateway", 5, 5), step("Resolve", 5, 6), step("End", 6, 6)), true)).isEmpty();
    }

    @Test
    void aBoundaryEventNeedsItsActivityAndLeadsOnThroughItsFlow() {
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Decide", 0, 9),
                step("Deadline", 9, 9), step("Escalate", 9, 10), step("EndUp", 10, 10)), true)).isEmpty();
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Deadline", 9, 9)), false))
                .containsExactly("P: step Deadline was reached without a sequence flow from a finished step");
    }

    @Test
    void aStepSkippedOverOrOutsideTheModelIsNamed() {
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Resolve", 1, 2),
                step("Shortcut", 2, 3)), false))
                .containsExactly("P: step Resolve was reached without a sequence flow from a finished step",
                        "P: step Shortcut is not in the model");
    }

    @Test
    void aStepEnteredBeforeItsPredecessorEndedDoesNotConform() {
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Decide", 0, 5),
                step("Gateway", 3, 3)), false))
                .containsExactly("P: step Gateway was reached without a sequence flow from a finished step");
    }

    @Test
    void aCompletedInstanceEndsAtAnEndEventWithNoStepOpen() {
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Decide", 0, null)), true))
                .containsExactly("P: completed while step Decide was still open", "P: completed without reaching an end event");
        assertThat(PathConformance.deviations("P", MODEL, List.of(step("Start", 0, 0), step("Decide", 0, null)), false))
                .isEmpty();
    }
}
