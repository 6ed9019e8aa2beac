package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.chantilly.client.ApiClient;
import org.chantilly.client.ApiException;
import org.chantilly.client.api.ComplaintsApi;
import org.chantilly.client.api.TasksApi;
import org.chantilly.client.model.Channel;
import org.chantilly.client.model.ComplaintCategory;
import org.chantilly.client.model.ComplaintForm;
import org.chantilly.client.model.ComplaintPage;
import org.chantilly.client.model.ComplaintView;
import org.chantilly.client.model.CustomerForm;
import org.chantilly.client.model.CustomerType;
import org.chantilly.client.model.FieldError;
import org.chantilly.client.model.Money;
import org.chantilly.client.model.Problem;
import org.chantilly.client.model.PurchaseForm;
import org.chantilly.client.model.Severity;
import org.chantilly.client.model.TaskInput;
import org.chantilly.client.model.TaskPage;
import org.chantilly.client.model.TaskSummary;
import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.TestBranch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is a contract: the server serves exactly the committed copy ({@code docs/openapi.json}), and
 * the Java client that the build generates from that copy ({@code api-client}, never edited by hand) works against
 * the real EAR. A change of the document that breaks the client fails the build already when this test compiles.
 */
@ArquillianTest
@RunAsClient
class GeneratedClientIT {

    private static final String BRANCH = "GCL";

