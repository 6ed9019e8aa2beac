package org.chantilly.intake.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.AcknowledgementFailedException;
import org.chantilly.intake.api.AttachmentContent;
import org.chantilly.intake.api.AttachmentUpload;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintUpdated;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.IdempotencyKeyReusedException;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.NeutralGreeting;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.api.PurchaseDetails;
import org.chantilly.intake.domain.AcknowledgementFailures;
import org.chantilly.intake.domain.AcknowledgementSender;
import org.chantilly.intake.domain.Attachment;
import org.chantilly.intake.domain.AttachmentData;
import org.chantilly.intake.domain.AttachmentPolicy;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.intake.domain.ContactDetails;
import org.chantilly.intake.domain.IdempotentRequest;
import org.chantilly.intake.domain.Purchase;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.BusinessCalendar;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.StaffInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records complaints. The complaint row, its reference number, its idempotency key and everything the synchronous
 * observers of {@link ComplaintReceived} do (starting its process) share one JTA transaction: all of it or none.
 */
@ApplicationScoped
@Transactional
public class ComplaintIntakeService implements ComplaintIntake {

    private static final Logger LOG = Logger.getLogger(ComplaintIntakeService.class.getName());

    private final ComplaintRepository complaints;
    private final Organisation organisation;
    private final ServicePolicy policy;
    private final AcknowledgementSender sender;
    private final AcknowledgementFailures failures;
    private final Event<ComplaintReceived> received;
    private final Event<ComplaintUpdated> updated;
    /** Every change is audited (without the customer's personal values). */
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * How many acknowledgements of public-form complaints one address (email, or phone for SMS) gets within a day;
     * beyond it the complaint is recorded and its acknowledgement withheld, so the form cannot be used to mail anyone
     * over and over from the retailer's domain.
     */
    @Inject
    @ConfigProperty(name = "chantilly.public-form.acknowledgements-per-recipient-per-day", defaultValue = "3")
    int acknowledgementsPerRecipientPerDay = 3;

