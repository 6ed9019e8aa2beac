package org.chantilly.platform.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money in an ISO 4217 currency; never a floating-point number. On the API an amount is a decimal
 * string: {@code {"amount": "39.99", "currency": "EUR"}}. The amount carries the currency's decimal places
 * ({@code 39.9} and the database's {@code 39.9900} are both {@code 39.90} in euros), so it reads the same wherever it
 * is shown.
 */
@Schema(name = "Money", description = "An amount of money: a decimal string and an ISO 4217 currency code",
        requiredProperties = {"amount", "currency"})
public record Money(
        @Schema(type = SchemaType.STRING, pattern = "^\\d{1,13}(\\.\\d{1,4})?$", example = "39.99",
                description = "A decimal string with at most 4 decimal places, never a JSON number")
        @JsonbTypeAdapter(DecimalString.class) BigDecimal amount,
        @Schema(pattern = "^[A-Z]{3}$", example = "EUR", description = "ISO 4217 currency code") String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits(); // throws for an unknown code
        if (amount.scale() > 4) {
            throw new IllegalArgumentException("at most 4 decimal places: " + amount);
        }
        amount = inCurrencyScale(amount, digits);
    }

    /** The amount with the currency's decimal places, or with fewer trailing zeros where it has more digits. */
    private static BigDecimal inCurrencyScale(BigDecimal amount, int digits) {
        if (digits < 0) {
            return amount;
        }
        try {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDigitsThanTheCurrency) {
            return amount.stripTrailingZeros();
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
