package org.chantilly.handbook.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.event.Event;

import org.chantilly.handbook.api.HandbookSubmitted;
import org.chantilly.handbook.api.HandbookViews.SigningSchedule;
import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.domain.Signature;
import org.chantilly.handbook.domain.Supplement;
import org.chantilly.handbook.policy.PolicyRules;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.chantilly.platform.testing.RecordingNotifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions, publication and signing of the handbook, on an in-memory repository. */
class HandbookServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final HandbookService handbook = new HandbookService();
    private final Versions repository = new Versions();
    private final List<HandbookSubmitted> submitted = new ArrayList<>();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final RecordingNotifications notified = new RecordingNotifications();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void publishTheFirstVersion() {
        handbook.repository = repository;
        handbook.audit = audit;
        handbook.notifications = notified;
        handbook.clock = Clock.fixed(T0, ZoneOffset.UTC);
        handbook.submitted = (Event<HandbookSubmitted>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    submitted.add((HandbookSubmitted) args[0]);
                    return null;
                });
        handbook.organisation = (Organisation) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Organisation.class}, (proxy, method, args) -> List.of(
                        new StaffInfo("frida", "Frida", Roles.FRONTLINE, "HAM", null, "de", true),
                        new StaffInfo("audrey", "Audrey", Roles.AUDITOR, null, null, "en", true)));
        repository.add(HandbookVersion.initial(HandbookBootstrap.defaultContent(),
                HandbookService.json(PolicyRules.materialise(key -> Optional.empty())), T0.minusSeconds(3600)));
    }

    private void at(Instant now) {
        handbook.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aDraftChangesUntilItIsSubmittedAndAPublishedVersionNever() {
        int draft = handbook.newDraft("hanna").version().number();
        assertThat(draft).isEqualTo(2);
        assertThatThrownBy(() -> handbook.newDraft("hanna")).isInstanceOf(ConflictException.class);
        handbook.editPolicy(draft, Map.of("limit.FRONTLINE.REFUND", "150"), "hanna");
        assertThatThrownBy(() -> handbook.editPolicy(draft, Map.of("limit.FRONTLINE.REFUND", "-1"), "hanna"))
                .isInstanceOf(InvalidInputException.class);
        handbook.submit(draft, "hanna");
        assertThat(submitted).containsExactly(new HandbookSubmitted(2, "hanna"));
        assertThatThrownBy(() -> handbook.editPolicy(draft, Map.of("max-reopens", "3"), "hanna"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> handbook.editPolicy(1, Map.of("max-reopens", "3"), "hanna"))
                .isInstanceOf(ConflictException.class);
        assertThat(handbook.compare(1, draft).values()).singleElement()
                .satisfies(change -> assertThat(change.after()).isEqualTo("150"));
    }

    @Test
    void wordingsKeepTheirPlaceholdersAndThePhraseGuideIsRewrittenAsAWhole() {
        int draft = handbook.newDraft("hanna").version().number();
        assertThatThrownBy(() -> handbook.editText(draft, "outcomeWording", "EMAIL",
                Map.of("en", "Dear {customer}, see {answerLink} about {reference}: {outcome}", "de", "Hallo {customer}"),
                "hanna")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.field())
                        .containsExactly("text.de"));
        handbook.editText(draft, "outcomeWording", "EMAIL",
                Map.of("en", "Hello {customer}: {outcome} ({reference}). Tell us: {answerLink}"), "hanna");
        assertThat(handbook.version(draft).orElseThrow().texts().get("outcomeWording").get("EMAIL"))
                .containsOnlyKeys("en");
        handbook.editText(draft, "handlingAdvice", "ACTIVE_HATER", Map.of("en", "Stay calm."), "hanna");
        handbook.editPhraseGuide(draft, List.of(Map.of("en", "Listen.")),
                List.of(Map.of("avoid", Map.of("en", "No."), "instead", Map.of("en", "Let me find out."))), "hanna");
        assertThat(handbook.version(draft).orElseThrow().phraseGuide().get("de").phrases()).singleElement()
                .satisfies(p -> assertThat(p.instead()).isEqualTo("Let me find out."));
        assertThatThrownBy(() -> handbook.editPhraseGuide(draft, List.of(), List.of(), "hanna"))
                .isInstanceOf(InvalidInputException.class);

        // the phrase guide as written: no English filled in for the languages it lacks now
        assertThat(handbook.phraseGuideTexts(draft).rules()).containsExactly(Map.of("en", "Listen."));
        assertThat(handbook.phraseGuideTexts(1).rules().get(0)).containsKeys("en", "de", "sv", "fi", "ru");
        // the comparison names each text that changed, language by language, a removed translation too
        var texts = handbook.compare(1, draft).texts();
        assertThat(texts).extracting(c -> c.kind() + " " + c.key() + " " + c.language())
                .contains("outcomeWording EMAIL en", "outcomeWording EMAIL de", "handlingAdvice ACTIVE_HATER en",
                        "phraseGuide rules en", "phraseGuide phrases en")
                .doesNotContain("outcomeWording PHONE en", "acknowledgementWording EMAIL en");
        assertThat(texts).filteredOn(c -> c.key().equals("EMAIL") && c.language().equals("de")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).contains("{customer}");
                    assertThat(c.after()).isNull();
                });
        assertThat(texts).filteredOn(c -> c.key().equals("phrases") && c.language().equals("en")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("No. \u2192 Let me find out."));
        assertThat(handbook.compare(1, 1).texts()).isEmpty();
    }

    @Test
    void theExportIsolatesWhatTheAuthorsWroteAndEscapesIt() {
        int draft = handbook.newDraft("hanna").version().number();
        handbook.editSection(draft, "service-promise", Map.of("en", "Our \u202Epromise"),
                Map.of("en", "We listen <first>.\n- Then we \u202Eact"), "hanna");

        String html = handbook.exportHtml(draft, "en");

        assertThat(html).contains("<section id=\"service-promise\"><h2><bdi>Our \u202Epromise</bdi></h2>"
                        + "<p><bdi>We listen &lt;first&gt;.</bdi></p><p>&bull; <bdi>Then we \u202Eact</bdi></p></section>",
                "<td>limit.FRONTLINE.REFUND</td><td><bdi>")
                .doesNotContain("<first>");
    }

    @Test
    void aSentBackDraftIsADraftAgainAndIsResubmitted() {
        int draft = handbook.newDraft("hanna").version().number();
        handbook.submit(draft, "hanna");
        handbook.sendBack(draft, "Say more about letters.", "admin");
        assertThat(handbook.version(draft).orElseThrow().version().reviewComment()).isEqualTo("Say more about letters.");
        handbook.editPolicy(draft, Map.of("max-reopens", "3"), "hanna");
        handbook.resubmit(draft, "hanna");
        assertThat(handbook.version(draft).orElseThrow().version().status()).isEqualTo("IN_REVIEW");
    }

    @Test
    void theOwnersHearOfADraftSentBackAndTheUnsignedOfTheVersionInForceAreReminded() {
        int draft = handbook.newDraft("hanna").version().number();
        handbook.submit(draft, "olof");
        handbook.sendBack(draft, "Say more about letters.", "admin");
        assertThat(notified.all()).extracting(n -> n.login() + " " + n.kind() + " " + new TreeMap<>(n.params()) + " " + n.link())
                .containsExactly(
                        "hanna DRAFT_SENT_BACK {by=admin, version=2} handbook/authoring/edit.xhtml?version=2",
                        "olof DRAFT_SENT_BACK {by=admin, version=2} handbook/authoring/edit.xhtml?version=2")
                .as("the comment, free text, stays on the draft's page").noneMatch(n -> n.contains("letters"));

        handbook.resubmit(draft, "hanna");
        handbook.publish(draft, T0, "admin");
        handbook.sign(draft, "de", "frida");
        assertThat(handbook.remindUnsigned(1)).as("no longer in force").isZero();
        assertThat(notified.recipients(org.chantilly.platform.api.NotificationKind.HANDBOOK_TO_SIGN)).isEmpty();
        assertThat(handbook.remindUnsigned(draft)).as("frida signed; the auditor does not sign").isZero();
    }

    @Test
    void everyoneWhoHasNotSignedTheVersionInForceIsRemindedWithTheDeadline() {
        assertThat(handbook.remindUnsigned(1)).isEqualTo(1);
        assertThat(notified.all()).singleElement().satisfies(n -> {
            assertThat(n.login()).isEqualTo("frida");
            assertThat(n.kind()).isEqualTo(org.chantilly.platform.api.NotificationKind.HANDBOOK_TO_SIGN);
            assertThat(n.params()).containsEntry("version", "1").containsKey("deadline");
            assertThat(n.link()).isEqualTo("handbook/read.xhtml");
        });
    }

    @Test
    void aPublishedVersionTakesEffectAndIsSignedInTimeOrOverdue() {
        int draft = handbook.newDraft("hanna").version().number();
        handbook.submit(draft, "hanna");
        Instant effective = T0.plus(Duration.ofDays(1));
        SigningSchedule schedule = handbook.publish(draft, effective, "admin");
        assertThat(schedule.deadline()).isEqualTo(effective.plus(Duration.ofDays(14)));
        assertThat(schedule.reminderAt()).isEqualTo(schedule.deadline().minus(Duration.ofDays(3)));
        assertThat(handbook.inForce().version().number()).isEqualTo(1);

        // signed ahead, before it takes effect
        assertThat(handbook.sign(draft, "de-AT", "frida").language()).isEqualTo("de");
        at(effective);
        assertThat(handbook.inForce().version().number()).isEqualTo(draft);
        assertThat(handbook.hasSignedVersionInForce("frida")).isTrue();
        assertThatThrownBy(() -> handbook.sign(1, "en", "frida")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("sign version " + draft);

        at(schedule.deadline().plusSeconds(1));
        assertThat(handbook.signatureStatus(null)).singleElement().satisfies(status -> {
            assertThat(status.employee()).as("auditors do not sign").isEqualTo("frida");
            assertThat(status.signed()).isTrue();
            assertThat(status.overdue()).isFalse();
        });
        handbook.sign(draft, "de", "frida");
        assertThat(audit.actions()).as("every change audited once, a repeated signature not again")
                .containsExactly("HANDBOOK_DRAFTED", "HANDBOOK_SUBMITTED", "HANDBOOK_PUBLISHED", "HANDBOOK_SIGNED");
        assertThat(audit.all().get(2).after()).contains("\"status\":\"PUBLISHED\"");
    }

    @Test
    void aLaterVersionAlwaysSupersedesAnEarlierOneScheduledLater() {
        int second = handbook.newDraft("hanna").version().number();
        handbook.submit(second, "hanna");
        handbook.publish(second, T0.plus(Duration.ofDays(30)), "admin");
        int third = handbook.newDraft("hanna").version().number();
        handbook.submit(third, "hanna");
        handbook.publish(third, T0, "admin");
        at(T0.plus(Duration.ofDays(31)));
        assertThat(handbook.inForce().version().number()).isEqualTo(third);
    }

    /** Versions, signatures and supplements in lists. */
    static final class Versions implements HandbookRepository {

        private final List<HandbookVersion> versions = new ArrayList<>();
        private final List<Signature> signatures = new ArrayList<>();

        @Override
        public HandbookVersion add(HandbookVersion version) {
            versions.add(version);
            return version;
        }

        @Override
        public void remove(HandbookVersion draft) {
            versions.remove(draft);
        }

        @Override
        public Signature add(Signature signature) {
            signatures.add(signature);
            return signature;
        }

        @Override
        public Supplement add(Supplement supplement) {
            return supplement;
        }

        @Override
        public List<HandbookVersion> versions() {
            return versions.stream().sorted(Comparator.comparingInt(HandbookVersion::number)).toList();
        }

        @Override
        public long count() {
            return versions.size();
        }

        @Override
        public Optional<HandbookVersion> version(int number) {
            return versions.stream().filter(v -> v.number() == number).findFirst();
        }

        @Override
        public Optional<HandbookVersion> inForceAt(Instant at) {
            return versions.stream().filter(v -> v.effectiveAt(at)).max(Comparator.comparingInt(HandbookVersion::number));
        }

        @Override
        public Optional<Signature> signature(int number, String employee) {
            return signatures.stream().filter(s -> s.versionNumber() == number && s.employee().equals(employee)).findFirst();
        }

        @Override
        public List<Signature> signaturesOf(int number) {
            return signatures.stream().filter(s -> s.versionNumber() == number).toList();
        }

        @Override
        public List<Signature> signaturesBy(String employee) {
            return signatures.stream().filter(s -> s.employee().equals(employee)).toList();
        }

        @Override
        public Optional<Supplement> supplement(long id) {
            return Optional.empty();
        }

        @Override
        public List<Supplement> supplements() {
            return List.of();
        }
    }
}
