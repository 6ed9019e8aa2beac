package org.chantilly.platform.notifications;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chantilly.platform.api.NotificationKind;

/**
 * What a notification says, in the employee's language (en, de, sv, fi, ru; any other is English), with its instants
 * in their time zone: the same words in the console's list and in the mail. The texts are in the bundle
 * {@code org.chantilly.platform.notifications.texts}, with named placeholders ({@code {reference}}) filled from the
 * notification's parameters.
 */
public final class NotificationTexts {

    /** The bundle's base name. */
    static final String BUNDLE = "org.chantilly.platform.notifications.texts";

    /** The parameters that hold an instant: shown as a date and time. */
    static final List<String> INSTANTS = List.of("due", "deadline");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final ResourceBundle texts;
    private final Locale locale;
    private final ZoneId zone;

    public NotificationTexts(Locale locale, ZoneId zone) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone;
        this.texts = ResourceBundle.getBundle(BUNDLE, this.locale, NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The notification in a sentence or two. */
    public String describe(NotificationKind kind, Map<String, String> params) {
        String text = fill(texts.getString("text." + kind.name()), params);
        for (String optional : kind.optional()) {
            if (present(params.get(optional)) && texts.containsKey("text." + kind.name() + "." + optional)) {
                text += " " + fill(texts.getString("text." + kind.name() + "." + optional), params);
            }
        }
        return text;
    }

    /** The mail's subject. */
    public String subject(NotificationKind kind, Map<String, String> params) {
        return fill(texts.getString("subject." + kind.name()), params);
    }

    /** The mail's plain text: greeting, what happened, the link, and where to change the mail settings. */
    public String mail(String name, NotificationKind kind, Map<String, String> params, String link, String settings) {
        return fill(texts.getString("mail.greeting"), Map.of("name", name == null ? "" : name)) + "\n\n"
                + describe(kind, params) + "\n\n"
                + texts.getString("mail.open") + "\n" + link + "\n\n"
                + "-- \n" + fill(texts.getString("mail.footer"), Map.of("settings", settings)) + "\n";
    }

    /** A text with its placeholders filled: instants formatted, tiers named, anything else as it is. */
    String fill(String pattern, Map<String, String> params) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = params.get(name);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : shown(name, value)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private String shown(String name, String value) {
        if (INSTANTS.contains(name)) {
            try {
                return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                        .withZone(zone).format(Instant.parse(value));
            } catch (DateTimeException e) {
                return value;
            }
        }
        if ("tier".equals(name)) {
            try {
                return texts.getString("tier." + value);
            } catch (MissingResourceException e) {
                return value;
            }
        }
        return value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
