package org.chantilly.intake.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintUpdated;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.CustomerErased;
import org.chantilly.intake.api.CustomerErasure;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.api.Retention;
import org.chantilly.intake.application.internal.ComplaintIntakeServiceTest.FixedPolicy;
import org.chantilly.intake.application.internal.ComplaintIntakeServiceTest.InMemoryComplaints;
import org.chantilly.intake.application.internal.ComplaintIntakeServiceTest.Recording;
import org.chantilly.intake.application.internal.ComplaintIntakeServiceTest.TwoBranches;
import org.chantilly.intake.domain.RetentionPeriod;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.Test;

class CustomerErasureServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final ComplaintIntakeService intake = new ComplaintIntakeService(complaints, new TwoBranches(),
            new FixedPolicy(), (complaint, subject, text) -> { }, null, new Recording<>(), new Recording<ComplaintUpdated>(),
            audit, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Recording<CustomerErased> erased = new Recording<>();
    private final CustomerErasureService erasure = new CustomerErasureService(complaints, erased, audit,
            Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));

    private String file(String name, String email, String phone, String description) {
        Channel channel = email != null ? Channel.EMAIL : Channel.PHONE;
        return intake.receive(new NewComplaint("HAM", channel, new CustomerDetails(name, email, phone, null, null, true),
                null, null, null, description, null, null), "frida", null, null).complaint().reference();
    }

    @Test
    void erasesEveryComplaintOfTheCustomerFoundByEmailUnderOnePseudonym() {
        String first = file("Anna Lindqvist", "anna@example.org", null, "Anna Lindqvist's kettle leaks.");
        String second = file("A. Lindqvist", "ANNA@example.org", "+49 40 1234567", "Lindqvist again: call +49 40 1234567.");
        String other = file("Bertil Ek", "bertil@example.org", null, "Wrong size.");

        CustomerErasure.Erasure done = erasure.erase(new CustomerErasure.ErasureRequest("anna@example.org", null, null), "headoffice");

        assertThat(done.references()).containsExactly(first, second);
        assertThat(done.pseudonym()).matches("erased-[a-z2-9]{12}");
        var view = intake.find(second).orElseThrow();
        assertThat(view.customer().name()).isEqualTo(done.pseudonym());
        assertThat(view.customer().email()).isNull();
        assertThat(view.customer().phone()).isNull();
        assertThat(view.description()).isEqualTo(done.pseudonym() + " again: call " + done.pseudonym() + ".");
        assertThat(intake.find(first).orElseThrow().description()).isEqualTo(done.pseudonym() + "'s kettle leaks.");
        assertThat(intake.find(other).orElseThrow().customer().name()).isEqualTo("Bertil Ek");
        assertThat(erased.fired).singleElement().satisfies(event -> {
            assertThat(event.references()).containsExactly(first, second);
            assertThat(event.branchCodes()).containsExactly("HAM");
            assertThat(event.cause()).isEqualTo(CustomerErased.REQUEST);
            assertThat(event.scrub("Dear Anna Lindqvist", 100)).isEqualTo("Dear " + done.pseudonym());
        });
        assertThat(audit.all()).filteredOn(r -> r.action().equals("PERSONAL_DATA_ERASED"))
                .extracting(r -> r.complaintReference()).containsExactly(first, second);
        assertThat(audit.all().toString()).doesNotContain("Anna", "anna@example.org", "1234567");
    }

    @Test
    void aReferenceFindsTheComplaintsSharingItsEmailOrPhone() {
        String byPhone = file("Carla", null, "+49 40 555 0101", "Broken zip.");
        String byEmail = file("Carla Vogt", "carla@example.org", "+49 (40) 555-0101", "Broken zip again.");
        String notHers = file("Dora", null, "+49 40 555 0102", "Late.");

        assertThat(erasure.erase(new CustomerErasure.ErasureRequest(null, null, byEmail), "admin").references())
                .containsExactlyInAnyOrder(byPhone, byEmail);
        assertThat(intake.find(notHers).orElseThrow().customer().name()).isEqualTo("Dora");
    }

    @Test
    void aRepeatedRequestFindsNothingMore() {
        String reference = file("Anna Lindqvist", "anna@example.org", null, "It leaks.");
        erasure.erase(new CustomerErasure.ErasureRequest("anna@example.org", null, null), "headoffice");

        assertThat(erasure.erase(new CustomerErasure.ErasureRequest("anna@example.org", null, null), "headoffice"))
                .isEqualTo(new CustomerErasure.Erasure(List.of(), null));
        assertThat(erasure.erase(new CustomerErasure.ErasureRequest(null, null, reference), "headoffice").references()).isEmpty();
        assertThat(erased.fired).hasSize(1);
    }

    @Test
    void aRequestNamesTheCustomerProperly() {
        assertThatThrownBy(() -> erasure.erase(new CustomerErasure.ErasureRequest(null, null, null), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("email", "phone", "reference"));
        assertThatThrownBy(() -> erasure.erase(new CustomerErasure.ErasureRequest("not-an-address", "no digits", "HAM-1"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("email", "phone", "reference"));
        assertThatThrownBy(() -> erasure.erase(new CustomerErasure.ErasureRequest(null, null, "HAM-2026-999999"), "admin"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void retentionAnonymisesOnlyComplaintsClosedLongerAgoThanThePeriod() {
        String closed = file("Anna Lindqvist", "anna@example.org", null, "It leaks.");
        String open = file("Bertil Ek", "bertil@example.org", null, "Wrong size.");
        intake.advance(closed, ComplaintStatus.CLOSED, "system", "follow-up decided");

        Retention tooEarly = new RetentionService(erasure, RetentionPeriod.parse("P2D"),
                Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        assertThat(tooEarly.runNow(null).anonymised()).isZero();

        Retention.Run run = new RetentionService(erasure, RetentionPeriod.parse("P2D"),
                Clock.fixed(NOW.plus(Duration.ofDays(3)), ZoneOffset.UTC)).runNow(null);
        assertThat(run.references()).containsExactly(closed);
        assertThat(intake.find(closed).orElseThrow().customer().name()).startsWith("erased-");
        assertThat(intake.find(open).orElseThrow().customer().name()).isEqualTo("Bertil Ek");
        assertThat(erased.fired).singleElement()
                .satisfies(event -> assertThat(event.cause()).isEqualTo(CustomerErased.RETENTION));
        assertThat(new RetentionService(erasure, RetentionPeriod.parse("P2D"),
                Clock.fixed(NOW.plus(Duration.ofDays(3)), ZoneOffset.UTC)).runNow(null).anonymised()).isZero();
    }
}
