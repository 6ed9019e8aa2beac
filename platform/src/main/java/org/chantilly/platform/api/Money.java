package org.chantilly.platform.api;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * An amount of money in an ISO 4217 currency; never a floating-point number. On the API an amount is a decimal
 * string: {@code {"amount": "39.99", "currency": "EUR"}}.
 */
public record Money(@JsonbTypeAdapter(DecimalString.class) BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // throws for an unknown code
        if (amount.scale() > 4) {
            throw new IllegalArgumentException("at most 4 decimal places: " + amount);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Same currency and numerically equal amount ({@code 39.9} equals {@code 39.90}). */
    public boolean sameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
