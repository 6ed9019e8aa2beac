package org.chantilly.console.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chantilly.platform.api.Money;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskSummary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The complaint page chooses a task's form by the task's kind (its BPMN id), never by guessing from its fields: every
 * user task of every model the workflow deploys (read from {@code bpmn/*.bpmn} on the classpath, the workflow
 * module's resources) has a form, so a new kind of task without one fails here; and each form sends what its kind's
 * task needs.
 */
class FormKindTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    @Test
    void everyUserTaskOfEveryDeployedModelHasAForm() throws Exception {
        Map<String, List<String>> userTasks = userTasksOfTheModels();
        assertThat(userTasks).as("the workflow's models").containsKeys("bpmn/ComplaintHandlingProcess.bpmn",
                "bpmn/ComplaintTierProcess.bpmn", "bpmn/HandbookPublicationProcess.bpmn");
        List<String> kinds = userTasks.values().stream().flatMap(List::stream).toList();
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(9);
        for (Map.Entry<String, List<String>> model : userTasks.entrySet()) {
            for (String kind : model.getValue()) {
                assertThat(FormKind.of(kind)).as("the form of %s in %s", kind, model.getKey()).isNotEqualTo(FormKind.NONE);
            }
        }
        // and no form waits for a kind the models no longer have
        assertThat(Arrays.stream(FormKind.values()).flatMap(form -> form.kinds().stream()))
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(kinds));
    }

    @Test
    void eachKindHasItsOwnFormAndAnUnknownKindNone() {
        assertThat(FormKind.of("Task_DecideComplaint")).isEqualTo(FormKind.DECISION);
        assertThat(FormKind.of("Task_ArrangePersonalMeeting")).isEqualTo(FormKind.MEETING);
        assertThat(FormKind.of("Task_CallCustomerWithOutcome")).isEqualTo(FormKind.OUTCOME);
        assertThat(FormKind.of("Task_ManagementContactsCustomer")).isEqualTo(FormKind.OUTCOME);
        assertThat(FormKind.of("Task_DecideFollowUp")).isEqualTo(FormKind.FOLLOW_UP);
        assertThat(FormKind.of("Task_ConfirmCoaching")).isEqualTo(FormKind.DONE_ON);
        assertThat(FormKind.of("Task_ConfirmTraining")).isEqualTo(FormKind.DONE_ON);
        assertThat(FormKind.of("Task_ReviewHandbookDraft")).isEqualTo(FormKind.HANDBOOK);
        assertThat(FormKind.of("Task_ReviseHandbookDraft")).isEqualTo(FormKind.HANDBOOK);
        assertThat(FormKind.of("Task_SomethingNew")).isEqualTo(FormKind.NONE);
        assertThat(FormKind.of(null)).isEqualTo(FormKind.NONE);
        // the form ids the service's field errors are tied to
        assertThat(Arrays.stream(FormKind.values()).map(FormKind::formId))
                .containsExactly("decide", "meeting", "outcomeForm", "followUp", "confirm", null, null);
    }

    @Test
    void theMeetingIsRecordedWhateverItsFieldsLookLikeWithItsTimeInTheBranchesZone() {
        // the old page guessed "one field called outcome" as the call's form: the kind decides, not the fields
        TaskDetail meeting = task("Task_ArrangePersonalMeeting", null, "outcome");
        ComplaintPage.TaskForm form = new ComplaintPage.TaskForm();
        form.reset(meeting);
        form.setMeetingAt(LocalDateTime.of(2026, 12, 1, 14, 30));
        form.setPlace("Branch office, first floor");
        form.setAttendees("Dr. Ilse Brandt\n\n  Stefan Supervisor  \n");
        form.setOutcome("We agreed on a replacement.");
        form.setDecision("RESOLVE");

        TaskInput input = form.input(meeting, HAMBURG);

        assertThat(input.meetingAt()).isEqualTo(Instant.parse("2026-12-01T13:30:00Z"));
        assertThat(input.place()).isEqualTo("Branch office, first floor");
        assertThat(input.attendees()).containsExactly("Dr. Ilse Brandt", "Stefan Supervisor");
        assertThat(input.outcome()).isEqualTo("We agreed on a replacement.");
        assertThat(input.decision()).as("nothing of another form").isNull();
    }

    @Test
    void anEmptyMeetingSendsNothingSoTheServiceNamesEveryMissingField() {
        TaskDetail meeting = task("Task_ArrangePersonalMeeting", null, "meetingAt", "place", "attendees", "outcome");
        ComplaintPage.TaskForm form = new ComplaintPage.TaskForm();
        form.reset(meeting);
        TaskInput input = form.input(meeting, HAMBURG);
        assertThat(input.meetingAt()).isNull();
        assertThat(input.attendees()).isEmpty();
        assertThat(input.place()).isNull();
    }

    @Test
    void aDecisionSendsTheRemedyOnlyWhenItResolvesAndTheReasonOnlyWhenItDoesNot() {
        TaskDetail decide = task("Task_DecideComplaint", "SUPERVISOR", "decision", "remedy", "amount", "reason");
        ComplaintPage.TaskForm form = new ComplaintPage.TaskForm();
        form.reset(decide);
        form.setDecision("RESOLVE");
        form.setRemedy("REFUND");
        form.setAmount(new BigDecimal("120.00"));
        form.setSaidToCustomer("We refund the grinder.");
        form.setReason("left over");
        TaskInput resolve = form.input(decide, HAMBURG);
        assertThat(resolve.remedy()).isEqualTo("REFUND");
        assertThat(resolve.amount()).isEqualTo(new Money(new BigDecimal("120.00"), "EUR"));
        assertThat(resolve.reason()).isNull();

        form.setDecision("HAND_BACK");
        TaskInput handBack = form.input(decide, HAMBURG);
        assertThat(handBack.decision()).isEqualTo("HAND_BACK");
        assertThat(handBack.reason()).isEqualTo("left over");
        assertThat(handBack.remedy()).isNull();
        assertThat(handBack.amount()).isNull();
    }

    @Test
    void theOutcomeFormServesTheCallAndManagementsContactTheDateFormTheConfirmations() {
        ComplaintPage.TaskForm form = new ComplaintPage.TaskForm();
        TaskDetail contact = task("Task_ManagementContactsCustomer", null, "outcome");
        form.reset(contact);
        form.setOutcome("Called her; she accepts our apology.");
        assertThat(form.input(contact, HAMBURG).outcome()).isEqualTo("Called her; she accepts our apology.");

        TaskDetail training = task("Task_ConfirmTraining", null, "doneOn");
        form.reset(training);
        form.setDoneOn(LocalDate.of(2026, 12, 2));
        form.setOutcome("left over");
        TaskInput confirmed = form.input(training, HAMBURG);
        assertThat(confirmed.doneOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(confirmed.outcome()).isNull();

        TaskDetail followUp = task("Task_DecideFollowUp", null, "followUps", "coachingOn", "trainingOn", "topic");
        form.reset(followUp);
        form.setFollowUps(new ArrayList<>(List.of("COACHING", "TRAINING")));
        form.setCoachingOn(LocalDate.of(2026, 12, 3));
        form.setTrainingOn(LocalDate.of(2026, 12, 4));
        form.setTopic("Returns without a receipt");
        form.setRecognition("left over");
        TaskInput decided = form.input(followUp, HAMBURG);
        assertThat(decided.followUps()).containsExactly("COACHING", "TRAINING");
        assertThat(decided.topic()).isEqualTo("Returns without a receipt");
        assertThat(decided.recognition()).isNull();

        TaskDetail review = task("Task_ReviewHandbookDraft", null, "decision");
        assertThat(form.input(review, HAMBURG)).isEqualTo(TaskInput.empty());
    }

    private static TaskDetail task(String kind, String tier, String... fields) {
        TaskSummary summary = new TaskSummary("42", kind, "HAM-2026-000001", Instant.parse("2026-11-30T09:00:00Z"),
                null, null, kind, tier, "HAM", false, 50);
        return new TaskDetail(summary, kind, tier, 50, null, "LETTER", null, null, null, Map.of(), List.of(), "EUR",
                false, Arrays.stream(fields).map(f -> new TaskDetail.FormField(f, true, null, List.of())).toList(),
                List.of());
    }

    /** The ids of the user tasks of each BPMN model on the classpath, by the model's resource name. */
    static Map<String, List<String>> userTasksOfTheModels() throws Exception {
        Map<String, List<String>> tasks = new TreeMap<>();
        for (URL folder : Collections.list(FormKindTest.class.getClassLoader().getResources("bpmn"))) {
            for (String model : modelsIn(folder)) {
                try (InputStream in = FormKindTest.class.getClassLoader().getResourceAsStream(model)) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    NodeList userTasks = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "userTask");
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < userTasks.getLength(); i++) {
                        ids.add(((Element) userTasks.item(i)).getAttribute("id"));
                    }
                    tasks.put(model, ids);
                }
            }
        }
        return tasks;
    }

    private static List<String> modelsIn(URL folder) throws IOException, URISyntaxException {
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false); // a jar of our own to close, not the class loader's
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith("bpmn/") && name.endsWith(".bpmn")).sorted().toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> "bpmn/" + file.getFileName()).filter(name -> name.endsWith(".bpmn")).sorted()
                    .toList();
        }
    }
}
