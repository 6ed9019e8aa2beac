package org.chantilly.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.PersonalValues;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.Text;

/**
 * A customer's complaint as recorded on the one complaint form: the aggregate root of intake. Every change appends
 * to its history.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.findByReference", query = "select c from Complaint c where c.reference = :reference")
public class Complaint {

    /** Descriptions at least this alike (and from the same customer) make a possible duplicate. */
    public static final double DUPLICATE_SIMILARITY = 0.5;

    /** How an acknowledgement reaches the customer. */
    public enum AcknowledgementKind {
        /** An email (EMAIL, WEB) or an SMS (SMS, WEB without email), sent and retried until it goes out. */
        MESSAGE,
        /** A printable letter in the customer's language (LETTER). */
        LETTER,
        /** The words the employee says (IN_PERSON, PHONE). */
        SCRIPT
    }

    /** Where a possible-duplicate flag stands. */
    public enum DuplicateStatus {
        FLAGGED, CONFIRMED, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_id")
    @SequenceGenerator(name = "complaint_id", sequenceName = "complaint_id_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = ComplaintReferenceConverter.class)
    @Column(name = "reference", nullable = false, unique = true, updatable = false, length = 32)
    private ComplaintReference reference;

    @Column(name = "branch_code", nullable = false, updatable = false, length = 6)
    private String branchCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Embedded
    private ContactDetails customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType customerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private Severity severity;

    @Column(name = "description", nullable = false, length = 8000)
    private String description;

    @Column(name = "customer_request", length = 2000)
    private String customerRequest;

    @Embedded
    private Purchase purchase;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ComplaintStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 64)
    private String receivedBy;

    @Column(name = "expected_response_by", nullable = false)
    private Instant expectedResponseBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_kind", nullable = false, length = 16)
    private AcknowledgementKind acknowledgementKind;

    @Column(name = "ack_text", nullable = false, length = 4000)
    private String acknowledgementText;

    @Column(name = "ack_sent_at")
    private Instant acknowledgedAt;

    @Column(name = "duplicate_of", length = 32)
    private String possibleDuplicateOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_status", length = 16)
    private DuplicateStatus duplicateStatus;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ComplaintEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Complaint() {
        // for JPA
    }

    /** What the form says, checked before a complaint is created from it. */
    public record Form(String branchCode, Channel channel, ContactDetails customer, CustomerType customerType,
                       ComplaintCategory category, Severity severity, String description, String customerRequest,
                       Purchase purchase) {
    }

    /**
     * Records a complaint. The contact details it needs depend on the channel: an email complaint needs an email
     * address, a phone or SMS complaint a phone number, a letter a postal address, a web complaint an email or phone.
     *
     * @param acknowledgementText the wording of the acknowledgement, already filled in
     * @throws InvalidInputException naming each missing field
     */
    public static Complaint receive(ComplaintReference reference, Form form, Instant receivedAt, String receivedBy,
                                    Instant expectedResponseBy, String acknowledgementText) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(form.channel(), "channel");
        Objects.requireNonNull(form.customer(), "customer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        List<FieldError> missing = new ArrayList<>(missingContactDetails(form.channel(), form.customer()));
        if (Text.isBlank(form.description())) {
            missing.add(FieldError.of("description", PlatformMessage.NOT_BLANK));
        }
        if (form.purchase() != null && form.purchase().receiptPresent() && form.purchase().receiptNumber() == null) {
            missing.add(FieldError.of("purchase.receiptNumber", IntakeMessage.RECEIPT_NUMBER_REQUIRED));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Complaint complaint = new Complaint();
        complaint.reference = reference;
        complaint.branchCode = reference.branchCode();
        complaint.channel = form.channel();
        complaint.customer = form.customer();
        complaint.customerType = form.customerType() == null ? CustomerType.UNKNOWN : form.customerType();
        complaint.category = form.category() == null ? ComplaintCategory.OTHER : form.category();
        complaint.severity = form.severity() == null ? Severity.MEDIUM : form.severity();
        complaint.description = form.description();
        complaint.customerRequest = form.customerRequest();
        complaint.purchase = form.purchase();
        complaint.receivedAt = receivedAt;
        complaint.receivedBy = receivedBy;
        complaint.expectedResponseBy = Objects.requireNonNull(expectedResponseBy, "expectedResponseBy");
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.acknowledgementKind = acknowledgementKindFor(form.channel());
        complaint.acknowledgementText = Objects.requireNonNull(acknowledgementText, "acknowledgementText");
        complaint.record(receivedAt, receivedBy, "RECEIVED", "via " + form.channel());
        if (complaint.acknowledgementKind != AcknowledgementKind.MESSAGE) {
            complaint.acknowledge(receivedAt, receivedBy);
        }
        return complaint;
    }

    /** The contact details a channel requires and the form lacks (the rule of {@link CustomerDetails}). */
    static List<FieldError> missingContactDetails(Channel channel, ContactDetails customer) {
        return CustomerDetails.missingContactDetails(channel, customer.email(), customer.phone(),
                customer.postalAddress());
    }

    static AcknowledgementKind acknowledgementKindFor(Channel channel) {
        return switch (channel) {
            case EMAIL, WEB, SMS -> AcknowledgementKind.MESSAGE;
            case LETTER -> AcknowledgementKind.LETTER;
            case IN_PERSON, PHONE -> AcknowledgementKind.SCRIPT;
        };
    }

    /**
     * Whether this complaint may repeat an earlier one: the same customer (email or phone) and either the same
     * purchase or a very similar description.
     */
    public boolean resembles(Complaint earlier) {
        if (earlier == this || earlier.reference.equals(reference)) {
            return false;
        }
        boolean sameCustomer = (customer.emailKey() != null && customer.emailKey().equals(earlier.customer.emailKey()))
                || (customer.phoneKey() != null && customer.phoneKey().equals(earlier.customer.phoneKey()));
        if (!sameCustomer) {
            return false;
        }
        return (purchase != null && purchase.sameAs(earlier.purchase))
                || DescriptionSimilarity.of(description, earlier.description) >= DUPLICATE_SIMILARITY;
    }

    public void flagPossibleDuplicateOf(Complaint earlier, Instant at) {
        possibleDuplicateOf = earlier.reference.toString();
        duplicateStatus = DuplicateStatus.FLAGGED;
        record(at, "system", "DUPLICATE_FLAGGED", "may repeat " + possibleDuplicateOf);
    }

    /** Staff decide the flag: confirm links this complaint to the earlier one, dismiss clears it. */
    public void decideDuplicate(boolean confirm, String by, Instant at) {
        if (duplicateStatus != DuplicateStatus.FLAGGED) {
            throw new ConflictException(IntakeMessage.NO_DUPLICATE_FLAG);
        }
        duplicateStatus = confirm ? DuplicateStatus.CONFIRMED : DuplicateStatus.DISMISSED;
        record(at, by, confirm ? "DUPLICATE_CONFIRMED" : "DUPLICATE_DISMISSED", possibleDuplicateOf);
    }

    public Attachment attach(String fileName, String contentType, long size, Instant at, String by) {
        Attachment attachment = new Attachment(this, fileName, contentType, size, at, by);
        attachments.add(attachment);
        record(at, by, "ATTACHMENT_ADDED", fileName + " (" + contentType + ", " + size + " bytes)");
        return attachment;
    }

    /** The customer has been told: the message went out, the letter was issued or the words were said. */
    public void acknowledge(Instant at, String by) {
        if (acknowledgedAt != null) {
            return;
        }
        acknowledgedAt = at;
        if (status == ComplaintStatus.RECEIVED) {
            status = ComplaintStatus.ACKNOWLEDGED;
        }
        record(at, by, "ACKNOWLEDGED", acknowledgementKind.name());
    }

    /** Moves the complaint to a later stage of its handling (the workflow decides which and when). */
    public void advance(ComplaintStatus to, Instant at, String by, String details) {
        status = to;
        record(at, by, to.name(), details);
    }

    /**
     * A step of the handling that leaves the status as it is (the outcome told, the customer's answer, a hand-back to
     * a lower tier), in the history.
     */
    public void recordStep(String action, Instant at, String by, String details) {
        record(Objects.requireNonNull(at, "at"), Objects.requireNonNull(by, "by"),
                Objects.requireNonNull(action, "action"), details);
    }

    /** Adds this complaint's personal values (the customer's, the receipt number, the file names) to the builder. */
    public void addPersonalValuesTo(PersonalValues.Builder values) {
        customer.addTo(values);
        if (purchase != null) {
            values.value(purchase.receiptNumber());
        }
        for (Attachment attachment : attachments) {
            values.value(attachment.fileName());
        }
    }

    /**
     * Replaces the customer's personal data by a pseudonym and keeps the complaint's facts: the name becomes the
     * pseudonym; email, phone and postal address are gone (the channel stays); the free texts (description, request,
     * purchased item, acknowledgement, history) keep their words but every occurrence of a personal value becomes the
     * pseudonym; the receipt number is gone (whether there was a receipt stays); attachments get neutral file names
     * (the caller deletes their bytes). Branch, channel, category, severity, dates, status and amounts stay, so
     * reports still count the complaint. The history records the erasure, without the values.
     *
     * @param values the values to take out: this customer's, from all their complaints
     * @param cause  why, e.g. {@code REQUEST} or {@code RETENTION}
     * @throws IllegalStateException when this complaint was erased before
     */
    public void erasePersonalData(String pseudonym, PersonalValues values, Instant at, String by, String cause) {
        if (personalDataErasedAt != null) {
            throw new IllegalStateException("personal data of " + reference + " already erased");
        }
        Objects.requireNonNull(pseudonym, "pseudonym");
        customer = customer.pseudonymised(pseudonym);
        description = values.scrub(description, pseudonym, 8000);
        customerRequest = values.scrub(customerRequest, pseudonym, 2000);
        if (purchase != null) {
            purchase = purchase.pseudonymised(text -> values.scrub(text, pseudonym, 200));
        }
        acknowledgementText = values.scrub(acknowledgementText, pseudonym, 4000);
        for (Attachment attachment : attachments) {
            attachment.pseudonymise();
        }
        for (ComplaintEvent event : history) {
            event.scrub(text -> values.scrub(text, pseudonym, 1000));
        }
        personalDataErasedAt = at;
        record(at, by, "PERSONAL_DATA_ERASED", cause);
    }

    /** When the customer's personal data was erased, or null while it is kept. */
    public Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }

    private void record(Instant at, String actor, String action, String details) {
        history.add(new ComplaintEvent(this, at, actor, action, details));
    }

    public Long id() {
        return id;
    }

    public ComplaintReference reference() {
        return reference;
    }

    public String branchCode() {
        return branchCode;
    }

    public Channel channel() {
        return channel;
    }

    public ContactDetails customer() {
        return customer;
    }

    public CustomerType customerType() {
        return customerType;
    }

    public ComplaintCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public String customerRequest() {
        return customerRequest;
    }

    public Purchase purchase() {
        return purchase;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant expectedResponseBy() {
        return expectedResponseBy;
    }

    public AcknowledgementKind acknowledgementKind() {
        return acknowledgementKind;
    }

    public String acknowledgementText() {
        return acknowledgementText;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String possibleDuplicateOf() {
        return possibleDuplicateOf;
    }

    public DuplicateStatus duplicateStatus() {
        return duplicateStatus;
    }

    public List<ComplaintEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint other && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
