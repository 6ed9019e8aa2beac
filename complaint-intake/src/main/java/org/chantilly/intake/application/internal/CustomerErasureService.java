package org.chantilly.intake.application.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.intake.api.CustomerErased;
import org.chantilly.intake.api.CustomerErasure;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.PersonalValues;
import org.chantilly.intake.domain.Attachment;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.intake.domain.ContactDetails;
import org.chantilly.intake.domain.IdempotentRequest;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.ResourceNotFoundException;

/**
 * Replaces customers' personal data by pseudonyms: on request, all complaints of one customer; by the retention
 * rule, each closed complaint on its own. Everything of one erasure (the complaints, their attachments' bytes, the
 * idempotency keys, and whatever the observers of {@link CustomerErased} scrub, such as the workflow's records and the
 * process engine's) is one transaction. Logs name references and counts, never a personal value.
 */
@ApplicationScoped
@Transactional
public class CustomerErasureService implements CustomerErasure {

    private static final Logger LOG = Logger.getLogger(CustomerErasureService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PSEUDONYM_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final ComplaintRepository complaints;
    private final Event<CustomerErased> erased;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CustomerErasureService(ComplaintRepository complaints, Event<CustomerErased> erased, AuditTrail audit,
                                  Clock clock) {
        this.complaints = complaints;
        this.erased = erased;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CustomerErasureService() {
        this(null, null, null, null);
    }

    @Override
    public Erasure erase(ErasureRequest request, String erasedBy) {
        List<Complaint> found = customersComplaints(request == null ? new ErasureRequest(null, null, null) : request);
        List<Complaint> toErase = found.stream().filter(c -> c.personalDataErasedAt() == null).toList();
        if (toErase.isEmpty()) {
            LOG.info(() -> "erasure request by " + erasedBy + ": nothing (left) to erase");
            return new Erasure(List.of(), null);
        }
        PersonalValues.Builder values = PersonalValues.builder();
        // the values of every complaint found, erased before or not: a name spelt differently on an older complaint
        found.forEach(c -> c.addPersonalValuesTo(values));
        String pseudonym = newPseudonym();
        List<String> references = erase(toErase, pseudonym, values.build(), erasedBy, CustomerErased.REQUEST);
        LOG.info(() -> "erasure request by " + erasedBy + ": personal data of " + references + " replaced by a pseudonym");
        return new Erasure(references, pseudonym);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> anonymiseClosedBefore(Instant cutoff, String branchCode, int limit) {
        List<String> done = new ArrayList<>();
        for (Complaint complaint : complaints.closedBeforeWithPersonalData(cutoff, branchCode, limit)) {
            PersonalValues.Builder values = PersonalValues.builder();
            complaint.addPersonalValuesTo(values);
            done.addAll(erase(List.of(complaint), newPseudonym(), values.build(), "retention", CustomerErased.RETENTION));
        }
        return done;
    }

    private List<String> erase(List<Complaint> toErase, String pseudonym, PersonalValues values, String by, String cause) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> references = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (Complaint complaint : toErase) {
            for (Attachment attachment : complaint.attachments()) {
                complaints.removeAttachmentData(attachment.id());
            }
            complaint.erasePersonalData(pseudonym, values, now, by, cause);
            String reference = complaint.reference().toString();
            complaints.idempotentRequestsFor(reference).forEach(IdempotentRequest::forgetRequest);
            references.add(reference);
            // the audit trail never held the customer's values, so it stays as it is; it records the erasure itself
            audit.record(AuditEvent.of(by, "PERSONAL_DATA_ERASED", "COMPLAINT", reference).about(reference)
                    .change("personalDataErasedAt", null, now).change("cause", null, cause));
            if (!branches.contains(complaint.branchCode())) {
                branches.add(complaint.branchCode());
            }
        }
        complaints.flush();
        erased.fire(new CustomerErased(references, branches, pseudonym, values, cause));
        return references;
    }

    /**
     * The complaints of the customer the request names: by email, by phone, or a complaint and the complaints that
     * share its email or phone (as the customer history finds them).
     */
    List<Complaint> customersComplaints(ErasureRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String emailKey = null;
        String phoneKey = null;
        Complaint named = null;
        if (request.email() == null && request.phone() == null && request.reference() == null) {
            for (String field : List.of("email", "phone", "reference")) {
                errors.add(FieldError.of(field, IntakeMessage.ERASURE_ONE_REQUIRED));
            }
            throw new InvalidInputException(errors);
        }
        if (request.email() != null) {
            String email = request.email().strip();
            if (email.isEmpty() || email.length() > 254 || email.indexOf('@') < 1 || email.indexOf('@') == email.length() - 1) {
                errors.add(FieldError.of("email", IntakeMessage.ERASURE_EMAIL));
            } else {
                emailKey = ContactDetails.emailKey(email);
            }
        }
        if (request.phone() != null) {
            phoneKey = ContactDetails.phoneKey(request.phone());
            if (phoneKey == null || request.phone().length() > 40) {
                errors.add(FieldError.of("phone", IntakeMessage.ERASURE_PHONE));
            }
        }
        if (request.reference() != null) {
            var reference = ComplaintReference.parse(request.reference());
            if (reference.isEmpty()) {
                errors.add(FieldError.of("reference", IntakeMessage.ERASURE_REFERENCE));
            } else if (errors.isEmpty()) {
                named = complaints.findByReference(reference.get())
                        .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Complaint> found = new LinkedHashMap<>();
        if (named != null) {
            found.put(named.reference().toString(), named);
            for (Complaint same : complaints.allOfCustomer(named.customer().emailKey(), named.customer().phoneKey())) {
                found.putIfAbsent(same.reference().toString(), same);
            }
        }
        for (Complaint same : complaints.allOfCustomer(emailKey, phoneKey)) {
            found.putIfAbsent(same.reference().toString(), same);
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(c -> c.reference().toString()))
                .toList();
    }

    static String newPseudonym() {
        StringBuilder pseudonym = new StringBuilder("erased-");
        for (int i = 0; i < 12; i++) {
            pseudonym.append(PSEUDONYM_ALPHABET[RANDOM.nextInt(PSEUDONYM_ALPHABET.length)]);
        }
        return pseudonym.toString();
    }
}