    /** Where the build keeps the committed copy, and where this test writes what the server serves (for the lint). */
    private static final Path COMMITTED = Path.of(System.getProperty("chantilly.it.openapi-document", "../docs/openapi.json"));
    private static final Path SERVED = Path.of(System.getProperty("chantilly.it.openapi-served", "target/openapi-served.json"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @Test
    void theServerServesTheCommittedDocument() throws IOException {
        HttpResponse<String> response = Api.send(Api.request("/openapi?format=JSON").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Files.createDirectories(SERVED.toAbsolutePath().getParent());
        Files.writeString(SERVED, response.body(), StandardCharsets.UTF_8);

        JsonValue served = parse(response.body());
        JsonValue committed = parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        differences("", committed, served, differences);
        assertThat(differences)
                .as("The served OpenAPI document differs from the committed copy %s at these places (committed -> served). "
                                + "If the change is meant, refresh the copy and rebuild, which regenerates the client:%n"
                                + "  cp %s %s%n",
                        COMMITTED.normalize(), SERVED.toAbsolutePath().normalize(), COMMITTED.toAbsolutePath().normalize())
                .isEmpty();
    }

    @Test
    void theGeneratedClientFilesFindsAndDecidesAComplaint() throws ApiException {
        String frontline = TestBranch.openRoundTheClock(BRANCH, "Generated Client", "DACH").staff("FRONTLINE");
        ApiClient client = clientAs(frontline, TestBranch.PASSWORD);
        ComplaintsApi complaints = new ComplaintsApi(client);
        TasksApi tasks = new TasksApi(client);
        String word = "gc" + UUID.randomUUID().toString().substring(0, 8);

        ComplaintForm form = new ComplaintForm()
                .branchCode(BRANCH)
                .channel(Channel.EMAIL)
                .customer(new CustomerForm()
                        .name("Greta Client")
                        .email("greta@example.org")
                        .phone("+49 40 765 432")
                        .postalAddress("Clientweg 1\n20095 Hamburg")
                        .preferredLanguage("de")
                        .consentToContact(true))
                .customerType(CustomerType.IRRITATED_LOYAL)
                .category(ComplaintCategory.PRODUCT_QUALITY)
                .severity(Severity.HIGH)
                .description("The kettle " + word + " leaks after a week.")
                .customerRequest("A new kettle")
                .purchase(new PurchaseForm()
                        .item("Kettle K-2")
                        .price(new Money().amount("49.90").currency("EUR"))
                        .purchaseDate(LocalDate.of(2025, 11, 20))
                        .receiptPresent(true)
                        .receiptNumber("GCL-R-1"));
        ComplaintView filed = complaints.fileComplaint(form, "generated-client-" + word);
        String reference = filed.getReference();
        assertThat(reference).startsWith(BRANCH + "-");

        ComplaintView read = complaints.getComplaint(reference);
        assertThat(read.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(read.getCustomerType()).isEqualTo(CustomerType.IRRITATED_LOYAL);
        assertThat(read.getCategory()).isEqualTo(ComplaintCategory.PRODUCT_QUALITY);
        assertThat(read.getSeverity()).isEqualTo(Severity.HIGH);
        assertThat(read.getDescription()).isEqualTo(form.getDescription());
        assertThat(read.getCustomerRequest()).isEqualTo("A new kettle");
        assertThat(read.getCustomer().getName()).isEqualTo("Greta Client");
        assertThat(read.getCustomer().getEmail()).isEqualTo("greta@example.org");
        assertThat(read.getCustomer().getPhone()).isEqualTo("+49 40 765 432");
        assertThat(read.getCustomer().getPostalAddress()).isEqualTo("Clientweg 1\n20095 Hamburg");
        assertThat(read.getCustomer().getPreferredLanguage()).isEqualTo("de");
        assertThat(read.getCustomer().getConsentToContact()).isTrue();
        assertThat(read.getPurchase().getItem()).isEqualTo("Kettle K-2");
        assertThat(read.getPurchase().getPrice().getAmount()).isEqualTo("49.90");
        assertThat(read.getPurchase().getPrice().getCurrency()).isEqualTo("EUR");
        assertThat(read.getPurchase().getPurchaseDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(read.getPurchase().getReceiptPresent()).isTrue();
        assertThat(read.getPurchase().getReceiptNumber()).isEqualTo("GCL-R-1");
        assertThat(read.getReceivedAt()).isNotNull();
        assertThat(read.getExpectedResponseBy()).isAfter(read.getReceivedAt());

        ComplaintPage found = complaints.searchComplaints(List.of(BRANCH), null, Channel.EMAIL, null, Severity.HIGH,
                ComplaintCategory.PRODUCT_QUALITY, null, null, word, "RECEIVED_AT_DESC", 0, 10);
        assertThat(found.getTotal()).isEqualTo(1L);
        assertThat(found.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getReference()).isEqualTo(reference);
            assertThat(item.getCustomerName()).isEqualTo("Greta Client");
        });

        TaskPage open = tasks.listTasks(BRANCH, null, null, null, null, reference, 0, 20);
        assertThat(open.getTotal()).isEqualTo(1L);
        TaskSummary decision = open.getItems().stream().filter(task -> reference.equals(task.getComplaintReference()))
                .findFirst().orElseThrow(() -> new AssertionError("no task for " + reference + " among " + open));
        assertThat(decision.getKind()).isEqualTo("Task_DecideComplaint");
        assertThat(decision.getTier()).isEqualTo("FRONTLINE");
        tasks.completeTask(decision.getId(), new TaskInput().decision("ESCALATE")
                .reason("The customer wants to speak to the supervisor."));
        assertThat(tasks.listTasks(BRANCH, null, null, null, null, null, 0, 100).getItems())
                .noneMatch(task -> reference.equals(task.getComplaintReference()) && "FRONTLINE".equals(task.getTier()));
    }

    @Test
    void aValidationProblemArrivesAsATypedError() throws Exception {
        String frontline = TestBranch.openRoundTheClock(BRANCH, "Generated Client", "DACH").staff("FRONTLINE");
        ApiClient client = clientAs(frontline, TestBranch.PASSWORD);
        ComplaintForm invalid = new ComplaintForm()
                .branchCode(BRANCH)
                .channel(Channel.EMAIL) // an email complaint needs the customer's email
                .customer(new CustomerForm().name("No Address"))
                .description(" ");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new ComplaintsApi(client).fileComplaint(invalid, null));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).hasToString("https://chantilly.org/problems/validation");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("description", "customer.email");
        assertThat(problem.getErrors()).allSatisfy(error -> assertThat(error.getMessage()).isNotBlank());
    }

    /** A client of the generated code, logging in with HTTP Basic on every request. */
    private static ApiClient clientAs(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE.toString());
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // X-Requested-With: a state-changing call without a JSON body (claimTask, ...) needs it (CrossSiteRequests)
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials)
                .header(Api.REQUESTED_WITH, "chantilly-generated-client"));
        return client;
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** Where two JSON values differ, as JSON pointers with both values (at most 30). */
    private static void differences(String pointer, JsonValue committed, JsonValue served, List<String> out) {
        if (out.size() >= 30) {
            return;
        }
        if (committed instanceof JsonObject a && served instanceof JsonObject b) {
            Set<String> keys = new HashSet<>(a.keySet());
            keys.addAll(b.keySet());
            keys.stream().sorted().forEach(key -> differences(pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                    a.getOrDefault(key, null), b.getOrDefault(key, null), out));
        } else if (committed instanceof JsonArray a && served instanceof JsonArray b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(pointer + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (committed == null || served == null || !committed.equals(served)) {
            out.add((pointer.isEmpty() ? "/" : pointer) + ": " + abbreviated(committed) + " -> " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonValue value) {
        String text = value == null ? "(absent)" : value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
