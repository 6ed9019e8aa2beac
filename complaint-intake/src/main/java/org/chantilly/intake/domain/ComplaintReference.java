package org.chantilly.intake.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complaint's human-readable reference: branch code, year and a number counted per branch and year,
 * e.g. {@code HAM-2026-000123}. Never reused.
 */
public record ComplaintReference(String branchCode, int year, long number) {

    public static final Pattern BRANCH_CODE = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,6})-(\\d{4})-(\\d{6,})");

    public ComplaintReference {
        Objects.requireNonNull(branchCode, "branchCode");
        if (!BRANCH_CODE.matcher(branchCode).matches()) {
            throw new IllegalArgumentException("not a branch code: " + branchCode);
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1) {
            throw new IllegalArgumentException("reference numbers start at 1: " + number);
        }
    }

    /** Reads a reference in its printed form; empty when the text is not one. */
    public static java.util.Optional<ComplaintReference> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (year < 2000) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ComplaintReference(m.group(1), year, Long.parseLong(m.group(3))));
        } catch (NumberFormatException tooLong) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", branchCode, year, number);
    }
}
