package org.chantilly.handbook.domain;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Sha256;

/**
 * The text of a handbook version: sections with titles and texts in every language, the handling advice per
 * customer type, the phrase guide and the wordings for customers, as one JSON document (the shape of
 * {@code handbook/default-handbook.json}). English is the fallback for a missing translation.
 */
public final class HandbookContent {

    /** The languages the handbook is written in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "de", "sv", "fi", "ru");

    /** A section: key, and title and text by language. */
    public record Section(String key, Map<String, String> title, Map<String, String> text) {
    }

    private final JsonObject json;

    private HandbookContent(JsonObject json) {
        this.json = json;
    }

    public static HandbookContent parse(String document) {
        try (var reader = Json.createReader(new StringReader(document))) {
            return new HandbookContent(reader.readObject());
        }
    }

    public String toJson() {
        return json.toString();
    }

    public List<Section> sections() {
        return json.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .map(s -> new Section(s.getString("key"), texts(s.getJsonObject("title")), texts(s.getJsonObject("text"))))
                .toList();
    }

    public Optional<Section> section(String key) {
        return sections().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The same content with one section's title and text replaced. */
    public HandbookContent withSection(String key, Map<String, String> title, Map<String, String> text) {
        var sections = Json.createArrayBuilder();
        for (JsonValue value : json.getJsonArray("sections")) {
            JsonObject section = value.asJsonObject();
            sections.add(section.getString("key").equals(key)
                    ? Json.createObjectBuilder().add("key", key).add("title", object(title)).add("text", object(text)).build()
                    : section);
        }
        return new HandbookContent(Json.createObjectBuilder(json).add("sections", sections).build());
    }

    /** The kinds of localized texts besides the sections, each keyed (customer type or channel). */
    public static final List<String> TEXT_KINDS = List.of("handlingAdvice", "acknowledgementWording", "outcomeWording",
            "finalResponseWording");

    /** The keys of one kind of text, e.g. the channels of {@code outcomeWording}. */
    public List<String> textKeys(String kind) {
        return List.copyOf(kind(kind).keySet());
    }

    /** The texts of a kind; none for a kind that versions written before it existed lack (finalResponseWording). */
    private JsonObject kind(String kind) {
        JsonObject texts = json.getJsonObject(kind);
        return texts == null ? JsonValue.EMPTY_JSON_OBJECT : texts;
    }

    /** The same content with the kinds of texts it lacks taken from another (the default handbook's). */
    public HandbookContent withMissingTexts(HandbookContent defaults) {
        JsonObjectBuilder completed = Json.createObjectBuilder(json);
        boolean changed = false;
        for (String kind : TEXT_KINDS) {
            if (json.getJsonObject(kind) == null && defaults.json.getJsonObject(kind) != null) {
                completed.add(kind, defaults.json.getJsonObject(kind));
                changed = true;
            }
        }
        return changed ? new HandbookContent(completed.build()) : this;
    }

    /** One text of a kind by language, e.g. the EMAIL outcome wording. */
    public Map<String, String> text(String kind, String key) {
        return texts(kind(kind).getJsonObject(key));
    }

    /** The same content with one text of a kind replaced. */
    public HandbookContent withText(String kind, String key, Map<String, String> text) {
        JsonObject replaced = Json.createObjectBuilder(kind(kind)).add(key, object(text)).build();
        return new HandbookContent(Json.createObjectBuilder(json).add(kind, replaced).build());
    }

    /** The same content with another phrase guide: rules and phrases, each by language. */
    public HandbookContent withPhraseGuide(List<Map<String, String>> rules, List<Map<String, Map<String, String>>> phrases) {
        var ruleArray = Json.createArrayBuilder();
        rules.forEach(rule -> ruleArray.add(object(rule)));
        var phraseArray = Json.createArrayBuilder();
        phrases.forEach(p -> phraseArray.add(Json.createObjectBuilder().add("avoid", object(p.get("avoid")))
                .add("instead", object(p.get("instead")))));
        return new HandbookContent(Json.createObjectBuilder(json).add("phraseGuide",
                Json.createObjectBuilder().add("rules", ruleArray).add("phrases", phraseArray)).build());
    }

    /** The placeholders ({@code {reference}} ...) a text uses. */
    public static Set<String> placeholders(String text) {
        return org.chantilly.handbook.api.Placeholders.of(text);
    }

    public String handlingAdvice(String customerType, String language) {
        return localized(json.getJsonObject("handlingAdvice").getJsonObject(customerType), language);
    }

    public String acknowledgementWording(String channel, String language) {
        return localized(json.getJsonObject("acknowledgementWording").getJsonObject(channel), language);
    }

    public String outcomeWording(String channel, String language) {
        return localized(json.getJsonObject("outcomeWording").getJsonObject(channel), language);
    }

    /** Head office's final response for the channel; empty where this version has none. */
    public String finalResponseWording(String channel, String language) {
        return localized(kind("finalResponseWording").getJsonObject(channel), language);
    }

    /** The phrase guide's rules as written, each by language (no fallback filled in). */
    public List<Map<String, String>> phraseGuideRules() {
        return json.getJsonObject("phraseGuide").getJsonArray("rules").stream()
                .map(rule -> texts(rule.asJsonObject())).toList();
    }

    /** The phrase guide's phrases as written: {@code avoid} and {@code instead}, each by language. */
    public List<Map<String, Map<String, String>>> phraseGuidePhrases() {
        return json.getJsonObject("phraseGuide").getJsonArray("phrases").stream().map(JsonValue::asJsonObject)
                .map(p -> Map.of("avoid", texts(p.getJsonObject("avoid")), "instead", texts(p.getJsonObject("instead"))))
                .toList();
    }

    public ServicePolicy.PhraseGuide phraseGuide(String language) {
        JsonObject guide = json.getJsonObject("phraseGuide");
        List<String> rules = guide.getJsonArray("rules").stream()
                .map(rule -> localized(rule.asJsonObject(), language)).toList();
        JsonArray phrases = guide.getJsonArray("phrases");
        return new ServicePolicy.PhraseGuide(rules, phrases.stream().map(JsonValue::asJsonObject)
                .map(p -> new ServicePolicy.Phrase(localized(p.getJsonObject("avoid"), language),
                        localized(p.getJsonObject("instead"), language)))
                .toList());
    }

    /** Every section's title and text in one language (English where it is missing): what an employee signs. */
    public String readingText(String language) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections()) {
            text.append(pick(section.title(), language)).append("\n\n").append(pick(section.text(), language))
                    .append("\n\n");
        }
        return text.toString();
    }

    /** The SHA-256 of {@link #readingText} (hex): it identifies the text a signature was given for. */
    public String hash(String language) {
        return Sha256.hex(readingText(language));
    }

    /** The primary language tag of a request ({@code de-AT} → {@code de}) if the handbook has it, else English. */
    public static String supported(String language) {
        if (language == null) {
            return LANGUAGES.get(0);
        }
        String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return LANGUAGES.contains(primary.toLowerCase()) ? primary.toLowerCase() : LANGUAGES.get(0);
    }

    public static String pick(Map<String, String> texts, String language) {
        String text = texts.get(supported(language));
        return text == null || text.isBlank() ? texts.getOrDefault(LANGUAGES.get(0), "") : text;
    }

    private static String localized(JsonObject texts, String language) {
        return texts == null ? "" : pick(texts(texts), language);
    }

    private static Map<String, String> texts(JsonObject object) {
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((language, value) -> texts.put(language, ((JsonString) value).getString()));
        return texts;
    }

    private static JsonObjectBuilder object(Map<String, String> texts) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        texts.forEach(builder::add);
        return builder;
    }
}
