package org.chantilly.handbook.application.internal;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.Html;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookMessage;
import org.chantilly.handbook.api.HandbookSubmitted;
import org.chantilly.handbook.api.HandbookViews.Comparison;
import org.chantilly.handbook.api.HandbookViews.PhraseGuideTexts;
import org.chantilly.handbook.api.HandbookViews.PhraseTexts;
import org.chantilly.handbook.api.HandbookViews.SectionChange;
import org.chantilly.handbook.api.HandbookViews.SectionView;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.HandbookViews.SigningSchedule;
import org.chantilly.handbook.api.HandbookViews.SupplementView;
import org.chantilly.handbook.api.HandbookViews.TextChange;
import org.chantilly.handbook.api.HandbookViews.ValueChange;
import org.chantilly.handbook.api.HandbookViews.VersionSummary;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.handbook.domain.HandbookContent;
import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.domain.Signature;
import org.chantilly.handbook.domain.Supplement;
import org.chantilly.handbook.policy.PolicyRules;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.api.Sha256;

/** The handbook's versions, signatures and supplements. */
@ApplicationScoped
@Transactional
public class HandbookService implements Handbook {

    private static final Logger LOG = Logger.getLogger(HandbookService.class.getName());

    /** Who reads and signs the handbook: everybody who works complaints or writes the handbook. */
    public static final Set<String> SIGNING_ROLES = Set.of(org.chantilly.platform.api.Roles.FRONTLINE,
            org.chantilly.platform.api.Roles.SUPERVISOR, org.chantilly.platform.api.Roles.MANAGER,
            org.chantilly.platform.api.Roles.HEAD_OFFICE, org.chantilly.platform.api.Roles.HANDBOOK_OWNER);

    /** The audit trail's object type of a handbook version. */
    static final String VERSION = "HANDBOOK_VERSION";

    /** The kind of a phrase guide's change in a comparison. */
    static final String PHRASE_GUIDE = "phraseGuide";

    /** The longest text a version may hold (the column's size). */
    static final int MAX_CONTENT = 1_000_000;

    @Inject
    HandbookRepository repository;

    @Inject
    Organisation organisation;

    @Inject
    Event<HandbookSubmitted> submitted;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Override
    public List<VersionSummary> versions() {
        HandbookVersion inForce = inForceVersion();
        return repository.versions().stream().map(v -> summary(v, inForce)).toList();
    }

    @Override
    public Optional<VersionView> version(int number) {
        return repository.version(number).map(this::view);
    }

    @Override
    public VersionView inForce() {
        return view(inForceVersion());
    }

    @Override
    public VersionView newDraft(String by) {
        List<HandbookVersion> all = repository.versions();
        all.stream().filter(v -> v.status() != HandbookVersion.Status.PUBLISHED).findFirst().ifPresent(open -> {
            throw new ConflictException(HandbookMessage.VERSION_STILL_OPEN, open.number(), open.status());
        });
        HandbookVersion latest = all.get(all.size() - 1);
        // a draft of a version written before a kind of text existed gets the default handbook's texts of that kind
        String content = HandbookContent.parse(latest.content()).withMissingTexts(DefaultHandbook.CONTENT).toJson();
        HandbookVersion draft = repository.add(HandbookVersion.draft(latest.number() + 1, content,
                latest.policy(), by, now()));
        audit.record(AuditEvent.of(by, "HANDBOOK_DRAFTED", VERSION, draft.number())
                .after(Map.of("status", draft.status(), "copiedFrom", latest.number(),
                        "contentSha256", Sha256.hex(draft.content()))));
        LOG.info(() -> "handbook version " + draft.number() + " drafted by " + by);
        return view(draft);
    }

