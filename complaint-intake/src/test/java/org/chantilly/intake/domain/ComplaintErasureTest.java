package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.PersonalValues;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Severity;
import org.junit.jupiter.api.Test;

class ComplaintErasureTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant ERASED = Instant.parse("2026-11-24T10:00:00Z");

    private static Complaint letter() {
        ContactDetails customer = new ContactDetails("Ilse Brandt", "ilse@example.org", "+49 40 555 0199",
                "Elbchaussee 1\n22763 Hamburg", "de", true);
        Complaint complaint = Complaint.receive(new ComplaintReference("HAM", 2026, 7),
                new Complaint.Form("HAM", Channel.LETTER, customer, null, ComplaintCategory.DELIVERY, Severity.HIGH,
                        "I, Ilse Brandt (ilse@example.org, +49 40 555 0199), waited at Elbchaussee 1 all day.",
                        "Mrs Brandt wants a call back.",
                        new Purchase("Sofa for Brandt", new Money(new BigDecimal("899.00"), "EUR"), LocalDate.of(2026, 11, 1),
                                true, "HAM-R-4711")),
                RECEIVED, "frida", RECEIVED.plusSeconds(86400), "Dear Ilse Brandt, we received HAM-2026-000007.");
        complaint.attach("brandt-receipt.pdf", "application/pdf", 1234, RECEIVED, "frida");
        complaint.advance(ComplaintStatus.CLOSED, RECEIVED.plusSeconds(3600), "system", "follow-up decided");
        return complaint;
    }

    private static PersonalValues valuesOf(Complaint complaint) {
        PersonalValues.Builder values = PersonalValues.builder();
        complaint.addPersonalValuesTo(values);
        return values.build();
    }

    @Test
    void replacesTheCustomerByThePseudonymAndRemovesEveryWayToReachThem() {
        Complaint complaint = letter();
        complaint.erasePersonalData("erased-abc", valuesOf(complaint), ERASED, "headoffice", "REQUEST");

        ContactDetails customer = complaint.customer();
        assertThat(customer.name()).isEqualTo("erased-abc");
        assertThat(customer.email()).isNull();
        assertThat(customer.phone()).isNull();
        assertThat(customer.postalAddress()).isNull();
        assertThat(customer.emailKey()).isNull();
        assertThat(customer.phoneKey()).isNull();
        assertThat(customer.consentToContact()).isFalse();
        assertThat(customer.preferredLanguage()).isEqualTo("de");
    }

    @Test
    void freeTextsKeepTheirWordsButLoseThePersonalValues() {
        Complaint complaint = letter();
        complaint.erasePersonalData("erased-abc", valuesOf(complaint), ERASED, "headoffice", "REQUEST");

        assertThat(complaint.description()).isEqualTo("I, erased-abc (erased-abc, erased-abc), waited at erased-abc all day.");
        assertThat(complaint.customerRequest()).isEqualTo("Mrs erased-abc wants a call back.");
        assertThat(complaint.acknowledgementText()).isEqualTo("Dear erased-abc, we received HAM-2026-000007.");
        assertThat(complaint.purchase().item()).isEqualTo("Sofa for erased-abc");
        assertThat(complaint.purchase().receiptNumber()).isNull();
        assertThat(complaint.attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("attachment-" + a.id() + ".pdf"));
        assertThat(complaint.history()).noneMatch(e -> e.details() != null
                && (e.details().contains("Brandt") || e.details().contains("brandt")));
    }

    @Test
    void keepsTheFactsThatReportsCount() {
        Complaint complaint = letter();
        complaint.erasePersonalData("erased-abc", valuesOf(complaint), ERASED, "headoffice", "REQUEST");

        assertThat(complaint.reference().toString()).isEqualTo("HAM-2026-000007");
        assertThat(complaint.branchCode()).isEqualTo("HAM");
        assertThat(complaint.channel()).isEqualTo(Channel.LETTER);
        assertThat(complaint.category()).isEqualTo(ComplaintCategory.DELIVERY);
        assertThat(complaint.severity()).isEqualTo(Severity.HIGH);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.receivedAt()).isEqualTo(RECEIVED);
        assertThat(complaint.purchase().price()).isEqualTo(new Money(new BigDecimal("899.00"), "EUR"));
        assertThat(complaint.purchase().date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(complaint.purchase().receiptPresent()).isTrue();
        assertThat(complaint.attachments()).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(1234));
    }

    @Test
    void recordsTheErasureInTheHistoryWithoutTheValues() {
        Complaint complaint = letter();
        complaint.erasePersonalData("erased-abc", valuesOf(complaint), ERASED, "headoffice", "REQUEST");

        assertThat(complaint.personalDataErasedAt()).isEqualTo(ERASED);
        assertThat(complaint.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_ERASED");
            assertThat(e.actor()).isEqualTo("headoffice");
            assertThat(e.at()).isEqualTo(ERASED);
            assertThat(e.details()).isEqualTo("REQUEST");
        });
    }

    @Test
    void aComplaintIsErasedOnlyOnce() {
        Complaint complaint = letter();
        complaint.erasePersonalData("erased-abc", valuesOf(complaint), ERASED, "headoffice", "REQUEST");
        assertThatThrownBy(() -> complaint.erasePersonalData("erased-def", valuesOf(complaint), ERASED, "x", "REQUEST"))
                .isInstanceOf(IllegalStateException.class);
    }
}
