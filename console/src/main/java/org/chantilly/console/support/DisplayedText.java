package org.chantilly.console.support;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.chantilly.platform.api.Text;

/**
 * Text someone entered, as the console shows it: exactly as it was sent, each value isolated from the text around it
 * (the {@code ch:text} and {@code ch:name} tags of {@code WEB-INF/chantilly.taglib.xml} put it into a {@code <bdi>},
 * so that a direction override in a name cannot reorder what follows it), and beside a name a marker when it holds
 * invisible or direction-changing characters.
 */
@Named("display")
@ApplicationScoped
public class DisplayedText {

    /**
     * A piece of a text the application composed around an entered value.
     *
     * @param text    the piece
     * @param entered true for the entered value, which the page isolates
     */
    public record Part(String text, boolean entered) implements Serializable {
    }

    /** True when the text holds characters that make it show differently from what it says (see {@link Text}). */
    public boolean hidden(String text) {
        return Text.hasHiddenCharacters(text);
    }

    /**
     * The value between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069): the plain-text form of
     * {@code <bdi>}, for a value that is an argument of a translated message, where no element can go around it.
     * Null stays null.
     */
    public String isolate(String value) {
        return value == null ? null : "\u2068" + value + "\u2069";
    }

    /**
     * A composed text (the words to say with the customer's name in them) cut into the application's words and the
     * occurrences of the entered value, in order; without the value, the whole text as one piece of words.
     */
    public List<Part> parts(String text, String value) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (value == null || value.isEmpty()) {
            return List.of(new Part(text, false));
        }
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, from)) {
            if (at > from) {
                parts.add(new Part(text.substring(from, at), false));
            }
            parts.add(new Part(value, true));
            from = at + value.length();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return parts;
    }
}