    @Inject
    public ComplaintIntakeService(ComplaintRepository complaints, Organisation organisation, ServicePolicy policy,
                           AcknowledgementSender sender, AcknowledgementFailures failures,
                           Event<ComplaintReceived> received, Event<ComplaintUpdated> updated, AuditTrail audit,
                           Clock clock) {
        this.complaints = complaints;
        this.organisation = organisation;
        this.policy = policy;
        this.sender = sender;
        this.failures = failures;
        this.received = received;
        this.updated = updated;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ComplaintIntakeService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public Receipt receive(NewComplaint form, String receivedBy, String idempotencyKey, String requestHash) {
        return receive(form, receivedBy, receivedBy, idempotencyKey, requestHash);
    }

    @Override
    public Receipt receive(NewComplaint form, String receivedBy, String keyOwner, String idempotencyKey,
                           String requestHash) {
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = receiptFor(keyOwner, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        BranchInfo branch = organisation.branch(form.branchCode()).filter(BranchInfo::active)
                .orElseThrow(() -> new InvalidInputException("branchCode", PlatformMessage.NO_ACTIVE_BRANCH));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        var customer = form.customer();
        String language = customer.preferredLanguage() == null ? branch.language() : customer.preferredLanguage();
        ContactDetails contact = new ContactDetails(customer.name(), customer.email(), customer.phone(),
                customer.postalAddress(), language, customer.consentToContact());
        Purchase purchase = form.purchase() == null ? null : new Purchase(form.purchase().item(),
                form.purchase().price(), form.purchase().purchaseDate(), form.purchase().receiptPresent(),
                form.purchase().receiptNumber());
        if (form.purchase() != null && form.purchase().purchaseDate() != null
                && form.purchase().purchaseDate().isAfter(now.atZone(branch.timeZone()).toLocalDate())) {
            throw new InvalidInputException("purchase.purchaseDate", PlatformMessage.NOT_IN_FUTURE);
        }
        ComplaintReference reference = complaints.nextReference(branch.code(), now.atZone(branch.timeZone()).getYear());
        Duration responseTime = policy.expectedResponseTime(form.channel());
        Instant due = dueBy(branch, now, responseTime);
        String template = withResponseBy(policy.acknowledgementWording(form.channel(), language), language);
        if (WEB_FORM.equals(receivedBy)) {
            // the public form's name is whatever anyone typed: the mail must not carry it to the address given
            template = NeutralGreeting.of(template, language);
        }
        String wording = fill(template,
                Map.of("{customer}", customer.name(), "{reference}", reference.toString(),
                        "{responseTime}", describe(responseTime, language),
                        "{responseBy}", describeDue(due, responseTime, branch.timeZone(), language)));
        Complaint complaint = Complaint.receive(reference, new Complaint.Form(branch.code(), form.channel(), contact,
                        form.customerType(), form.category(), form.severity(), form.description(),
                        form.customerRequest(), purchase),
                now, receivedBy, due, wording);
        complaints.sameCustomerSince(contact.emailKey(), contact.phoneKey(), now.minus(policy.duplicateWindow()))
                .stream().filter(complaint::resembles).findFirst()
                .ifPresent(earlier -> complaint.flagPossibleDuplicateOf(earlier, now));
        complaints.add(complaint);
        if (idempotencyKey != null) {
            complaints.addIdempotentRequest(new IdempotentRequest(keyOwner, idempotencyKey, requestHash,
                    reference.toString(), now));
        }
        Map<String, Object> facts = new TreeMap<>();
        facts.put("branchCode", complaint.branchCode());
        facts.put("channel", complaint.channel());
        facts.put("category", complaint.category());
        facts.put("severity", complaint.severity());
        facts.put("customerType", complaint.customerType());
        facts.put("status", complaint.status());
        facts.put("expectedResponseBy", complaint.expectedResponseBy());
        facts.put("possibleDuplicateOf", complaint.possibleDuplicateOf());
        audit.record(AuditEvent.of(receivedBy, "COMPLAINT_RECEIVED", "COMPLAINT", reference).about(reference.toString())
                .after(facts));
        received.fire(new ComplaintReceived(complaint.id(), reference.toString(), complaint.channel()));
        LOG.info(() -> "complaint " + reference + " received via " + form.channel() + " by " + receivedBy
                + (complaint.possibleDuplicateOf() == null ? "" : ", possible duplicate of " + complaint.possibleDuplicateOf()));
        return new Receipt(toView(complaint, ownLanguage(receivedBy)), false);
    }

    @Override
    public Optional<Receipt> receiptFor(String receivedBy, String idempotencyKey, String requestHash) {
        return complaints.idempotentRequest(receivedBy, idempotencyKey).map(request -> {
            if (!request.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return new Receipt(find(request.reference(), ownLanguage(receivedBy)).orElseThrow(), true);
        });
    }

    @Override
    public Optional<ComplaintView> find(String reference, String adviceLanguage) {
        return load(reference).map(c -> toView(c, adviceLanguage));
    }

    /** An employee's own language (their staff record), or {@code null} for anyone else (the web form). */
    private String ownLanguage(String login) {
        return organisation.staff(login).map(StaffInfo::language).orElse(null);
    }

    @Override
    public Optional<String> branchOf(String reference) {
        return ComplaintReference.parse(reference).flatMap(complaints::branchOf);
    }

    @Override
    public ComplaintPage search(ComplaintQuery query) {
        return complaints.search(query);
    }

    @Override
    public long countUpToLimit(ComplaintQuery query) {
        return complaints.countUpToLimit(query);
    }

    @Override
    public List<ComplaintListItem> page(ComplaintQuery query) {
        return complaints.items(query);
    }

    @Override
    public List<ComplaintListItem> customerHistory(String reference, List<String> branches) {
        Complaint complaint = existing(reference);
        return complaints.sameCustomer(complaint.customer().emailKey(), complaint.customer().phoneKey(), branches, 50)
                .stream().filter(item -> !item.reference().equals(reference)).toList();
    }

    @Override
    public ComplaintView decideDuplicate(String reference, boolean confirm, String decidedBy) {
        Complaint complaint = forChange(reference);
        String duplicateOf = complaint.possibleDuplicateOf();
        complaint.decideDuplicate(confirm, decidedBy, now());
        audit.record(AuditEvent.of(decidedBy, confirm ? "DUPLICATE_CONFIRMED" : "DUPLICATE_DISMISSED", "COMPLAINT",
                reference).about(reference).change("possibleDuplicateOf", duplicateOf, complaint.possibleDuplicateOf()));
        updated.fire(new ComplaintUpdated(complaint.id(), reference, confirm ? "DUPLICATE_CONFIRMED" : "DUPLICATE_DISMISSED"));
        return toView(complaint, ownLanguage(decidedBy));
    }

    @Override
    public ComplaintView.AttachmentInfo addAttachment(String reference, AttachmentUpload upload, String addedBy) {
        Complaint complaint = forChange(reference);
        AttachmentPolicy.check(upload.fileName(), upload.contentType(), upload.content());
        Attachment attachment = complaint.attach(upload.fileName(), upload.contentType(), upload.content().length,
                now(), addedBy);
        complaints.flush();
        complaints.addAttachmentData(new AttachmentData(attachment.id(), upload.content()));
        audit.record(AuditEvent.of(addedBy, "ATTACHMENT_ADDED", "ATTACHMENT", attachment.id()).about(reference)
                .after(Map.of("contentType", upload.contentType(), "bytes", (long) upload.content().length)));
        updated.fire(new ComplaintUpdated(complaint.id(), reference, "ATTACHMENT_ADDED"));
        return toInfo(attachment);
    }

    @Override
    public Optional<AttachmentContent> attachment(String reference, long attachmentId) {
        return load(reference).flatMap(c -> c.attachments().stream().filter(a -> a.id() == attachmentId).findFirst())
                .flatMap(a -> complaints.attachmentData(a.id())
                        .map(data -> new AttachmentContent(a.fileName(), a.contentType(), data.content())));
    }

    @Override
    public void acknowledge(String reference) {
        Complaint complaint = existing(reference);
        if (complaint.acknowledgedAt() != null || withheld(complaint)) {
            return;
        }
        if (WEB_FORM.equals(complaint.receivedBy())
                && complaint.acknowledgementKind() == Complaint.AcknowledgementKind.MESSAGE
                && recipientHadEnough(complaint)) {
            withhold(reference);
            return;
        }
        try {
            sender.send(complaint, acknowledgementSubject(complaint.reference().toString(),
                    complaint.customer().preferredLanguage()), complaint.acknowledgementText());
        } catch (AcknowledgementSender.NotSent e) {
            LOG.warning(() -> "acknowledgement of " + reference + " not sent: " + e.getMessage());
            failures.record(complaint.id(), now(), e.getMessage());
            throw new AcknowledgementFailedException(e.getMessage());
        }
        // sent: now the complaint is locked for the update (not while the mail server talks), and re-read
        complaint = forChange(reference);
        if (complaint.acknowledgedAt() != null) {
            return;
        }
        ComplaintStatus before = complaint.status();
        complaint.acknowledge(now(), "system");
        audit.record(AuditEvent.of(AuditEvent.SYSTEM, "COMPLAINT_ACKNOWLEDGED", "COMPLAINT", reference).about(reference)
                .change("status", before, complaint.status()).change("acknowledgedAt", null, complaint.acknowledgedAt()));
        updated.fire(new ComplaintUpdated(complaint.id(), reference, "ACKNOWLEDGED"));
        LOG.info(() -> "complaint " + reference + " acknowledged");
    }

    /** The history action of an acknowledgement withheld by the per-recipient limit. */
    static final String ACKNOWLEDGEMENT_WITHHELD = "ACKNOWLEDGEMENT_WITHHELD";

    private static boolean withheld(Complaint complaint) {
        return complaint.history().stream().anyMatch(e -> e.action().equals(ACKNOWLEDGEMENT_WITHHELD));
    }

    /**
     * Whether the address the acknowledgement would go to (the email address, or for a customer without one the phone
     * through the SMS gateway) got its day's acknowledgements of public-form complaints already.
     */
    private boolean recipientHadEnough(Complaint complaint) {
        boolean email = complaint.channel() != org.chantilly.platform.api.Channel.SMS && complaint.customer().hasEmail();
        String emailKey = email ? complaint.customer().emailKey() : null;
        String phoneKey = email ? null : complaint.customer().phoneKey();
        if (emailKey == null && phoneKey == null) {
            return false; // nowhere to send: the sender says so
        }
        return complaints.acknowledgedSince(WEB_FORM, emailKey, phoneKey, now().minus(Duration.ofDays(1)))
                >= acknowledgementsPerRecipientPerDay;
    }

    /** Records in the history (and the audit trail) that the acknowledgement was not sent, and why. */
    private void withhold(String reference) {
        Complaint complaint = forChange(reference);
        if (withheld(complaint) || complaint.acknowledgedAt() != null) {
            return;
        }
        complaint.recordStep(ACKNOWLEDGEMENT_WITHHELD, now(), AuditEvent.SYSTEM, "not sent: the customer's address "
                + "had " + acknowledgementsPerRecipientPerDay + " acknowledgements of web-form complaints within a "
                + "day already (chantilly.public-form.acknowledgements-per-recipient-per-day); contact the customer "
                + "yourself if the complaint is genuine");
        audit.record(AuditEvent.of(AuditEvent.SYSTEM, ACKNOWLEDGEMENT_WITHHELD, "COMPLAINT", reference).about(reference)
                .after(Map.of("limitPerDay", (long) acknowledgementsPerRecipientPerDay)));
        updated.fire(new ComplaintUpdated(complaint.id(), reference, ACKNOWLEDGEMENT_WITHHELD));
        LOG.warning(() -> "acknowledgement of " + reference + " withheld: its address reached the daily limit of "
                + acknowledgementsPerRecipientPerDay + " web-form acknowledgements");
    }

    @Override
    public void advance(String reference, ComplaintStatus status, String actor, String details) {
        Complaint complaint = forChange(reference);
        ComplaintStatus before = complaint.status();
        complaint.advance(status, now(), actor, details);
        audit.record(AuditEvent.of(actor, "COMPLAINT_" + status.name(), "COMPLAINT", reference).about(reference)
                .change("status", before, status));
        updated.fire(new ComplaintUpdated(complaint.id(), reference, status.name()));
        LOG.info(() -> "complaint " + reference + " " + status);
    }

    @Override
    public void message(String reference, String text) {
        Complaint complaint = existing(reference);
        try {
            sender.send(complaint, "Chantilly " + complaint.reference(), text);
        } catch (AcknowledgementSender.NotSent e) {
            LOG.warning(() -> "message about " + reference + " not sent: " + e.getMessage());
            throw new AcknowledgementFailedException(e.getMessage());
        }
        LOG.info(() -> "complaint " + reference + ": message sent to the customer");
    }

    @Override
    public void recordStep(String reference, String action, String actor, String details) {
        forChange(reference).recordStep(action, now(), actor, details);
        LOG.info(() -> "complaint " + reference + ": " + action);
    }

    /** The promised answer in the branch's business time; in calendar time for a branch without opening hours. */
    static Instant dueBy(BranchInfo branch, Instant received, Duration responseTime) {
        return BusinessCalendar.due(branch, received, responseTime);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Optional<Complaint> load(String reference) {
        return ComplaintReference.parse(reference).flatMap(complaints::findByReference);
    }

    /**
     * The complaint, locked until the transaction ends: changes of one complaint (an employee's decision, the
     * acknowledgement job, a timer) wait for each other instead of failing on its version.
     */
    private Complaint forChange(String reference) {
        return ComplaintReference.parse(reference).flatMap(complaints::findForChange)
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
    }

    private Complaint existing(String reference) {
        return load(reference).orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
    }

    /**
     * Singular and plural of "working day" and "opening hour" in the languages the wording comes in, in the form the
     * wording needs (Finnish "... kuluessa" and Russian "в течение ..." take the genitive); else English.
     */
    private static final Map<String, String[]> UNITS = Map.of(
            "en", new String[] {"working day", "working days", "opening hour", "opening hours"},
            "de", new String[] {"Werktag", "Werktagen", "Geschäftsstunde", "Geschäftsstunden"},
            "sv", new String[] {"arbetsdag", "arbetsdagar", "öppettimme", "öppettimmar"},
            "fi", new String[] {"työpäivän", "työpäivän", "aukiolotunnin", "aukiolotunnin"},
            "ru", new String[] {"рабочего дня", "рабочих дней", "рабочего часа", "рабочих часов"});

    /** A business-time duration as people say it, in the customer's language: working days, else opening hours. */
    static String describe(Duration duration, String language) {
        String[] units = UNITS.get(supportedLanguage(language));
        long days = duration.toDays();
        if (days > 0 && duration.equals(Duration.ofDays(days))) {
            return days + " " + (days == 1 ? units[0] : units[1]);
        }
        long hours = Math.max(1, duration.toHours());
        return hours + " " + (hours == 1 ? units[2] : units[3]);
    }

    /**
     * The sentence that gives the expected response date where the handbook's wording has no {@code {responseBy}} of
     * its own (wordings of handbook versions written before it existed), in the wording's languages; else English.
     */
    private static final Map<String, String> RESPONSE_BY_SENTENCES = Map.of(
            "en", "You will have an answer by {responseBy}.",
            "de", "Sie erhalten Ihre Antwort bis zum {responseBy}.",
            "sv", "Ni får svar senast {responseBy}.",
            "fi", "Saatte vastauksen viimeistään {responseBy}.",
            "ru", "Вы получите ответ не позднее {responseBy}.");

    /** The acknowledgement mail's subject with the complaint's reference, in the languages the wording comes in. */
    private static final Map<String, String> ACKNOWLEDGEMENT_SUBJECTS = Map.of(
            "en", "We have received your complaint {reference}",
            "de", "Wir haben Ihre Beschwerde {reference} erhalten",
            "sv", "Vi har tagit emot ert klagomål {reference}",
            "fi", "Olemme vastaanottaneet valituksenne {reference}",
            "ru", "Мы получили Вашу жалобу {reference}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    /** The primary language of a tag ({@code sv-FI} → {@code sv}) if the wordings come in it, else English. */
    static String supportedLanguage(String language) {
        String primary = language == null ? "en" : language.split("-")[0].toLowerCase(Locale.ROOT);
        return UNITS.containsKey(primary) ? primary : "en";
    }

    /** The acknowledgement mail's subject in the customer's language (English for a language without wordings). */
    static String acknowledgementSubject(String reference, String language) {
        return ACKNOWLEDGEMENT_SUBJECTS.get(supportedLanguage(language)).replace("{reference}", reference);
    }

    /**
     * When the answer is due, as the customer reads it: the date in the customer's language (its region's form, e.g.
     * {@code en-GB}, where given) and in the branch's time zone, with the time of day when the response time is
     * shorter than a day.
     */
    static String describeDue(Instant due, Duration responseTime, ZoneId zone, String language) {
        String supported = supportedLanguage(language);
        Locale requested = language == null ? Locale.ROOT : Locale.forLanguageTag(language);
        Locale locale = requested.getLanguage().equals(supported) ? requested : Locale.forLanguageTag(supported);
        DateTimeFormatter format = responseTime.compareTo(Duration.ofDays(1)) < 0
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
        return format.withLocale(locale).format(due.atZone(zone));
    }

    /**
     * The wording as the handbook has it when it places {@code {responseBy}} itself; else with a sentence of its own
     * that gives the date, after the sentence that names {@code {responseTime}} (at the end without one).
     */
    static String withResponseBy(String wording, String language) {
        if (wording.contains("{responseBy}")) {
            return wording;
        }
        String sentence = RESPONSE_BY_SENTENCES.get(supportedLanguage(language));
        int from = wording.indexOf("{responseTime}");
        if (from >= 0) {
            Matcher end = Pattern.compile("[.!?](?=\\s|$)").matcher(wording);
            if (end.find(from)) {
                return wording.substring(0, end.end()) + " " + sentence + wording.substring(end.end());
            }
        }
        return wording.isBlank() ? sentence : wording.stripTrailing() + " " + sentence;
    }

    /** Fills the placeholders in one pass: a value (a customer's name) that looks like a placeholder stays as it is. */
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(
                match -> Matcher.quoteReplacement(values.getOrDefault(match.group(), match.group())));
    }

    /** The complaint as clients read it, with the handling advice in {@code adviceLanguage} (English for null). */
    ComplaintView toView(Complaint c, String adviceLanguage) {
        var customer = c.customer();
        boolean noPurchase = c.purchase() == null || (c.purchase().item() == null && c.purchase().price() == null
                && c.purchase().receiptNumber() == null && c.purchase().date() == null);
        var purchase = noPurchase ? null : new PurchaseDetails(c.purchase().item(), c.purchase().price(),
                c.purchase().date(), c.purchase().receiptPresent(), c.purchase().receiptNumber());
        String ackStatus = c.acknowledgedAt() != null ? "SENT" : withheld(c) ? "WITHHELD"
                : c.history().stream().anyMatch(e -> e.action().equals("ACKNOWLEDGEMENT_FAILED")) ? "FAILED" : "PENDING";
        return new ComplaintView(c.reference().toString(), c.status(), c.channel(), c.branchCode(), c.receivedAt(),
                c.receivedBy(),
                new CustomerDetails(customer.name(), customer.email(), customer.phone(),
                        customer.postalAddress(), customer.preferredLanguage(), customer.consentToContact()),
                c.customerType(), policy.handlingAdvice(c.customerType(), adviceLanguage == null ? "en" : adviceLanguage),
                c.category(), c.severity(), c.description(), c.customerRequest(), purchase, c.expectedResponseBy(),
                new ComplaintView.Acknowledgement(c.acknowledgementKind().name(), ackStatus, c.acknowledgementText(),
                        c.acknowledgedAt()),
                c.possibleDuplicateOf() == null ? null
                        : new ComplaintView.DuplicateFlag(c.possibleDuplicateOf(), c.duplicateStatus().name()),
                c.attachments().stream().map(ComplaintIntakeService::toInfo).toList(),
                c.history().stream().map(e -> new ComplaintView.HistoryEntry(e.at(), e.actor(), e.action(), e.details()))
                        .toList());
    }

    private static ComplaintView.AttachmentInfo toInfo(Attachment a) {
        return new ComplaintView.AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.size(), a.addedAt(), a.addedBy());
    }

}
