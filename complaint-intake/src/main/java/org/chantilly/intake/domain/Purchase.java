package org.chantilly.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Text;

/** What the customer bought. */
@Embeddable
public class Purchase {

    @Column(name = "purchase_item", length = 200)
    private String item;

    @Column(name = "purchase_amount", precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "purchase_currency", length = 3)
    private String currency;

    @Column(name = "purchase_date")
    private LocalDate date;

    @Column(name = "receipt_present")
    private Boolean receiptPresent;

    @Column(name = "receipt_number", length = 64)
    private String receiptNumber;

    protected Purchase() {
        // for JPA
    }

    public Purchase(String item, Money price, LocalDate date, boolean receiptPresent, String receiptNumber) {
        this.item = item;
        this.amount = price == null ? null : price.amount();
        this.currency = price == null ? null : price.currency();
        this.date = date;
        this.receiptPresent = receiptPresent;
        this.receiptNumber = Text.isBlank(receiptNumber) ? null : receiptNumber;
    }

    /** The purchase without what identifies the customer: the receipt number goes, the item loses their values. */
    Purchase pseudonymised(java.util.function.UnaryOperator<String> scrub) {
        Purchase copy = new Purchase();
        copy.item = scrub.apply(item);
        copy.amount = amount;
        copy.currency = currency;
        copy.date = date;
        copy.receiptPresent = receiptPresent;
        copy.receiptNumber = null;
        return copy;
    }

    public String item() {
        return item;
    }

    public Money price() {
        return amount == null ? null : new Money(amount, currency);
    }

    public LocalDate date() {
        return date;
    }

    public boolean receiptPresent() {
        return Boolean.TRUE.equals(receiptPresent);
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    /** Whether both are about the same purchase: the same receipt, or the same item. */
    boolean sameAs(Purchase other) {
        if (other == null) {
            return false;
        }
        if (receiptNumber != null && receiptNumber.equalsIgnoreCase(other.receiptNumber)) {
            return true;
        }
        return item != null && other.item != null
                && item.trim().toLowerCase(Locale.ROOT).equals(other.item.trim().toLowerCase(Locale.ROOT));
    }
}
