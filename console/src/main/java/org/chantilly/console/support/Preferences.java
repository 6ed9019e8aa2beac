package org.chantilly.console.support;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The language of this session: the employee's own language from their staff record, else the browser's first
 * supported language, else English; switchable on every page.
 */
@Named("prefs")
@SessionScoped
public class Preferences implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The console's languages, each in its own name (shown that way in the language menu). */
    public static final List<Locale> LANGUAGES = List.of(
            Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("ru"));

    @Inject
    CurrentUser user;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initial();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        locale = supported(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** A language's name in that language, capitalised: "Deutsch", "Suomi", "Русский". */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private Locale initial() {
        String own = user.staff().map(s -> s.language()).orElse(null);
        if (own != null && isSupported(own)) {
            return supported(own);
        }
        Iterator<Locale> wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (wanted.hasNext()) {
            Locale candidate = wanted.next();
            if (isSupported(candidate.getLanguage())) {
                return supported(candidate.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    static boolean isSupported(String language) {
        return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    static Locale supported(String language) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }
}
