package org.chantilly.intake.domain;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.chantilly.intake.api.PersonalValues;
import org.chantilly.platform.api.Text;

/**
 * Who complains and how to reach them. Besides the details as given it keeps matching keys (email in lower case,
 * phone as digits) so that the same customer's complaints are found whatever the spelling.
 */
@Embeddable
public class ContactDetails {

    @Column(name = "customer_name", nullable = false, length = 200)
    private String name;

    @Column(name = "customer_email", length = 254)
    private String email;

    @Column(name = "customer_phone", length = 40)
    private String phone;

    @Column(name = "customer_postal_address", length = 1000)
    private String postalAddress;

    @Column(name = "customer_language", nullable = false, length = 16)
    private String preferredLanguage;

    @Column(name = "customer_consent", nullable = false)
    private boolean consentToContact;

    @Column(name = "email_key", length = 254)
    private String emailKey;

    @Column(name = "phone_key", length = 40)
    private String phoneKey;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String name, String email, String phone, String postalAddress, String preferredLanguage,
                          boolean consentToContact) {
        if (Text.isBlank(name)) {
            throw new IllegalArgumentException("a customer has a name");
        }
        this.name = name;
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.postalAddress = blankToNull(postalAddress);
        this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        this.consentToContact = consentToContact;
        this.emailKey = emailKey(this.email);
        this.phoneKey = phoneKey(this.phone);
    }

    /**
     * The same customer under a pseudonym: the name becomes the pseudonym, every way to reach them is gone (and with
     * it the consent to be contacted); the language stays, as a statistic.
     */
    public ContactDetails pseudonymised(String pseudonym) {
        return new ContactDetails(pseudonym, null, null, null, preferredLanguage, false);
    }

    /** Adds the name, email, phone and postal address to the values an erasure takes out. */
    void addTo(PersonalValues.Builder values) {
        values.name(name).email(email).phone(phone).postalAddress(postalAddress);
    }

    /** The email as it is matched: trimmed, lower case. */
    public static String emailKey(String email) {
        return Text.isBlank(email) ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** The phone number as it is matched: its digits only. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String blankToNull(String value) {
        return Text.isBlank(value) ? null : value;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String postalAddress() {
        return postalAddress;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean consentToContact() {
        return consentToContact;
    }

    public String emailKey() {
        return emailKey;
    }

    public String phoneKey() {
        return phoneKey;
    }

    public boolean hasEmail() {
        return email != null;
    }

    public boolean hasPhone() {
        return phone != null;
    }

    public boolean hasPostalAddress() {
        return postalAddress != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactDetails other && name.equals(other.name)
                && Objects.equals(email, other.email) && Objects.equals(phone, other.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, phone);
    }
}
