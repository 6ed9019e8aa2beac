package org.chantilly.platform.api;

import java.util.List;
import java.util.Locale;

/**
 * An employee's own language, kept in their staff record ({@link StaffInfo#language()}): the staff console shows
 * itself, the handbook and the handling advice in it. The employee changes it themselves by choosing another language
 * on any page of the console; an administrator changes it with the rest of the staff record
 * ({@link OrganisationAdmin#updateStaff}).
 */
public interface OwnLanguage {

    /** The languages Chantilly speaks (console, handbook, messages), English first: the fallback. */
    List<String> LANGUAGES = List.of("en", "de", "sv", "fi", "ru");

    /**
     * Makes {@code language} the caller's own language, audited as {@code USER_CHANGED} with the language before
     * and after (nothing happens when it is the caller's language already). An employee changes only their own
     * language this way.
     *
     * @param language one of {@link #LANGUAGES} (a region, as in {@code sv-FI}, is kept)
     * @return the caller's staff record as it is now
     * @throws InvalidInputException     naming {@code language} when it is none of {@link #LANGUAGES}
     * @throws ResourceNotFoundException when the caller has no staff record (an account created outside the
     *                                   administration, e.g. by a database script)
     */
    StaffInfo change(Caller caller, String language);

    /** The primary language of a tag ({@code sv-FI} → {@code sv}) if Chantilly speaks it, else {@code null}. */
    static String supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.contains(primary) ? primary : null;
    }
}
