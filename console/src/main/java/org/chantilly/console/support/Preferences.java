package org.chantilly.console.support;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.OwnLanguage;
import org.chantilly.platform.api.StaffInfo;

/**
 * The language of this session: the employee's own language from their staff record, else the browser's first
 * supported language (only when the browser asks for one: a request without {@code Accept-Language} gets English,
 * not the server's default), else English. It is worked out again when the employee logs in (the login page knows
 * only the browser), and switching it on a page saves it as the employee's own language through
 * {@link OwnLanguage} (audited), so that the next login starts in it. An account without a staff record (created
 * outside the administration) has nowhere to keep a language: its choice lasts for the session.
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

    @Inject
    transient OwnLanguage ownLanguage;

    private Locale locale;
    /** The login the locale was worked out for; {@code null} before the employee logged in. */
    private String resolvedFor;

    public Locale getLocale() {
        String login = user.getLogin();
        if (locale == null || !Objects.equals(login, resolvedFor)) {
            locale = initial();
            resolvedFor = login;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the session's language; for an employee with a staff record it also becomes their own language (a
     * language that is their own already is not saved again).
     */
    public void setLanguage(String language) {
        Locale chosen = supported(language);
        locale = chosen;
        resolvedFor = user.getLogin();
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        save(chosen);
    }

    /** Keeps the language in the employee's staff record, if they have one. */
    private void save(Locale chosen) {
        Optional<StaffInfo> staff = user.staff();
        if (staff.isEmpty() || chosen.getLanguage().equals(OwnLanguage.supported(staff.get().language()))) {
            return;
        }
        Caller caller = user.caller();
        StaffInfo saved = Feedback.attempt(null,
                () -> ConcurrentChange.retrying(() -> ownLanguage.change(caller, chosen.getLanguage())));
        if (saved != null) {
            user.staffChanged(saved);
        }
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** A language's name in that language, capitalised: "Deutsch", "Suomi", "Русский". */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /**
     * A language tag's language in its own name ({@code de}, {@code de-AT}: "Deutsch"), to label words meant for a
     * customer who speaks it; the tag itself for a language Java does not name.
     */
    public String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        return nameOf(Locale.forLanguageTag(Locale.forLanguageTag(tag.replace('_', '-')).getLanguage()));
    }

    private Locale initial() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String asked = external.getRequestHeaderMap().get("Accept-Language");
        List<Locale> browser = new ArrayList<>();
        if (asked != null && !asked.isBlank()) {
            external.getRequestLocales().forEachRemaining(browser::add);
        }
        return resolve(user.staff().map(StaffInfo::language).orElse(null), browser);
    }

    /**
     * The session's language: the employee's own ({@code sv}, {@code sv-FI}) when the console speaks it, else the
     * first of the browser's languages it speaks, else English.
     *
     * @param own     the language of the employee's staff record, or {@code null} without one
     * @param browser the languages the browser asks for, most wanted first (empty when it asks for none)
     */
    static Locale resolve(String own, List<Locale> browser) {
        if (OwnLanguage.supported(own) != null) {
            return supported(OwnLanguage.supported(own));
        }
        for (Locale candidate : browser) {
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
        String primary = language == null ? null : Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(primary)).findFirst().orElse(Locale.ENGLISH);
    }
}
