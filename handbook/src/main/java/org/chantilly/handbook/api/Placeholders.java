package org.chantilly.handbook.api;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of the handbook's wordings for customers ({@code {reference}}, {@code {customer}},
 * {@code {responseTime}} ...): the application fills them in when it writes to a customer, so every language of a
 * wording must use exactly those of its English text. Clients show them to the author; the handbook checks them.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    private Placeholders() {
    }

    /** The placeholders a text uses, sorted; none for {@code null}. */
    public static Set<String> of(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Whether a kind of text keeps placeholders: the wordings do, the handling advice (for employees) does not. */
    public static boolean kept(String kind) {
        return !"handlingAdvice".equals(kind);
    }
}
