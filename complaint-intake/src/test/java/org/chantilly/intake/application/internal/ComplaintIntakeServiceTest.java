package org.chantilly.intake.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.chantilly.intake.api.Channel;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintSummary;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

class ComplaintIntakeServiceTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final RecordingEvent events = new RecordingEvent();
    private final ComplaintIntakeService intake = new ComplaintIntakeService(complaints, events,
            Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC));
    private final Caller frida = new Caller("frida", Set.of(Roles.FRONTLINE));

    private static NewComplaint email(String branch) {
        return new NewComplaint(branch, Channel.EMAIL, "Anna Lindqvist", "anna@example.org", null, "It leaks.");
    }

    @Test
    void recordsTheComplaintAndPublishesItsReceipt() {
        ComplaintSummary summary = intake.receive(email("HAM"), frida);

        assertThat(summary.reference()).isEqualTo("HAM-2026-000001");
        assertThat(summary.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(summary.receivedBy()).isEqualTo("frida");
        assertThat(summary.receivedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(events.fired).containsExactly(new ComplaintReceived(1L, "HAM-2026-000001"));
    }

    @Test
    void countsReferencesPerBranch() {
        intake.receive(email("HAM"), frida);
        intake.receive(email("STO"), frida);
        assertThat(intake.receive(email("HAM"), frida).reference()).isEqualTo("HAM-2026-000002");
    }

    @Test
    void storesNothingWhenTheFormBreaksAChannelRule() {
        NewComplaint noEmail = new NewComplaint("HAM", Channel.EMAIL, "Anna", null, null, "It leaks.");
        assertThatThrownBy(() -> intake.receive(noEmail, frida)).isInstanceOf(InvalidInputException.class);
        assertThat(complaints.byReference).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void refusesAnInvalidBranchCode() {
        assertThatThrownBy(() -> intake.receive(email("ham"), frida)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void findsByReferenceAndNothingForGarbage() {
        String reference = intake.receive(email("HAM"), frida).reference();
        assertThat(intake.find(reference)).map(ComplaintSummary::customerName).contains("Anna Lindqvist");
        assertThat(intake.find("HAM-2026-000999")).isEmpty();
        assertThat(intake.find("<script>")).isEmpty();
    }

    /** Complaints in a map; ids and references counted like the real repository. */
    static final class InMemoryComplaints implements ComplaintRepository {

        final Map<ComplaintReference, Complaint> byReference = new HashMap<>();
        private final Map<String, Long> counters = new HashMap<>();
        private long nextId = 1;

        @Override
        public Optional<Complaint> findByReference(ComplaintReference reference) {
            return Optional.ofNullable(byReference.get(reference));
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
            long number = counters.merge(branchCode + year, 1L, Long::sum);
            return new ComplaintReference(branchCode, year, number);
        }
    }

    /** Records fired events. */
    static final class RecordingEvent implements Event<ComplaintReceived> {

        final List<ComplaintReceived> fired = new ArrayList<>();

        @Override
        public void fire(ComplaintReceived event) {
            fired.add(event);
        }

        @Override
        public <U extends ComplaintReceived> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ComplaintReceived> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ComplaintReceived> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ComplaintReceived> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ComplaintReceived> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
