package org.chantilly.console.support;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.MessageKey;
import org.chantilly.platform.api.ProblemException;

/**
 * The services' messages in the employee's language: a refusal or a field's error carries its message key with its
 * arguments ({@link Message}), and the console's {@code messages} bundle has each key in German, Swedish, Finnish and
 * Russian. English, and a key a language lacks, shows the English text the API sends (the bundle's base is empty:
 * the English texts live with the keys, in each module's message enum).
 */
public final class ServiceMessages {

    /** The bundle of the services' messages, by key ({@code branch.hours.opensBeforeCloses}). */
    public static final String BUNDLE = "org.chantilly.console.i18n.messages";

    private ServiceMessages() {
    }

    /** A message in the language of {@code locale}. */
    public static String text(Message message, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return message.format(key -> pattern(bundle, key), locale);
    }

    /** What a service refused, in the language of {@code locale}. */
    public static String text(ProblemException refused, Locale locale) {
        return text(refused.text(), locale);
    }

    /** A rejected field's message, in the language of {@code locale}. */
    public static String text(FieldError error, Locale locale) {
        return text(error.text(), locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    private static String pattern(ResourceBundle bundle, MessageKey key) {
        if (bundle == null || !bundle.containsKey(key.key())) {
            return null;
        }
        return bundle.getString(key.key());
    }
}
