package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.chantilly.intake.api.Channel;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintTest {

    private static final ComplaintReference REF = new ComplaintReference("HAM", 2026, 1);
    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    private static Complaint receive(Channel channel, ContactDetails customer) {
        return Complaint.receive(REF, channel, customer, "The coffee machine leaks.", NOW, "frida");
    }

    @Test
    void aReceivedComplaintStartsInStatusReceived() {
        Complaint complaint = receive(Channel.IN_PERSON, new ContactDetails("Anna", null, null));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.reference()).isEqualTo(REF);
        assertThat(complaint.receivedBy()).isEqualTo("frida");
        assertThat(complaint.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmailComplaintNeedsAnEmailAddress() {
        assertThatThrownBy(() -> receive(Channel.EMAIL, new ContactDetails("Anna", null, "+46 8 1234")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("customerEmail"));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"PHONE", "SMS"})
    void phoneAndSmsComplaintsNeedAPhoneNumber(Channel channel) {
        assertThatThrownBy(() -> receive(channel, new ContactDetails("Anna", "anna@example.org", " ")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("customerPhone"));
    }

    @Test
    void aWebComplaintNeedsSomeWayToAnswer() {
        assertThatThrownBy(() -> receive(Channel.WEB, new ContactDetails("Anna", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(receive(Channel.WEB, new ContactDetails("Anna", null, "+358 9 123"))).isNotNull();
    }

    @Test
    void aComplaintSaysWhatHappened() {
        assertThatThrownBy(() -> Complaint.receive(REF, Channel.IN_PERSON, new ContactDetails("Anna", null, null),
                "  ", NOW, "frida"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsUnicodeTextExactly() {
        String name = "Ю́лия Ørsted-Ääkkönen 👩‍🔧 שלום";
        Complaint complaint = receive(Channel.IN_PERSON, new ContactDetails(name, null, null));
        assertThat(complaint.customer().name()).isEqualTo(name);
    }

    @Test
    void equalityIsByReference() {
        Complaint a = receive(Channel.IN_PERSON, new ContactDetails("Anna", null, null));
        Complaint b = receive(Channel.IN_PERSON, new ContactDetails("Bertil", null, null));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
