package org.chantilly.bench;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonValue;

/**
 * The lifecycle through the API, as the staff of one branch work it: the frontline takes an in-person complaint and
 * hands it to the supervisor, the supervisor resolves it, the frontline tells the customer, the customer is
 * satisfied, and the supervisor decides the employee's follow-up (recognition), which closes the complaint. Eight
 * HTTP calls per complaint plus the task look-ups; the figure is complete lifecycles per second.
 */
final class Lifecycle {

    private static final String RESOLVE = "{\"decision\":\"RESOLVE\",\"remedy\":\"REPLACEMENT\","
            + "\"amount\":{\"amount\":\"49.90\",\"currency\":\"EUR\"},\"saidToCustomer\":\"A new kettle today.\"}";

    private final List<Bench.Staff> branches;

    /** @param branches the branches whose staff work the complaints, taken in turn */
    Lifecycle(List<Bench.Staff> branches) {
        this.branches = branches;
    }

    Throughput run(int count, int threads) throws InterruptedException {
        return Throughput.closed("lifecycle", count, threads, i -> one(i));
    }

    private void one(int i) throws InterruptedException {
        Bench.Staff staff = branches.get(i % branches.size());
        Api frontline = staff.frontline();
        Api supervisor = staff.supervisor();
        String branch = staff.branch();
        String reference = Api.object(frontline.post("/api/complaints", "{\"branchCode\":\"" + branch
                + "\",\"channel\":\"IN_PERSON\",\"customer\":{\"name\":\"Lifecycle " + i + "\"},"
                + "\"description\":\"Lifecycle complaint " + i + ": the kettle's lid broke.\"}", 201))
                .getString("reference");
        complete(frontline, branch, reference, "Task_DecideComplaint",
                "{\"decision\":\"ESCALATE\",\"reason\":\"The customer asks for the supervisor.\"}");
        complete(supervisor, branch, reference, "Task_DecideComplaint", RESOLVE);
        complete(frontline, branch, reference, "Task_CallCustomerWithOutcome", "{\"outcome\":\"Handed over the kettle.\"}");
        frontline.post("/api/processes/" + reference + "/answer", "{\"satisfied\":true}", 204);
        complete(supervisor, branch, reference, "Task_DecideFollowUp",
                "{\"followUps\":[\"RECOGNITION\"],\"recognition\":\"Calm and quick.\"}");
    }

    private static void complete(Api user, String branch, String reference, String kind, String input)
            throws InterruptedException {
        String id = awaitTask(user, branch, reference, kind);
        user.post("/api/tasks/" + id + "/complete", input, 204);
    }

    /** The task of that kind for the complaint, waiting for asynchronous steps (up to a minute). */
    private static String awaitTask(Api user, String branch, String reference, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<String> id = Api.object(user.get("/api/tasks?size=100&branch=" + branch + "&complaint=" + reference))
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(t -> reference.equals(t.getString("complaintReference", null))
                            && kind.equals(t.getString("kind")))
                    .map(t -> t.getString("id")).findFirst();
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + kind + " for " + reference + " within a minute");
    }

}
