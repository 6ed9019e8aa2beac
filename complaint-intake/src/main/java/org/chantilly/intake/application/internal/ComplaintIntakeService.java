package org.chantilly.intake.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintSummary;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.intake.domain.ContactDetails;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InvalidInputException;

/**
 * Records complaints. The complaint row, its reference number and everything the synchronous observers of
 * {@link ComplaintReceived} do (starting its process) share one JTA transaction: all of it or none of it.
 */
@ApplicationScoped
@Transactional
public class ComplaintIntakeService implements ComplaintIntake {

    private static final Logger LOG = Logger.getLogger(ComplaintIntakeService.class.getName());

    private final ComplaintRepository complaints;
    private final Event<ComplaintReceived> received;
    private final Clock clock;

    @Inject
    public ComplaintIntakeService(ComplaintRepository complaints, Event<ComplaintReceived> received) {
        this(complaints, received, Clock.systemUTC());
    }

    ComplaintIntakeService(ComplaintRepository complaints, Event<ComplaintReceived> received, Clock clock) {
        this.complaints = complaints;
        this.received = received;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ComplaintIntakeService() {
        this.complaints = null;
        this.received = null;
        this.clock = null;
    }

    @Override
    public ComplaintSummary receive(NewComplaint form, Caller receivedBy) {
        if (form.channel() == null) {
            throw new InvalidInputException("channel", "must not be null");
        }
        if (form.branchCode() == null || !ComplaintReference.BRANCH_CODE.matcher(form.branchCode()).matches()) {
            throw new InvalidInputException("branchCode", "must be 2 to 6 capital letters");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        ContactDetails customer = new ContactDetails(form.customerName(), form.customerEmail(), form.customerPhone());
        ComplaintReference reference = complaints.nextReference(form.branchCode(), now.atZone(ZoneOffset.UTC).getYear());
        Complaint complaint = Complaint.receive(reference, form.channel(), customer, form.description(), now,
                receivedBy.username());
        complaints.add(complaint);
        received.fire(new ComplaintReceived(complaint.id(), reference.toString()));
        LOG.info(() -> "complaint " + reference + " received via " + form.channel() + " by " + receivedBy.username());
        return toSummary(complaint);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ComplaintSummary> find(String reference) {
        return ComplaintReference.parse(reference)
                .flatMap(complaints::findByReference)
                .map(ComplaintIntakeService::toSummary);
    }

    static ComplaintSummary toSummary(Complaint c) {
        return new ComplaintSummary(c.reference().toString(), c.status(), c.channel(), c.reference().branchCode(),
                c.customer().name(), c.customer().email(), c.customer().phone(), c.description(),
                c.receivedAt(), c.receivedBy());
    }
}
