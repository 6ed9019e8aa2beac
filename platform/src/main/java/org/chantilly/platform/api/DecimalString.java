package org.chantilly.platform.api;

import java.math.BigDecimal;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Writes an amount as a decimal string ({@code "39.90"}), never as a JSON number that clients may round. */
public class DecimalString implements JsonbAdapter<BigDecimal, String> {

    @Override
    public String adaptToJson(BigDecimal amount) {
        return amount.toPlainString();
    }

    @Override
    public BigDecimal adaptFromJson(String text) {
        return new BigDecimal(text);
    }
}
