package org.chantilly.intake.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal values of one customer (names and their parts, email addresses, phone numbers, postal addresses and
 * their lines, receipt numbers, file names) and the rule that takes them out of a free text: every occurrence,
 * whatever its case, is replaced, while the rest of the text keeps its words. Name parts count only as whole words
 * (so "Ann" does not eat "Annual"); a phone number is found with any spacing or punctuation between its digits.
 * Never log an instance or its terms.
 */
public final class PersonalValues {

    /** A name part shorter than this is not taken out on its own (initials, "Dr"); the full name still is. */
    static final int SHORTEST_NAME_PART = 2;
    /** A phone number with fewer digits is not searched in texts (it would match dates and amounts). */
    static final int SHORTEST_PHONE = 5;
    /** Postal address lines and other values shorter than this are not searched on their own. */
    static final int SHORTEST_LITERAL = 3;

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+");
    private static final String SEPARATORS = "[\\s\\-./()]*";

    private final Set<String> terms;
    private final Pattern pattern;

    private PersonalValues(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt((Term t) -> t.length).reversed());
        Set<String> regexes = new LinkedHashSet<>();
        for (Term term : sorted) {
            regexes.add(term.regex);
        }
        this.terms = Set.copyOf(regexes);
        this.pattern = regexes.isEmpty() ? null
                : Pattern.compile(String.join("|", regexes), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether there is nothing to take out. */
    public boolean isEmpty() {
        return pattern == null;
    }

    /** How many distinct search terms these values make (for tests and counts; never the terms themselves). */
    public int size() {
        return terms.size();
    }

    /** Whether the text contains any of the values. */
    public boolean foundIn(String text) {
        return text != null && pattern != null && pattern.matcher(text).find();
    }

    /**
     * The text with every occurrence of any of the values replaced by the replacement; null stays null.
     */
    public String scrub(String text, String replacement) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /**
     * As {@link #scrub(String, String)}, cut to at most {@code maxLength} characters (the column's size), since the
     * replacement may be longer than what it replaces.
     */
    public String scrub(String text, String replacement, int maxLength) {
        String scrubbed = scrub(text, replacement);
        if (scrubbed == null || scrubbed.length() <= maxLength) {
            return scrubbed;
        }
        int end = Character.isLowSurrogate(scrubbed.charAt(maxLength)) ? maxLength - 1 : maxLength;
        return scrubbed.substring(0, end);
    }

    /** Collects the values; blank or null values are ignored. */
    public static final class Builder {

        private final List<Term> terms = new ArrayList<>();

        private Builder() {
        }

        /** The full name as written, and each of its words of at least two letters as a whole word. */
        public Builder name(String name) {
            if (isBlank(name)) {
                return this;
            }
            literal(name.strip(), 1);
            Matcher words = WORDS.matcher(name);
            while (words.find()) {
                String word = stripPunctuation(words.group());
                wholeWord(word);
                for (String part : word.split("['’-]+")) {
                    wholeWord(part);
                }
            }
            return this;
        }

        private void wholeWord(String word) {
            if (word.codePointCount(0, word.length()) >= SHORTEST_NAME_PART) {
                terms.add(new Term("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}\\p{N}])",
                        word.length()));
            }
        }

        public Builder email(String email) {
            if (!isBlank(email)) {
                literal(email.strip(), 1);
            }
            return this;
        }

        /** The number as written and its digits with any spacing or punctuation in between. */
        public Builder phone(String phone) {
            if (isBlank(phone)) {
                return this;
            }
            literal(phone.strip(), SHORTEST_PHONE);
            String digits = phone.replaceAll("[^0-9]", "");
            if (digits.length() >= SHORTEST_PHONE) {
                StringBuilder regex = new StringBuilder("(?<![0-9])");
                for (int i = 0; i < digits.length(); i++) {
                    if (i > 0) {
                        regex.append(SEPARATORS);
                    }
                    regex.append(digits.charAt(i));
                }
                regex.append("(?![0-9])");
                terms.add(new Term(regex.toString(), digits.length()));
            }
            return this;
        }

        /** The whole address and each of its lines. */
        public Builder postalAddress(String address) {
            if (isBlank(address)) {
                return this;
            }
            literal(address.strip(), 1);
            for (String line : address.split("\\R")) {
                literal(line.strip(), SHORTEST_LITERAL);
            }
            return this;
        }

        /** Any other value that identifies the customer (a receipt number, a file name), as written. */
        public Builder value(String value) {
            if (!isBlank(value)) {
                literal(value.strip(), SHORTEST_LITERAL);
            }
            return this;
        }

        public PersonalValues build() {
            return new PersonalValues(terms);
        }

        private void literal(String value, int shortest) {
            if (value.codePointCount(0, value.length()) >= shortest) {
                terms.add(new Term(Pattern.quote(value), value.length()));
            }
        }

        private static String stripPunctuation(String word) {
            return word.replaceAll("^['’-]+|['’-]+$", "");
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    private record Term(String regex, int length) {
    }

    @Override
    public String toString() {
        return "PersonalValues[" + terms.size() + " terms]";
    }

}
