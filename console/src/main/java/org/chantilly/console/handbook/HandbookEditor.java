package org.chantilly.console.handbook;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SectionView;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.platform.api.Roles;

/**
 * A draft, section by section with English and a second language side by side, and its policy values with each
 * rule a value breaks shown at that value.
 */
@Named("editor")
@ViewScoped
public class HandbookEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handbook handbook;

    @Inject
    CurrentUser user;

    @Inject
    Preferences prefs;

    private int number;
    private String section;
    private String second;
    private VersionView version;
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> text = new LinkedHashMap<>();
    private List<PolicyValue> values = new ArrayList<>();

    /** A policy value as edited, with the value it had when the page was opened. */
    public static final class PolicyValue implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private String original;
        private String value;

        PolicyValue(String key, String value) {
            this.key = key;
            this.original = value;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        boolean changed() {
            return !Objects.equals(original, value);
        }
    }

    /** Opens the version named by the page's parameters (on the first request of the page). */
    public void load() {
        if (second == null || !HandbookTexts.LANGUAGES.contains(second) || "en".equals(second)) {
            String own = prefs.getLanguage();
            second = HandbookTexts.LANGUAGES.contains(own) && !"en".equals(own) ? own : "de";
        }
        version = handbook.version(number).orElse(null);
        if (version == null) {
            PageMessages.error("edit.noSuchVersion", number);
            return;
        }
        if (section == null || version.sections().stream().noneMatch(s -> s.key().equals(section))) {
            section = version.sections().isEmpty() ? null : version.sections().get(0).key();
        }
        showSection();
        values = new ArrayList<>();
        version.policy().forEach((key, value) -> values.add(new PolicyValue(key, value)));
    }

    private void showSection() {
        SectionView current = currentSection();
        title = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current.title());
        text = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current.text());
    }

    private SectionView currentSection() {
        return version == null ? null
                : version.sections().stream().filter(s -> s.key().equals(section)).findFirst().orElse(null);
    }

    public boolean isFound() {
        return version != null;
    }

    /** Whether the employee may change this version: the handbook owner, while it is a draft. */
    public boolean isEditable() {
        return version != null && "DRAFT".equals(version.version().status()) && user.hasRole(Roles.HANDBOOK_OWNER);
    }

    public VersionView getVersion() {
        return version;
    }

    /** The sections as the owner picks them: key and English title. */
    public List<SectionView> getSections() {
        return version == null ? List.of() : version.sections();
    }

    public String sectionTitle(SectionView view) {
        return HandbookTexts.pick(view.title(), "en");
    }

    public String getCurrentTitle() {
        SectionView current = currentSection();
        return current == null ? "" : HandbookTexts.pick(current.title(), "en");
    }

    /** The languages a second column may show (every one but English). */
    public List<String> getSecondLanguages() {
        return HandbookTexts.LANGUAGES.stream().filter(l -> !"en".equals(l)).toList();
    }

    public String languageName(String code) {
        return prefs.nameOf(Locale.forLanguageTag(code));
    }

    /** The second language chosen: its column shows that section's texts as saved. */
    public void showSecond() {
        SectionView current = currentSection();
        if (current != null) {
            title.put(second, current.title().get(second));
            text.put(second, current.text().get(second));
        }
    }

    public void saveSection() {
        if (!checkEditable()) {
            return;
        }
        Map<String, String> titles = present(title);
        Map<String, String> texts = present(text);
        VersionView saved = FieldMessages.attempt(this::sectionField,
                () -> handbook.editSection(number, section, titles, texts, user.getLogin()));
        if (saved != null) {
            version = saved;
            showSection();
            PageMessages.info("edit.section.saved", getCurrentTitle());
        }
    }

    /** The texts given (a language left empty falls back to English). */
    private static Map<String, String> present(Map<String, String> texts) {
        Map<String, String> given = new LinkedHashMap<>();
        texts.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(language, value);
            }
        });
        return given;
    }

    /** The component of a section's field as the service names it: title.en, text.de, ... */
    private String sectionField(String field) {
        String[] parts = field.split("\\.", 2);
        if (parts.length == 2 && (parts[0].equals("title") || parts[0].equals("text"))) {
            if (parts[1].equals("en")) {
                return "sectionForm:" + parts[0] + "_en";
            }
            if (parts[1].equals(second)) {
                return "sectionForm:" + parts[0] + "_second";
            }
        }
        return null;
    }

    public void savePolicy() {
        if (!checkEditable()) {
            return;
        }
        Map<String, String> changed = new LinkedHashMap<>();
        values.stream().filter(PolicyValue::changed).forEach(v -> changed.put(v.key, v.value));
        if (changed.isEmpty()) {
            PageMessages.info("edit.policy.unchanged");
            return;
        }
        VersionView saved = FieldMessages.attempt(this::policyField,
                () -> handbook.editPolicy(number, changed, user.getLogin()));
        if (saved != null) {
            version = saved;
            values.forEach(v -> {
                v.value = saved.policy().get(v.key);
                v.original = v.value;
            });
            PageMessages.info("edit.policy.saved", changed.size());
        }
    }

    /** The component of a policy value: its row's input. */
    private String policyField(String key) {
        for (int row = 0; row < values.size(); row++) {
            if (values.get(row).key.equals(key)) {
                return "policy:values:" + row + ":value";
            }
        }
        return null;
    }

    public String submit() {
        if (!checkEditable()) {
            return null;
        }
        if (FieldMessages.attempt(field -> null, () -> handbook.submit(number, user.getLogin()))) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("versions.submittedDone", number);
            return "/handbook/authoring/versions?faces-redirect=true";
        }
        return null;
    }

    private boolean checkEditable() {
        if (!isEditable()) {
            PageMessages.error("edit.notEditable", number);
            return false;
        }
        return true;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<PolicyValue> getValues() {
        return values;
    }
}
