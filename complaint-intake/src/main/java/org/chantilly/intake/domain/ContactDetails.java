package org.chantilly.intake.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who complains and how to reach them. */
@Embeddable
public class ContactDetails {

    @Column(name = "customer_name", nullable = false, length = 200)
    private String name;

    @Column(name = "customer_email", length = 254)
    private String email;

    @Column(name = "customer_phone", length = 40)
    private String phone;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String name, String email, String phone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a customer has a name");
        }
        this.name = name;
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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

    public boolean hasEmail() {
        return email != null;
    }

    public boolean hasPhone() {
        return phone != null;
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
