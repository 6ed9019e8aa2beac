package org.chantilly.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chantilly.intake.api.Channel;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;

/**
 * A customer's complaint as recorded on the one complaint form: the aggregate root of intake.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.findByReference", query = "select c from Complaint c where c.reference = :reference")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_id")
    @SequenceGenerator(name = "complaint_id", sequenceName = "complaint_id_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = ComplaintReferenceConverter.class)
    @Column(name = "reference", nullable = false, unique = true, updatable = false, length = 32)
    private ComplaintReference reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Embedded
    private ContactDetails customer;

    @Column(name = "description", nullable = false, length = 8000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ComplaintStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 64)
    private String receivedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Complaint() {
        // for JPA
    }

    private Complaint(ComplaintReference reference, Channel channel, ContactDetails customer, String description,
                      Instant receivedAt, String receivedBy) {
        this.reference = reference;
        this.channel = channel;
        this.customer = customer;
        this.description = description;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.status = ComplaintStatus.RECEIVED;
    }

    /**
     * Records a complaint. The contact details it needs depend on the channel: an email complaint needs an email
     * address to answer to, a phone or SMS complaint a phone number.
     *
     * @throws InvalidInputException naming each missing field
     */
    public static Complaint receive(ComplaintReference reference, Channel channel, ContactDetails customer,
                                    String description, Instant receivedAt, String receivedBy) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "must not be blank");
        }
        List<FieldError> missing = missingContactDetails(channel, customer);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new Complaint(reference, channel, customer, description, receivedAt, receivedBy);
    }

    /** The contact details a channel requires and the form lacks. */
    static List<FieldError> missingContactDetails(Channel channel, ContactDetails customer) {
        List<FieldError> missing = new ArrayList<>();
        switch (channel) {
            case EMAIL -> {
                if (!customer.hasEmail()) {
                    missing.add(new FieldError("customerEmail", "is required for an EMAIL complaint"));
                }
            }
            case PHONE, SMS -> {
                if (!customer.hasPhone()) {
                    missing.add(new FieldError("customerPhone", "is required for a " + channel + " complaint"));
                }
            }
            case WEB -> {
                if (!customer.hasEmail() && !customer.hasPhone()) {
                    missing.add(new FieldError("customerEmail", "an email or a phone number is required for a WEB complaint"));
                }
            }
            case IN_PERSON, LETTER -> {
                // the customer stands at the counter; a letter's address arrives with the full form
            }
        }
        return missing;
    }

    public Long id() {
        return id;
    }

    public ComplaintReference reference() {
        return reference;
    }

    public Channel channel() {
        return channel;
    }

    public ContactDetails customer() {
        return customer;
    }

    public String description() {
        return description;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint other && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
