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
import org.chantilly.handbook.api.Placeholders;
import org.chantilly.handbook.api.HandbookViews.PhraseGuideTexts;
import org.chantilly.handbook.api.HandbookViews.SectionView;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.platform.api.Roles;

/**
 * A draft, section by section with English and a second language side by side; its other texts the same way (the
 * handling advice per customer type, the acknowledgement, outcome and final-response wordings per channel, each with
 * the placeholders it must keep) and its phrase guide (rules, and phrases to avoid with what to say instead); its
 * policy values with each rule a value breaks shown at that value.
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
    private String textKind;
    private String textKey;
    private Map<String, String> wording = new LinkedHashMap<>();
    private List<GuideRow> rules = new ArrayList<>();
    private List<GuidePhrase> phrases = new ArrayList<>();

    /** A rule of the phrase guide as edited: its text by language (every language, not only the two shown). */
    public static final class GuideRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> text;

        GuideRow(Map<String, String> text) {
            this.text = new LinkedHashMap<>(text == null ? Map.of() : text);
        }

        public Map<String, String> getText() {
            return text;
        }
    }

    /** A phrase of the phrase guide as edited: what to avoid and what to say instead, by language. */
    public static final class GuidePhrase implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> avoid;
        private final Map<String, String> instead;

        GuidePhrase(Map<String, String> avoid, Map<String, String> instead) {
            this.avoid = new LinkedHashMap<>(avoid == null ? Map.of() : avoid);
            this.instead = new LinkedHashMap<>(instead == null ? Map.of() : instead);
        }

        public Map<String, String> getAvoid() {
            return avoid;
        }

        public Map<String, String> getInstead() {
            return instead;
        }
    }

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
        showTextOf(textKind, textKey);
        showPhraseGuide();
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

    /** The kinds of texts besides the sections this version has: handling advice, then the wordings. */
    public List<String> getTextKinds() {
        return version == null ? List.of() : List.copyOf(version.texts().keySet());
    }

    /** The keys of the kind shown: customer types (handling advice) or channels (wordings). */
    public List<String> getTextKeys() {
        Map<String, Map<String, String>> byKey = version == null ? null : version.texts().get(textKind);
        return byKey == null ? List.of() : List.copyOf(byKey.keySet());
    }

    public String textKindName(String kind) {
        return Feedback.text("handbook", "edit.texts.kind." + kind);
    }

    /** A key's name in the page's language: a customer type's or a channel's. */
    public String textKeyName(String key) {
        return "handlingAdvice".equals(textKind) ? Feedback.text("frontline", "customerType." + key)
                : Feedback.text("common", "channel." + key);
    }

    /** The label of the text's fields: advice or wording. */
    public String getTextLabel() {
        return Feedback.text("handbook", "handlingAdvice".equals(textKind) ? "edit.texts.advice" : "edit.texts.wording");
    }

    /** The placeholders every language of the text shown must use: those of its English text as saved. */
    public String getPlaceholders() {
        if (version == null || !Placeholders.kept(textKind)) {
            return "";
        }
        return String.join(" ", Placeholders.of(savedText().get("en")));
    }

    /** The kind, key and second language chosen: their texts as saved. */
    public void showText() {
        showTextOf(textKind, textKey);
    }

    private void showTextOf(String kind, String key) {
        List<String> kinds = getTextKinds();
        textKind = kind != null && kinds.contains(kind) ? kind : kinds.isEmpty() ? null : kinds.get(0);
        List<String> keys = getTextKeys();
        textKey = key != null && keys.contains(key) ? key : keys.isEmpty() ? null : keys.get(0);
        wording = new LinkedHashMap<>(savedText());
    }

    private Map<String, String> savedText() {
        Map<String, Map<String, String>> byKey = version == null || textKind == null ? null
                : version.texts().get(textKind);
        Map<String, String> saved = byKey == null || textKey == null ? null : byKey.get(textKey);
        return saved == null ? Map.of() : saved;
    }

    /** Saves the text of every language (those not shown as they were); a language left empty falls back to English. */
    public void saveText() {
        if (!checkEditable()) {
            return;
        }
        Map<String, String> texts = present(wording);
        String kind = textKind;
        String key = textKey;
        VersionView saved = FieldMessages.attempt(this::textField,
                () -> handbook.editText(number, kind, key, texts, user.getLogin()));
        if (saved != null) {
            version = saved;
            showTextOf(kind, key);
            PageMessages.info("edit.texts.saved", textKindName(kind), textKeyName(key));
        }
    }

    /** The component of a text's language as the service names it: text.en, text.sv, ... */
    private String textField(String field) {
        if (field.equals("text.en")) {
            return "wording:text_en";
        }
        if (field.equals("text." + second)) {
            return "wording:text_second";
        }
        return null;
    }

    private void showPhraseGuide() {
        PhraseGuideTexts guide = handbook.phraseGuideTexts(number);
        rules = new ArrayList<>(guide.rules().stream().map(GuideRow::new).toList());
        phrases = new ArrayList<>(guide.phrases().stream().map(p -> new GuidePhrase(p.avoid(), p.instead())).toList());
    }

    public List<GuideRow> getRules() {
        return rules;
    }

    public List<GuidePhrase> getPhrases() {
        return phrases;
    }

    public void addRule() {
        rules.add(new GuideRow(Map.of()));
    }

    public void removeRule(int row) {
        if (row >= 0 && row < rules.size()) {
            rules.remove(row);
        }
    }

    public void addPhrase() {
        phrases.add(new GuidePhrase(Map.of(), Map.of()));
    }

    public void removePhrase(int row) {
        if (row >= 0 && row < phrases.size()) {
            phrases.remove(row);
        }
    }

    /** Saves the whole phrase guide: its rules and phrases in the order shown, every language of each. */
    public void savePhraseGuide() {
        if (!checkEditable()) {
            return;
        }
        List<Map<String, String>> ruleTexts = rules.stream().map(r -> present(r.text)).toList();
        List<Map<String, Map<String, String>>> phraseTexts = phrases.stream()
                .map(p -> Map.of("avoid", present(p.avoid), "instead", present(p.instead))).toList();
        VersionView saved = FieldMessages.attempt(this::guideField,
                () -> handbook.editPhraseGuide(number, ruleTexts, phraseTexts, user.getLogin()));
        if (saved != null) {
            version = saved;
            showPhraseGuide();
            PageMessages.info("edit.guide.saved");
        }
    }

    /**
     * The component of a phrase guide's field as the service names it: {@code rules[2].en} is the English input of
     * the third rule's row, {@code phrases[0].instead.sv} the second language's "instead" of the first phrase's row.
     */
    private String guideField(String field) {
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("rules\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (rule.matches()) {
            String column = column(rule.group(2));
            return column == null ? null : "phraseGuide:rules:" + rule.group(1) + ":rule_" + column;
        }
        java.util.regex.Matcher phrase = java.util.regex.Pattern
                .compile("phrases\\[(\\d+)]\\.(avoid|instead)\\.(\\w+)").matcher(field);
        if (phrase.matches()) {
            String column = column(phrase.group(3));
            return column == null ? null : "phraseGuide:phrases:" + phrase.group(1) + ":" + phrase.group(2) + "_" + column;
        }
        return null;
    }

    /** Which of the two columns shows a language: {@code en}, {@code second}, or none. */
    private String column(String language) {
        return "en".equals(language) ? "en" : language.equals(second) ? "second" : null;
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

    public String getTextKind() {
        return textKind;
    }

    public void setTextKind(String textKind) {
        this.textKind = textKind;
    }

    public String getTextKey() {
        return textKey;
    }

    public void setTextKey(String textKey) {
        this.textKey = textKey;
    }

    public Map<String, String> getWording() {
        return wording;
    }
}
