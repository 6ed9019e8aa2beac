package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    private static int number = 1;

    static ContactDetails contact(String email, String phone, String address) {
        return new ContactDetails("Anna Lindqvist", email, phone, address, "sv", true);
    }

    static Complaint receive(Channel channel, ContactDetails customer, String description, Purchase purchase) {
        return Complaint.receive(new ComplaintReference("HAM", 2026, number++),
                new Complaint.Form("HAM", channel, customer, null, null, null, description, null, purchase),
                NOW, "frida", NOW.plusSeconds(86_400), "Thank you.");
    }

    private static Complaint receive(Channel channel, ContactDetails customer) {
        return receive(channel, customer, "The coffee machine leaks.", null);
    }

    private static String onlyField(Throwable e) {
        return ((InvalidInputException) e).errors().stream().map(FieldError::field).reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void aReceivedComplaintHasDefaultsAndAHistory() {
        Complaint complaint = receive(Channel.EMAIL, contact("anna@example.org", null, null));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.customerType()).isEqualTo(CustomerType.UNKNOWN);
        assertThat(complaint.category()).isEqualTo(ComplaintCategory.OTHER);
        assertThat(complaint.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(complaint.acknowledgementKind()).isEqualTo(Complaint.AcknowledgementKind.MESSAGE);
        assertThat(complaint.acknowledgedAt()).isNull();
        assertThat(complaint.history()).extracting(ComplaintEvent::action).containsExactly("RECEIVED");
    }

    @Test
    void spokenAndWrittenAcknowledgementsAreIssuedAtIntake() {
        Complaint spoken = receive(Channel.IN_PERSON, contact(null, null, null));
        Complaint letter = receive(Channel.LETTER, contact(null, null, "Storgatan 1\n111 22 Stockholm"));
        assertThat(spoken.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(spoken.acknowledgementKind()).isEqualTo(Complaint.AcknowledgementKind.SCRIPT);
        assertThat(letter.acknowledgementKind()).isEqualTo(Complaint.AcknowledgementKind.LETTER);
        assertThat(letter.acknowledgedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmailComplaintNeedsAnEmailAddress() {
        assertThatThrownBy(() -> receive(Channel.EMAIL, contact(null, "+46 8 1234", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(onlyField(e)).isEqualTo("customer.email"));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"PHONE", "SMS"})
    void phoneAndSmsComplaintsNeedAPhoneNumber(Channel channel) {
        assertThatThrownBy(() -> receive(channel, contact("anna@example.org", " ", null)))
                .satisfies(e -> assertThat(onlyField(e)).isEqualTo("customer.phone"));
    }

    @Test
    void aLetterNeedsAPostalAddress() {
        assertThatThrownBy(() -> receive(Channel.LETTER, contact("anna@example.org", null, null)))
                .satisfies(e -> assertThat(onlyField(e)).isEqualTo("customer.postalAddress"));
    }

    @Test
    void aWebComplaintNeedsSomeWayToAnswer() {
        assertThatThrownBy(() -> receive(Channel.WEB, contact(null, null, null))).isInstanceOf(InvalidInputException.class);
        assertThat(receive(Channel.WEB, contact(null, "+358 9 123", null))).isNotNull();
    }

    @Test
    void aPresentReceiptHasANumber() {
        Purchase noNumber = new Purchase("Kettle", Money.of("29.90", "EUR"), LocalDate.of(2026, 11, 20), true, null);
        assertThatThrownBy(() -> receive(Channel.IN_PERSON, contact(null, null, null), "It leaks.", noNumber))
                .satisfies(e -> assertThat(onlyField(e)).isEqualTo("purchase.receiptNumber"));
    }

    @Test
    void keepsUnicodeTextExactly() {
        String text = "Ю́лия Ørsted-Ääkkönen 👩‍🔧 שלום";
        assertThat(receive(Channel.IN_PERSON, contact(null, null, null), text, null).description()).isEqualTo(text);
    }

    @Test
    void theSameCustomerAboutTheSamePurchaseResemblesAnEarlierComplaint() {
        Purchase kettle = new Purchase("Kettle K-1", null, null, true, "R-77");
        Complaint earlier = receive(Channel.EMAIL, contact("Anna@Example.org", null, null), "Handle broke off.", kettle);
        Complaint later = receive(Channel.PHONE, contact(null, "+46 8 1234", null), "Still no answer.", kettle);
        Complaint again = receive(Channel.EMAIL, contact("anna@example.org ", null, null), "Something else entirely.",
                new Purchase("kettle k-1", null, null, false, null));
        assertThat(again.resembles(earlier)).isTrue();
        assertThat(later.resembles(earlier)).isFalse();
    }

    @Test
    void aVerySimilarDescriptionFromTheSameCustomerResembles() {
        Complaint earlier = receive(Channel.EMAIL, contact("anna@example.org", null, null),
                "The espresso machine leaks water from the bottom after two days.", null);
        Complaint similar = receive(Channel.EMAIL, contact("anna@example.org", null, null),
                "Espresso machine leaks water from the bottom!", null);
        Complaint different = receive(Channel.EMAIL, contact("anna@example.org", null, null),
                "The cashier was rude to me.", null);
        assertThat(similar.resembles(earlier)).isTrue();
        assertThat(different.resembles(earlier)).isFalse();
    }

    @Test
    void aDuplicateFlagIsDecidedOnce() {
        Complaint earlier = receive(Channel.EMAIL, contact("anna@example.org", null, null));
        Complaint later = receive(Channel.EMAIL, contact("anna@example.org", null, null));
        later.flagPossibleDuplicateOf(earlier, NOW);
        assertThat(later.possibleDuplicateOf()).isEqualTo(earlier.reference().toString());
        later.decideDuplicate(false, "stefan", NOW);
        assertThat(later.duplicateStatus()).isEqualTo(Complaint.DuplicateStatus.DISMISSED);
        assertThatThrownBy(() -> later.decideDuplicate(true, "stefan", NOW)).isInstanceOf(ConflictException.class);
        assertThat(later.history()).extracting(ComplaintEvent::action)
                .containsExactly("RECEIVED", "DUPLICATE_FLAGGED", "DUPLICATE_DISMISSED");
    }
}