    @Override
    public VersionView editSection(int number, String key, Map<String, String> title, Map<String, String> text,
                                   String by) {
        HandbookVersion version = draft(number);
        HandbookContent content = HandbookContent.parse(version.content());
        List<org.chantilly.platform.api.FieldError> errors = new ArrayList<>();
        if (content.section(key).isEmpty()) {
            throw new ResourceNotFoundException(HandbookMessage.SECTION_NOT_FOUND, key);
        }
        checkTexts("title", title, 200, errors);
        checkTexts("text", text, 20_000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String edited = content.withSection(key, title, text).toJson();
        if (edited.length() > MAX_CONTENT) {
            throw new InvalidInputException("text", HandbookMessage.TOO_LONG, MAX_CONTENT);
        }
        String contentBefore = version.content();
        version.replaceContent(edited);
        contentEdited(version, contentBefore, "section " + key, by);
        LOG.info(() -> "handbook version " + number + ": section " + key + " edited by " + by);
        return view(version);
    }

    @Override
    public VersionView editText(int number, String kind, String key, Map<String, String> text, String by) {
        HandbookVersion version = draft(number);
        HandbookContent content = HandbookContent.parse(version.content());
        if (!HandbookContent.TEXT_KINDS.contains(kind) || !content.textKeys(kind).contains(key)) {
            throw new ResourceNotFoundException(HandbookMessage.TEXT_NOT_FOUND, kind, key);
        }
        List<org.chantilly.platform.api.FieldError> errors = new ArrayList<>();
        checkTexts("text", text, 4000, errors);
        if (errors.isEmpty() && org.chantilly.handbook.api.Placeholders.kept(kind)) {
            var expected = HandbookContent.placeholders(content.text(kind, key).get("en"));
            text.forEach((language, value) -> {
                if (!HandbookContent.placeholders(value).equals(expected)) {
                    errors.add(org.chantilly.platform.api.FieldError.of("text." + language,
                            HandbookMessage.PLACEHOLDERS, expected));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String contentBefore = version.content();
        version.replaceContent(content.withText(kind, key, text).toJson());
        contentEdited(version, contentBefore, kind + " " + key, by);
        LOG.info(() -> "handbook version " + number + ": " + kind + " " + key + " edited by " + by);
        return view(version);
    }

    @Override
    public VersionView editPhraseGuide(int number, List<Map<String, String>> rules,
                                       List<Map<String, Map<String, String>>> phrases, String by) {
        HandbookVersion version = draft(number);
        List<org.chantilly.platform.api.FieldError> errors = new ArrayList<>();
        if (rules == null || rules.isEmpty()) {
            errors.add(org.chantilly.platform.api.FieldError.of("rules", HandbookMessage.RULES_REQUIRED));
        } else {
            for (int i = 0; i < rules.size(); i++) {
                checkTexts("rules[" + i + "]", rules.get(i), 500, errors);
            }
        }
        if (phrases == null || phrases.isEmpty()) {
            errors.add(org.chantilly.platform.api.FieldError.of("phrases", HandbookMessage.PHRASES_REQUIRED));
        } else {
            for (int i = 0; i < phrases.size(); i++) {
                Map<String, Map<String, String>> phrase = phrases.get(i);
                checkTexts("phrases[" + i + "].avoid", phrase == null ? null : phrase.get("avoid"), 500, errors);
                checkTexts("phrases[" + i + "].instead", phrase == null ? null : phrase.get("instead"), 500, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String contentBefore = version.content();
        version.replaceContent(HandbookContent.parse(version.content()).withPhraseGuide(rules, phrases).toJson());
        contentEdited(version, contentBefore, "phraseGuide", by);
        LOG.info(() -> "handbook version " + number + ": phrase guide edited by " + by);
        return view(version);
    }

    private void contentEdited(HandbookVersion version, String before, String part, String by) {
        audit.record(AuditEvent.of(by, "HANDBOOK_EDITED", VERSION, version.number()).change("part", null, part)
                .change("contentSha256", Sha256.hex(before), Sha256.hex(version.content())));
    }

    private void statusChanged(HandbookVersion version, HandbookVersion.Status before, String action, String by) {
        audit.record(AuditEvent.of(by, action, VERSION, version.number()).change("status", before, version.status()));
    }

    private static void checkTexts(String field, Map<String, String> texts, int max,
                                   List<org.chantilly.platform.api.FieldError> errors) {
        if (texts == null || texts.get("en") == null || texts.get("en").isBlank()) {
            errors.add(org.chantilly.platform.api.FieldError.of(field + ".en", HandbookMessage.ENGLISH_REQUIRED));
            return;
        }
        texts.forEach((language, value) -> {
            if (!HandbookContent.LANGUAGES.contains(language)) {
                errors.add(org.chantilly.platform.api.FieldError.of(field + "." + language,
                        HandbookMessage.NOT_A_LANGUAGE, HandbookContent.LANGUAGES));
            } else if (value == null || value.length() > max) {
                errors.add(org.chantilly.platform.api.FieldError.of(field + "." + language,
                        HandbookMessage.TEXT_TOO_LONG, max));
            }
        });
    }

    @Override
    public VersionView editPolicy(int number, Map<String, String> values, String by) {
        HandbookVersion version = draft(number);
        Map<String, String> merged = new LinkedHashMap<>(policy(version));
        List<org.chantilly.platform.api.FieldError> missing = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            } else if (PolicyRules.optional(key)) {
                merged.remove(key);
            } else {
                missing.add(org.chantilly.platform.api.FieldError.of(key, HandbookMessage.POLICY_REQUIRED));
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        var errors = PolicyRules.check(merged);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, String> previous = policy(version);
        version.replacePolicy(json(merged));
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        merged.forEach((key, value) -> {
            if (!value.equals(previous.get(key))) {
                before.put(key, previous.get(key));
                after.put(key, value);
            }
        });
        previous.keySet().stream().filter(key -> !merged.containsKey(key)).forEach(key -> {
            before.put(key, previous.get(key));
            after.put(key, null);
        });
        audit.record(AuditEvent.of(by, "HANDBOOK_POLICY_CHANGED", VERSION, number).before(before).after(after));
        LOG.info(() -> "handbook version " + number + ": policy values " + values.keySet() + " changed by " + by);
        return view(version);
    }

    @Override
    public void submit(int number, String by) {
        HandbookVersion version = draft(number);
        HandbookVersion.Status before = version.status();
        version.submit(by, now());
        statusChanged(version, before, "HANDBOOK_SUBMITTED", by);
        submitted.fire(new HandbookSubmitted(number, by));
        LOG.info(() -> "handbook version " + number + " submitted by " + by);
    }

    @Override
    public void resubmit(int number, String by) {
        HandbookVersion version = draft(number);
        HandbookVersion.Status before = version.status();
        version.submit(by, now());
        statusChanged(version, before, "HANDBOOK_RESUBMITTED", by);
        LOG.info(() -> "handbook version " + number + " resubmitted by " + by);
    }

    @Override
    public void sendBack(int number, String comment, String by) {
        HandbookVersion version = existing(number);
        HandbookVersion.Status before = version.status();
        String submitter = version.submittedBy();
        version.sendBack(by, comment, now());
        statusChanged(version, before, "HANDBOOK_SENT_BACK", by);
        // the owner who wrote it and the one who submitted it revise it; the comment stays on the draft's page
        Set<String> owners = new TreeSet<>();
        Stream.of(version.createdBy(), submitter).filter(Objects::nonNull)
                .filter(owner -> !owner.equals(by)).forEach(owners::add);
        owners.forEach(owner -> notifications.notify(owner, NotificationKind.DRAFT_SENT_BACK,
                Map.of("version", String.valueOf(number), "by", by), Notifications.draftPage(number)));
        LOG.info(() -> "handbook version " + number + " sent back by " + by);
    }

    @Override
    public SigningSchedule publish(int number, Instant effectiveFrom, String by) {
        HandbookVersion version = existing(number);
        Instant effective = effectiveFrom.isBefore(now()) ? now() : effectiveFrom;
        HandbookVersion.Status before = version.status();
        version.publish(by, effective, now());
        audit.record(AuditEvent.of(by, "HANDBOOK_PUBLISHED", VERSION, number).change("status", before, version.status())
                .change("effectiveFrom", null, effective).change("contentSha256", null, Sha256.hex(version.content())));
        ServicePolicy policy = PolicyRules.policyOf(policy(version));
        Instant deadline = effective.plus(policy.signingPeriod());
        LOG.info(() -> "handbook version " + number + " published by " + by + ", in force from " + effective);
        return new SigningSchedule(deadline.minus(policy.signingReminderBefore()), deadline);
    }

    @Override
    public Comparison compare(int from, int to) {
        HandbookVersion before = existing(from);
        HandbookVersion after = existing(to);
        HandbookContent a = HandbookContent.parse(before.content());
        HandbookContent b = HandbookContent.parse(after.content());
        List<SectionChange> sections = new ArrayList<>();
        for (HandbookContent.Section section : b.sections()) {
            HandbookContent.Section old = a.section(section.key()).orElse(null);
            for (String language : HandbookContent.LANGUAGES) {
                String was = old == null ? null : old.title().get(language) + "\n\n" + old.text().get(language);
                String is = section.title().get(language) + "\n\n" + section.text().get(language);
                if (!is.equals(was)) {
                    sections.add(new SectionChange(section.key(), language, was, is));
                }
            }
        }
        Map<String, String> x = policy(before);
        Map<String, String> y = policy(after);
        Set<String> keys = new TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        List<ValueChange> values = keys.stream().filter(k -> !Objects.equals(x.get(k), y.get(k)))
                .map(k -> new ValueChange(k, x.get(k), y.get(k))).toList();
        return new Comparison(from, to, sections, textChanges(a, b), values);
    }

    /** The wordings, handling advice and phrase guide that differ, language by language, in the newer one's order. */
    static List<TextChange> textChanges(HandbookContent a, HandbookContent b) {
        List<TextChange> changes = new ArrayList<>();
        for (String kind : HandbookContent.TEXT_KINDS) {
            for (String key : b.textKeys(kind)) {
                Map<String, String> was = a.textKeys(kind).contains(key) ? a.text(kind, key) : Map.of();
                Map<String, String> is = b.text(kind, key);
                for (String language : HandbookContent.LANGUAGES) {
                    if (!Objects.equals(is.get(language), was.get(language))) {
                        changes.add(new TextChange(kind, key, language, was.get(language), is.get(language)));
                    }
                }
            }
        }
        for (String language : HandbookContent.LANGUAGES) {
            ServicePolicy.PhraseGuide was = a.phraseGuide(language);
            ServicePolicy.PhraseGuide is = b.phraseGuide(language);
            String rulesBefore = String.join("\n", was.rules());
            String rulesAfter = String.join("\n", is.rules());
            if (!rulesAfter.equals(rulesBefore)) {
                changes.add(new TextChange(PHRASE_GUIDE, "rules", language, rulesBefore, rulesAfter));
            }
            String phrasesBefore = phraseLines(was);
            String phrasesAfter = phraseLines(is);
            if (!phrasesAfter.equals(phrasesBefore)) {
                changes.add(new TextChange(PHRASE_GUIDE, "phrases", language, phrasesBefore, phrasesAfter));
            }
        }
        return changes;
    }

    private static String phraseLines(ServicePolicy.PhraseGuide guide) {
        return guide.phrases().stream().map(p -> p.avoid() + " \u2192 " + p.instead())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public PhraseGuideTexts phraseGuideTexts(int number) {
        HandbookContent content = HandbookContent.parse(existing(number).content());
        return new PhraseGuideTexts(content.phraseGuideRules(), content.phraseGuidePhrases().stream()
                .map(p -> new PhraseTexts(p.get("avoid"), p.get("instead"))).toList());
    }

    @Override
    public String exportHtml(int number, String language) {
        HandbookVersion version = existing(number);
        String lang = HandbookContent.supported(language);
        HandbookContent content = HandbookContent.parse(version.content());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>Chantilly handbook, version ").append(number)
                .append("</title><style>body{font-family:sans-serif;max-width:45em;margin:2em auto;line-height:1.5}"
                        + "h2{page-break-after:avoid}section{page-break-inside:avoid}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style></head><body>")
                .append("<h1>Chantilly customer-service handbook</h1><p>Version ").append(number)
                .append(version.effectiveFrom() == null ? " (" + version.status() + ")"
                        : ", in force from " + version.effectiveFrom())
                .append("</p>");
        for (HandbookContent.Section section : content.sections()) {
            // what the handbook's authors wrote is isolated, so that a direction override stays within its text
            html.append("<section id=\"").append(Html.escape(section.key())).append("\"><h2>")
                    .append(Html.isolated(HandbookContent.pick(section.title(), lang))).append("</h2>");
            for (String paragraph : HandbookContent.pick(section.text(), lang).split("\n")) {
                html.append(paragraph.startsWith("- ") ? "<p>&bull; " + Html.isolated(paragraph.substring(2)) + "</p>"
                        : "<p>" + Html.isolated(paragraph) + "</p>");
            }
            html.append("</section>");
        }
        html.append("<section id=\"policy-values\"><h2>Policy values</h2><table><tr><th>value</th><th>setting</th></tr>");
        policy(version).forEach((key, value) -> html.append("<tr><td>").append(Html.escape(key)).append("</td><td>")
                .append(Html.isolated(value)).append("</td></tr>"));
        return html.append("</table></section></body></html>").toString();
    }

    @Override
    public SignatureView sign(int number, String language, String employee) {
        HandbookVersion inForce = inForceVersion();
        HandbookVersion version = existing(number);
        if (version.status() != HandbookVersion.Status.PUBLISHED || number < inForce.number()) {
            throw new ConflictException(HandbookMessage.VERSION_NOT_IN_FORCE, number, inForce.number());
        }
        String lang = HandbookContent.supported(language);
        Signature signature = repository.signature(number, employee).orElseGet(() -> {
            Signature added = repository.add(new Signature(number, employee, lang,
                    HandbookContent.parse(version.content()).hash(lang), now()));
            audit.record(AuditEvent.of(employee, "HANDBOOK_SIGNED", "SIGNATURE", number + "/" + employee)
                    .after(Map.of("version", number, "language", lang, "textSha256", added.textHash())));
            return added;
        });
        LOG.info(() -> "handbook version " + number + " signed by " + employee);
        return view(signature);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSignedVersionInForce(String employee) {
        return repository.signature(inForceVersion().number(), employee).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSigned(String employee, int version) {
        return repository.signature(version, employee).isPresent();
    }

    @Override
    public List<SignatureStatus> signatureStatus(List<String> branchCodes) {
        HandbookVersion inForce = inForceVersion();
        Map<String, Signature> signed = repository.signaturesOf(inForce.number()).stream()
                .collect(Collectors.toMap(Signature::employee, Function.identity(), (a, b) -> a));
        Instant deadline = inForce.effectiveFrom().plus(PolicyRules.policyOf(policy(inForce)).signingPeriod());
        Instant now = now();
        return organisation.activeStaff().stream()
                .filter(s -> SIGNING_ROLES.contains(s.role()))
                .filter(s -> branchCodes == null || (s.branchCode() != null && branchCodes.contains(s.branchCode())))
                .map(s -> {
                    Signature signature = signed.get(s.login());
                    return new SignatureStatus(s.login(), s.name(), s.role(), s.branchCode(), inForce.number(),
                            signature != null, signature == null ? null : signature.signedAt(), deadline,
                            signature == null && now.isAfter(deadline));
                })
                .toList();
    }

    @Override
    public int remindUnsigned(int number) {
        if (inForceVersion().number() != number) {
            return 0;
        }
        List<SignatureStatus> unsigned = signatureStatus(null).stream().filter(s -> !s.signed()).toList();
        unsigned.forEach(s -> {
            notifications.notify(s.employee(), NotificationKind.HANDBOOK_TO_SIGN,
                    Map.of("version", String.valueOf(number), "deadline", s.deadline().toString()),
                    Notifications.handbookPage());
            LOG.info(() -> "handbook version " + number + ": reminder to sign for " + s.employee());
        });
        return unsigned.size();
    }

    @Override
    public List<SignatureView> signaturesOf(String employee) {
        return repository.signaturesBy(employee).stream().map(HandbookService::view).toList();
    }

    @Override
    public SupplementView proposeSupplement(String branchCode, String title, String text, String by) {
        Supplement supplement = repository.add(new Supplement(branchCode, title, text, by, now()));
        audit.record(AuditEvent.of(by, "SUPPLEMENT_PROPOSED", "SUPPLEMENT", supplement.id())
                .after(Map.of("branchCode", branchCode, "status", supplement.status())));
        return view(supplement);
    }

    @Override
    public SupplementView decideSupplement(long id, boolean approve, String by) {
        Supplement supplement = repository.supplement(id)
                .orElseThrow(() -> new ResourceNotFoundException(HandbookMessage.SUPPLEMENT_NOT_FOUND));
        if (supplement.status() != Supplement.Status.PENDING) {
            throw new ConflictException(supplement.status() == Supplement.Status.APPROVED
                    ? HandbookMessage.SUPPLEMENT_APPROVED : HandbookMessage.SUPPLEMENT_REJECTED);
        }
        Supplement.Status before = supplement.status();
        supplement.decide(approve, by, now());
        audit.record(AuditEvent.of(by, approve ? "SUPPLEMENT_APPROVED" : "SUPPLEMENT_REJECTED", "SUPPLEMENT", id)
                .change("status", before, supplement.status()));
        return view(supplement);
    }

    @Override
    public List<SupplementView> supplements(List<String> branchCodes) {
        return repository.supplements().stream()
                .filter(s -> branchCodes == null || branchCodes.contains(s.branchCode()))
                .map(HandbookService::view).toList();
    }

    @Override
    public List<VersionSummary> takenEffectSince(Instant since) {
        Instant now = now();
        HandbookVersion inForce = inForceVersion();
        return repository.versions().stream()
                .filter(v -> v.status() == HandbookVersion.Status.PUBLISHED && v.effectiveFrom().isAfter(since)
                        && !v.effectiveFrom().isAfter(now))
                .map(v -> summary(v, inForce)).toList();
    }

    HandbookVersion inForceVersion() {
        return repository.inForceAt(now())
                .orElseThrow(() -> new IllegalStateException("no handbook version is in force"));
    }

    private HandbookVersion existing(int number) {
        return repository.version(number)
                .orElseThrow(() -> new ResourceNotFoundException(HandbookMessage.VERSION_NOT_FOUND, number));
    }

    private HandbookVersion draft(int number) {
        HandbookVersion version = existing(number);
        if (!version.editable()) {
            throw new ConflictException(HandbookMessage.VERSION_FIXED, number, version.status());
        }
        return version;
    }

    private VersionView view(HandbookVersion version) {
        HandbookContent content = HandbookContent.parse(version.content());
        List<SectionView> sections = content.sections().stream()
                .map(s -> new SectionView(s.key(), s.title(), s.text())).toList();
        Map<String, Map<String, Map<String, String>>> texts = new LinkedHashMap<>();
        for (String kind : HandbookContent.TEXT_KINDS) {
            Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
            content.textKeys(kind).forEach(key -> byKey.put(key, content.text(kind, key)));
            texts.put(kind, byKey);
        }
        Map<String, org.chantilly.handbook.api.ServicePolicy.PhraseGuide> guides = new LinkedHashMap<>();
        HandbookContent.LANGUAGES.forEach(language -> guides.put(language, content.phraseGuide(language)));
        return new VersionView(summary(version, inForceVersion()), sections, texts, guides, policy(version));
    }

    private static VersionSummary summary(HandbookVersion v, HandbookVersion inForce) {
        return new VersionSummary(v.number(), v.status().name(), v.effectiveFrom(), v.number() == inForce.number(),
                v.createdBy(), v.createdAt(), v.submittedBy(), v.submittedAt(), v.decidedBy(), v.decidedAt(),
                v.reviewComment());
    }

    private static SignatureView view(Signature s) {
        return new SignatureView(s.versionNumber(), s.employee(), s.language(), s.textHash(), s.signedAt());
    }

    private static SupplementView view(Supplement s) {
        return new SupplementView(s.id(), s.branchCode(), s.title(), s.text(), s.status().name(), s.proposedBy(),
                s.proposedAt(), s.decidedBy(), s.decidedAt());
    }

    /** A version's policy values, key by key. */
    static Map<String, String> policy(HandbookVersion version) {
        try (var reader = Json.createReader(new StringReader(version.policy()))) {
            JsonObject values = reader.readObject();
            Map<String, String> map = new LinkedHashMap<>();
            values.forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
            return map;
        }
    }

    static String json(Map<String, String> values) {
        var builder = Json.createObjectBuilder();
        values.forEach(builder::add);
        return builder.build().toString();
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
