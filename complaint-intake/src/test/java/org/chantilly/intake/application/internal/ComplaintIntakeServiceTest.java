package org.chantilly.intake.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintUpdated;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.IdempotencyKeyReusedException;
import org.chantilly.intake.api.NeutralGreeting;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.domain.AttachmentData;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.intake.domain.IdempotentRequest;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.Test;

class ComplaintIntakeServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456789Z");

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final Recording<ComplaintReceived> received = new Recording<>();
    private final List<String> sent = new ArrayList<>();
    /** Subject and text of every message sent, in order. */
    private final List<List<String>> mails = new ArrayList<>();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final FixedPolicy policy = new FixedPolicy();
    private final ComplaintIntakeService intake = intakeAt(NOW);

    private ComplaintIntakeService intakeAt(Instant now) {
        return new ComplaintIntakeService(complaints, new TwoBranches(), policy, (complaint, subject, text) -> {
            sent.add(complaint.reference().toString());
            mails.add(List.of(subject, text));
        }, null, received, new Recording<ComplaintUpdated>(), audit, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static NewComplaint email(String branch, String description) {
        return email(branch, null, description);
    }

    private static NewComplaint email(String branch, String language, String description) {
        return new NewComplaint(branch, Channel.EMAIL,
                new CustomerDetails("Anna Lindqvist", "anna@example.org", null, null, language, true),
                CustomerType.IRRITATED_LOYAL, null, null, description, "A new one", null);
    }

    @Test
    void recordsTheComplaintAndPublishesItsReceipt() {
        ComplaintIntake.Receipt receipt = intake.receive(email("HAM", "It leaks."), "frida", null, null);

        var complaint = receipt.complaint();
        assertThat(complaint.reference()).isEqualTo("HAM-2026-000001");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
        assertThat(complaint.expectedResponseBy()).isEqualTo(complaint.receivedAt().plus(Duration.ofDays(2)));
        assertThat(complaint.customer().preferredLanguage()).isEqualTo("de");
        assertThat(complaint.handlingAdvice()).as("advice for the employee, in her language")
                .isEqualTo("advice IRRITATED_LOYAL sv");
        assertThat(intake.find(complaint.reference(), "fi").orElseThrow().handlingAdvice())
                .isEqualTo("advice IRRITATED_LOYAL fi");
        assertThat(intake.find(complaint.reference()).orElseThrow().handlingAdvice()).isEqualTo("advice IRRITATED_LOYAL en");
        // a wording without {responseBy} (written before it existed): the date follows in a sentence of its own
        assertThat(complaint.acknowledgement().text()).isEqualTo("Anna Lindqvist HAM-2026-000001 2 Werktagen "
                + "Sie erhalten Ihre Antwort bis zum 26. November 2026.");
        assertThat(complaint.acknowledgement().status()).isEqualTo("PENDING");
        assertThat(received.fired).containsExactly(new ComplaintReceived(1L, "HAM-2026-000001", Channel.EMAIL));
        assertThat(audit.all()).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("COMPLAINT_RECEIVED");
            assertThat(record.complaintReference()).isEqualTo(complaint.reference());
            assertThat(record.after()).contains("\"channel\":\"EMAIL\"").doesNotContain("Anna", "anna@example.org");
        });
    }

    @Test
    void countsReferencesPerBranch() {
        intake.receive(email("HAM", "a"), "frida", null, null);
        intake.receive(email("STO", "b"), "sofia", null, null);
        assertThat(intake.receive(email("HAM", "c"), "frida", null, null).complaint().reference())
                .isEqualTo("HAM-2026-000002");
    }

    @Test
    void refusesABranchThatDoesNotExist() {
        assertThatThrownBy(() -> intake.receive(email("XYZ", "a"), "frida", null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(complaints.byReference).isEmpty();
    }

    @Test
    void storesNothingWhenTheFormBreaksAChannelRule() {
        NewComplaint noEmail = new NewComplaint("HAM", Channel.EMAIL,
                new CustomerDetails("Anna", null, null, null, null, false), null, null, null, "It leaks.", null, null);
        assertThatThrownBy(() -> intake.receive(noEmail, "frida", null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(complaints.byReference).isEmpty();
        assertThat(received.fired).isEmpty();
    }

    @Test
    void aRetriedKeyReturnsTheFirstComplaintAndAnotherBodyIsRefused() {
        var first = intake.receive(email("HAM", "It leaks."), "frida", "key-1", "hash-a");
        var retry = intake.receive(email("HAM", "It leaks."), "frida", "key-1", "hash-a");

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint().reference()).isEqualTo(first.complaint().reference());
        assertThat(complaints.byReference).hasSize(1);
        assertThatThrownBy(() -> intake.receive(email("HAM", "Other."), "frida", "key-1", "hash-b"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(intake.receive(email("HAM", "It leaks."), "sofia", "key-1", "hash-a").replayed()).isFalse();
    }

    @Test
    void flagsARepeatedComplaintOfTheSameCustomer() {
        String first = intake.receive(email("HAM", "The espresso machine leaks water from the bottom."), "frida", null, null)
                .complaint().reference();
        var second = intake.receive(email("HAM", "Espresso machine leaks water from the bottom again"), "frida", null, null)
                .complaint();
        assertThat(second.possibleDuplicate().reference()).isEqualTo(first);
        assertThat(second.possibleDuplicate().status()).isEqualTo("FLAGGED");

        var decided = intake.decideDuplicate(second.reference(), true, "stefan");
        assertThat(decided.possibleDuplicate().status()).isEqualTo("CONFIRMED");
    }

    @Test
    void acknowledgesAMessageOnce() {
        String reference = intake.receive(email("HAM", "It leaks."), "frida", null, null).complaint().reference();
        intake.acknowledge(reference);
        intake.acknowledge(reference);
        assertThat(sent).containsExactly(reference);
        assertThat(intake.find(reference).orElseThrow().status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    }

    private static NewComplaint web(String name, String email, String language) {
        return new NewComplaint("HAM", Channel.WEB, new CustomerDetails(name, email, null, null, language, true),
                CustomerType.UNKNOWN, null, Severity.MEDIUM, "Click https://evil.example/login now", null, null);
    }

    @Test
    void aPublicFormComplaintIsAcknowledgedWithoutTheNameItGave() {
        policy.wording = "Dear {customer},\n\nyour complaint {reference} is recorded. Answer by {responseBy}.";
        String phishing = "Your account is blocked: log in at https://evil.example";
        String reference = intake.receive(web(phishing, "victim@example.org", "en"), ComplaintIntake.WEB_FORM, null, null)
                .complaint().reference();
        intake.acknowledge(reference);
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.get(1))
                .startsWith("Dear customer,\n\nyour complaint " + reference).doesNotContain("evil", "Click"));

        policy.wording = "Guten Tag {customer},\n\nIhre Beschwerde {reference}.";
        String german = intake.receive(web(phishing, "opfer@example.org", "de"), ComplaintIntake.WEB_FORM, null, null)
                .complaint().acknowledgement().text();
        assertThat(german).startsWith("Guten Tag,\n\nIhre Beschwerde").doesNotContain("evil");
        assertThat(intake.receive(web("Eva Roth", "eva@example.org", "en"), "frida", null, null).complaint()
                .acknowledgement().text()).as("staff filed it: the customer's name").contains("Eva Roth");
    }

    @Test
    void neutralGreetingsReadWellInEveryLanguage() {
        assertThat(NeutralGreeting.of("Hej {customer},\n\nTack.", "sv")).isEqualTo("Hej,\n\nTack.");
        assertThat(NeutralGreeting.of("Здравствуйте, {customer}!\n\nСпасибо.", "ru")).isEqualTo("Здравствуйте!\n\nСпасибо.");
        assertThat(NeutralGreeting.of("Hyvä {customer},", "fi")).isEqualTo("Hyvä asiakas,");
        assertThat(NeutralGreeting.of("Vielen Dank, {customer}. Ihre Beschwerde", "de-AT")).isEqualTo("Vielen Dank. Ihre Beschwerde");
        assertThat(NeutralGreeting.of("{customer}, danke.", "de")).isEqualTo("danke.");
        assertThat(NeutralGreeting.of("Dear {customer},", "pt")).isEqualTo("Dear customer,");
    }

    @Test
    void aPublicFormAddressGetsAtMostItsDailyAcknowledgementsAndStaffSeeWhy() {
        intake.acknowledgementsPerRecipientPerDay = 2;
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String reference = intake.receive(web("Victim " + i, "Victim@Example.org", "en"), ComplaintIntake.WEB_FORM,
                    null, null).complaint().reference();
            intake.acknowledge(reference);
            intake.acknowledge(reference); // a retried job changes nothing
            references.add(reference);
        }
        assertThat(sent).containsExactly(references.get(0), references.get(1));
        var withheld = intake.find(references.get(2)).orElseThrow();
        assertThat(withheld.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(withheld.acknowledgement().status()).isEqualTo("WITHHELD");
        assertThat(withheld.history()).filteredOn(e -> e.action().equals("ACKNOWLEDGEMENT_WITHHELD")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("acknowledgements-per-recipient-per-day"));
        assertThat(audit.all()).filteredOn(r -> r.action().equals("ACKNOWLEDGEMENT_WITHHELD")).hasSize(2)
                .allSatisfy(r -> assertThat(r.after()).doesNotContain("xample"));

        String other = intake.receive(web("Someone", "someone@example.org", "en"), ComplaintIntake.WEB_FORM, null, null)
                .complaint().reference();
        intake.acknowledge(other);
        String byStaff = intake.receive(web("Victim", "victim@example.org", "en"), "frida", null, null)
                .complaint().reference();
        intake.acknowledge(byStaff);
        assertThat(sent).as("another address, and a complaint staff filed").endsWith(other, byStaff);
    }

    @Test
    void keysKeptUnderTheirOwnerNeverAnswerAnotherOwner() {
        var first = intake.receive(web("A", "a@example.org", "en"), ComplaintIntake.WEB_FORM, "web-form 192.0.2.1",
                "key-1", "hash-a");
        assertThat(intake.receive(web("A", "a@example.org", "en"), ComplaintIntake.WEB_FORM, "web-form 192.0.2.1",
                "key-1", "hash-a").complaint().reference()).isEqualTo(first.complaint().reference());
        var other = intake.receive(web("B", "b@example.org", "en"), ComplaintIntake.WEB_FORM, "web-form 198.51.100.7",
                "key-1", "hash-b");
        assertThat(other.replayed()).isFalse();
        assertThat(other.complaint().reference()).isNotEqualTo(first.complaint().reference());
        assertThat(other.complaint().receivedBy()).isEqualTo(ComplaintIntake.WEB_FORM);
    }

    @Test
    void aGermanCustomerIsAcknowledgedInGermanWithTheDateInTheBranchesZone() {
        policy.wording = "Guten Tag {customer}, {reference}: innerhalb von {responseTime}, bis zum {responseBy}, von uns.";
        // Sunday 6 December 23:30 UTC + 2 days is 8 December in UTC but 9 December 00:30 in Hamburg
        ComplaintIntakeService late = intakeAt(Instant.parse("2026-12-06T23:30:00Z"));

        String reference = late.receive(email("HAM", "de", "Es tropft."), "frida", null, null).complaint().reference();
        late.acknowledge(reference);

        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get(0)).isEqualTo("Wir haben Ihre Beschwerde HAM-2026-000001 erhalten");
            assertThat(mail.get(1)).isEqualTo("Guten Tag Anna Lindqvist, HAM-2026-000001: innerhalb von 2 Werktagen, "
                    + "bis zum 9. Dezember 2026, von uns.");
        });
    }

    @Test
    void aSwedishCustomerIsAcknowledgedInSwedishWithTheTimeWhenTheAnswerIsDueTheSameDay() {
        policy.wording = "Hej {customer}, {reference}: inom {responseTime}, senast {responseBy}.";
        policy.responseTime = Duration.ofHours(4);
        // 8 December 21:00 UTC + 4 hours is 9 December 01:00 UTC, 02:00 in the branch's zone (Europe/Berlin)
        ComplaintIntakeService evening = intakeAt(Instant.parse("2026-12-08T21:00:00Z"));

        String reference = evening.receive(email("STO", "sv", "Tröjan krympte."), "sofia", null, null).complaint()
                .reference();
        evening.acknowledge(reference);

        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get(0)).isEqualTo("Vi har tagit emot ert klagomål STO-2026-000001");
            assertThat(mail.get(1)).startsWith("Hej Anna Lindqvist, STO-2026-000001: inom 4 öppettimmar, senast "
                    + "9 december 2026").contains("02:00").endsWith(".");
        });
    }

    @Test
    void aLanguageWithoutWordingsFallsBackToEnglishAndARegionKeepsItsDateForm() {
        assertThat(ComplaintIntakeService.acknowledgementSubject("HAM-2026-000007", "pt-BR"))
                .isEqualTo("We have received your complaint HAM-2026-000007");
        assertThat(ComplaintIntakeService.acknowledgementSubject("HAM-2026-000007", "fi-FI"))
                .isEqualTo("Olemme vastaanottaneet valituksenne HAM-2026-000007");
        Instant due = Instant.parse("2026-12-09T16:00:00Z");
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        assertThat(ComplaintIntakeService.describeDue(due, Duration.ofDays(2), helsinki, "pt")).isEqualTo("December 9, 2026");
        assertThat(ComplaintIntakeService.describeDue(due, Duration.ofDays(2), helsinki, "en-GB")).isEqualTo("9 December 2026");
        assertThat(ComplaintIntakeService.describeDue(due, Duration.ofDays(2), helsinki, "ru"))
                .isEqualTo("9 декабря 2026 г.");
        assertThat(ComplaintIntakeService.describeDue(due, Duration.ofHours(3), helsinki, "fi"))
                .startsWith("9. joulukuuta 2026").contains("18.00");
    }

    @Test
    void anOlderWordingGetsTheDateAfterTheSentenceThatNamesTheResponseTime() {
        assertThat(ComplaintIntakeService.withResponseBy(
                "Dear {customer},\n\nWe answer within {responseTime}. Thank you.\n\nKind regards", "sv"))
                .isEqualTo("Dear {customer},\n\nWe answer within {responseTime}. Ni får svar senast {responseBy}. "
                        + "Thank you.\n\nKind regards");
        assertThat(ComplaintIntakeService.withResponseBy("Answer within {responseTime}", "fi"))
                .isEqualTo("Answer within {responseTime} Saatte vastauksen viimeistään {responseBy}.");
        assertThat(ComplaintIntakeService.withResponseBy("By {responseBy}.", "de")).isEqualTo("By {responseBy}.");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotFilledIn() {
        assertThat(ComplaintIntakeService.fill("{customer}: {reference}", Map.of("{customer}", "{reference} $1",
                "{reference}", "HAM-2026-000001"))).isEqualTo("{reference} $1: HAM-2026-000001");
    }

    @Test
    void describesResponseTimesAsPeopleSayThem() {
        assertThat(ComplaintIntakeService.describe(Duration.ofDays(1), "en")).isEqualTo("1 working day");
        assertThat(ComplaintIntakeService.describe(Duration.ofDays(5), "de")).isEqualTo("5 Werktagen");
        assertThat(ComplaintIntakeService.describe(Duration.ofHours(4), "sv-FI")).isEqualTo("4 öppettimmar");
        assertThat(ComplaintIntakeService.describe(Duration.ofHours(4), "ru")).isEqualTo("4 рабочих часов");
        assertThat(ComplaintIntakeService.describe(Duration.ofDays(1), "fi")).isEqualTo("1 työpäivän");
        assertThat(ComplaintIntakeService.describe(Duration.ofHours(4), "pt")).isEqualTo("4 opening hours");
    }

    @Test
    void promisesTheAnswerInTheBranchesBusinessTime() {
        var hours = new EnumMap<DayOfWeek, BranchInfo.OpeningHours>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, new BranchInfo.OpeningHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        BranchInfo weekdays = new BranchInfo("HEL", "Helsinki", "x", "FI", ZoneId.of("Europe/Helsinki"), "N", "fi",
                hours, List.of(), true);
        // Friday 2026-11-27 15:00 Helsinki + 2 working days -> Tuesday 1 December 18:00 Helsinki
        assertThat(ComplaintIntakeService.dueBy(weekdays, Instant.parse("2026-11-27T13:00:00Z"), Duration.ofDays(2)))
                .isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }

    /** HAM (de) and STO (sv). */
    static final class TwoBranches implements Organisation {

        private static BranchInfo branch(String code, String language) {
            return new BranchInfo(code, code, "street", "DE", ZoneId.of("Europe/Berlin"), "R", language,
                    Map.<DayOfWeek, BranchInfo.OpeningHours>of(), List.of(), true);
        }

        @Override
        public Optional<BranchInfo> branch(String code) {
            return branches().stream().filter(b -> b.code().equals(code)).findFirst();
        }

        @Override
        public List<BranchInfo> branches() {
            return List.of(branch("HAM", "de"), branch("STO", "sv"));
        }

        @Override
        public Optional<StaffInfo> staff(String login) {
            // a Swedish employee in Hamburg: the handling advice is hers, in Swedish; the customer's words in German
            return "frida".equals(login) ? Optional.of(new StaffInfo("frida", "Frida Ek", "FRONTLINE", "HAM", null,
                    "sv", true)) : Optional.empty();
        }

        @Override
        public List<StaffInfo> activeStaff() {
            return List.of();
        }

        @Override
        public boolean canSeeBranch(Caller caller, String branchCode) {
            return true;
        }

        @Override
        public Optional<List<String>> visibleBranches(Caller caller) {
            return Optional.empty();
        }
    }

    /** Every channel answered in two days unless a test says otherwise; texts name their inputs. */
    static final class FixedPolicy implements ServicePolicy {

        Duration responseTime = Duration.ofDays(2);
        /** The acknowledgement wording; by default one written before {@code {responseBy}} existed. */
        String wording = "{customer} {reference} {responseTime}";

        @Override
        public Duration expectedResponseTime(Channel channel) {
            return responseTime;
        }

        @Override
        public String handlingAdvice(CustomerType type, String language) {
            return "advice " + type + " " + language;
        }

        @Override
        public Duration signingPeriod() {
            return Duration.ofDays(14);
        }

        @Override
        public Duration signingReminderBefore() {
            return Duration.ofDays(3);
        }

        @Override
        public Duration duplicateWindow() {
            return Duration.ofDays(14);
        }

        @Override
        public String acknowledgementWording(Channel channel, String language) {
            return wording;
        }

        // not used by intake: trivial values

        @Override
        public String version() {
            return "test";
        }

        @Override
        public String currency() {
            return "EUR";
        }

        @Override
        public Duration acknowledgementDeadline(Channel channel) {
            return Duration.ofHours(1);
        }

        @Override
        public Duration decisionDeadline(EscalationTier tier, Channel channel, Severity severity) {
            return Duration.ofDays(2);
        }

        @Override
        public int reminderPercent() {
            return 75;
        }

        @Override
        public Optional<BigDecimal> empowermentLimit(EscalationTier tier, Remedy remedy) {
            return Optional.empty();
        }

        @Override
        public boolean receiptRequired(EscalationTier tier, Remedy remedy) {
            return false;
        }

        @Override
        public boolean managementContactRequired(Severity severity) {
            return false;
        }

        @Override
        public int maxReopens() {
            return 2;
        }

        @Override
        public Duration customerAnswerWindow() {
            return Duration.ofDays(14);
        }

        @Override
        public PhraseGuide phraseGuide(String language) {
            return new PhraseGuide(List.of(), List.of());
        }

        @Override
        public String outcomeWording(Channel channel, String language) {
            return "{customer} {reference} {outcome} {answerLink}";
        }
    }

    /** Complaints in a map; ids and references counted like the real repository. */
    static final class InMemoryComplaints implements ComplaintRepository {

        final Map<ComplaintReference, Complaint> byReference = new HashMap<>();
        private final Map<String, Long> counters = new HashMap<>();
        private final Map<String, IdempotentRequest> keys = new HashMap<>();
        private long nextId = 1;

        @Override
        public Optional<Complaint> findByReference(ComplaintReference reference) {
            return Optional.ofNullable(byReference.get(reference));
        }

        @Override
        public Optional<Complaint> findForChange(ComplaintReference reference) {
            return findByReference(reference);
        }

        @Override
        public Optional<String> branchOf(ComplaintReference reference) {
            return findByReference(reference).map(Complaint::branchCode);
        }

        @Override
        public void add(Complaint complaint) {
            try {
                var id = Complaint.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(complaint, nextId++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byReference.put(complaint.reference(), complaint);
        }

        @Override
        public ComplaintReference nextReference(String branchCode, int year) {
            return new ComplaintReference(branchCode, year, counters.merge(branchCode + year, 1L, Long::sum));
        }

        @Override
        public List<Complaint> sameCustomerSince(String emailKey, String phoneKey, Instant since) {
            return byReference.values().stream()
                    .filter(c -> emailKey != null && emailKey.equals(c.customer().emailKey())
                            || phoneKey != null && phoneKey.equals(c.customer().phoneKey()))
                    .filter(c -> !c.receivedAt().isBefore(since))
                    .sorted(Comparator.comparing(Complaint::receivedAt))
                    .toList();
        }

        @Override
        public long acknowledgedSince(String receivedBy, String emailKey, String phoneKey, Instant since) {
            return byReference.values().stream().filter(c -> c.receivedBy().equals(receivedBy))
                    .filter(c -> emailKey != null ? emailKey.equals(c.customer().emailKey())
                            : phoneKey.equals(c.customer().phoneKey()))
                    .filter(c -> c.acknowledgedAt() != null && !c.acknowledgedAt().isBefore(since))
                    .count();
        }

        @Override
        public ComplaintPage search(ComplaintQuery query) {
            throw new UnsupportedOperationException("searched in the integration tests");
        }

        @Override
        public long countUpToLimit(ComplaintQuery query) {
            throw new UnsupportedOperationException("searched in the integration tests");
        }

        @Override
        public List<ComplaintListItem> items(ComplaintQuery query) {
            throw new UnsupportedOperationException("searched in the integration tests");
        }

        @Override
        public List<ComplaintListItem> sameCustomer(String emailKey, String phoneKey, List<String> branches, int limit) {
            throw new UnsupportedOperationException("searched in the integration tests");
        }

        @Override
        public void flush() {
            // nothing pending
        }

        @Override
        public void addAttachmentData(AttachmentData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AttachmentData> attachmentData(long attachmentId) {
            return Optional.empty();
        }

        @Override
        public Optional<IdempotentRequest> idempotentRequest(String caller, String key) {
            return Optional.ofNullable(keys.get(caller + "/" + key));
        }

        @Override
        public void addIdempotentRequest(IdempotentRequest request) {
            keys.put(keyOf(request), request);
        }

        final List<Long> removedAttachmentData = new ArrayList<>();

        @Override
        public List<Complaint> allOfCustomer(String emailKey, String phoneKey) {
            return byReference.values().stream()
                    .filter(c -> emailKey != null && emailKey.equals(c.customer().emailKey())
                            || phoneKey != null && phoneKey.equals(c.customer().phoneKey()))
                    .sorted(Comparator.comparing(Complaint::receivedAt))
                    .toList();
        }

        @Override
        public List<Complaint> closedBeforeWithPersonalData(Instant cutoff, String branchCode, int limit) {
            return byReference.values().stream()
                    .filter(c -> c.status() == org.chantilly.intake.api.ComplaintStatus.CLOSED && c.personalDataErasedAt() == null)
                    .filter(c -> branchCode == null || branchCode.equals(c.branchCode()))
                    .filter(c -> c.history().stream().filter(e -> e.action().equals("CLOSED"))
                            .map(e -> e.at()).max(Comparator.naturalOrder()).map(at -> at.isBefore(cutoff)).orElse(false))
                    .sorted(Comparator.comparing(Complaint::receivedAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void removeAttachmentData(long attachmentId) {
            removedAttachmentData.add(attachmentId);
        }

        @Override
        public List<IdempotentRequest> idempotentRequestsFor(String reference) {
            return keys.values().stream().filter(r -> r.reference().equals(reference)).toList();
        }

        private static String keyOf(IdempotentRequest request) {
            try {
                var keyField = IdempotentRequest.class.getDeclaredField("key");
                keyField.setAccessible(true);
                Object key = keyField.get(request);
                var caller = key.getClass().getDeclaredField("caller");
                var idem = key.getClass().getDeclaredField("key");
                caller.setAccessible(true);
                idem.setAccessible(true);
                return caller.get(key) + "/" + idem.get(key);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Records fired events. */
    static final class Recording<T> implements Event<T> {

        final List<T> fired = new ArrayList<>();

        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
