package org.chantilly.intake.api;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How automatic messages address a customer of the public web form: never by the name the form gave, which anyone
 * may have typed (a phishing text, someone else's name), but by a neutral form of address in the wording's language.
 * Where the language has a neutral noun it stands for the name ("Dear customer,", "Hyvä asiakas,"); elsewhere the name
 * goes, with the comma or space before it ("Guten Tag,", "Hej,", "Здравствуйте!").
 */
public final class NeutralGreeting {

    /** The placeholder of the customer's name in the handbook's wordings. */
    public static final String PLACEHOLDER = "{customer}";

    /** The neutral form of address by language; empty where the greeting reads best without one. */
    private static final Map<String, String> NEUTRAL = Map.of(
            "en", "customer",
            "de", "",
            "sv", "",
            "fi", "asiakas",
            "ru", "");

    /** The placeholder opening a line ("{customer}, ..."), with what follows it up to the next word. */
    private static final Pattern OPENING = Pattern.compile("(?m)^([ \\t]*)\\{customer}[ \\t]*[,!]?[ \\t]*");

    /** The placeholder after a word, with the comma or space before it ("Hej {customer},", "Danke, {customer}."). */
    private static final Pattern AFTER_WORD = Pattern.compile(",?[ \\t]*\\{customer}");

    private NeutralGreeting() {
    }

    /** The wording with its {@code {customer}} placeholders replaced by the neutral form of address. */
    public static String of(String wording, String language) {
        String primary = language == null ? "en" : language.split("-")[0].toLowerCase(Locale.ROOT);
        String neutral = NEUTRAL.getOrDefault(primary, NEUTRAL.get("en"));
        if (!neutral.isEmpty()) {
            return wording.replace(PLACEHOLDER, neutral);
        }
        String opened = OPENING.matcher(wording).replaceAll("$1");
        return AFTER_WORD.matcher(opened).replaceAll("");
    }
}
