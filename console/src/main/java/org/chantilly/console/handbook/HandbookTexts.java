package org.chantilly.console.handbook;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.platform.api.Roles;

/** What the handbook pages share: its languages, who signs it, and a text as paragraphs and lists. */
public final class HandbookTexts {

    /** The handbook's languages; English is the fallback. */
    static final List<String> LANGUAGES = List.of("en", "de", "sv", "fi", "ru");

    /** Who reads and signs the handbook (the roles the API lets sign). */
    static final Set<String> SIGNING_ROLES = Set.of(Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER,
            Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER);

    /** The version task an approver completes. */
    static final String REVIEW_TASK = "Task_ReviewHandbookDraft";

    private HandbookTexts() {
    }

    static boolean signs(CurrentUser user) {
        return SIGNING_ROLES.stream().anyMatch(user::hasRole);
    }

    static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /** The text in that language, or the English one where it is missing. */
    static String pick(Map<String, String> texts, String language) {
        String text = texts == null ? null : texts.get(language);
        return text == null || text.isBlank() ? (texts == null ? "" : texts.getOrDefault("en", "")) : text;
    }

    /** Whether the text exists in that language (else the page says it shows English). */
    static boolean translated(Map<String, String> texts, String language) {
        String text = texts == null ? null : texts.get(language);
        return text != null && !text.isBlank();
    }

    /** A block of a section's text: a paragraph, or a list of the lines starting with "- ". */
    public record Block(boolean list, List<String> lines) implements Serializable {
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2));
                continue;
            }
            if (!items.isEmpty()) {
                blocks.add(new Block(true, List.copyOf(items)));
                items.clear();
            }
            if (!line.isBlank()) {
                blocks.add(new Block(false, List.of(line)));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Block(true, List.copyOf(items)));
        }
        return blocks;
    }
}
