package org.chantilly.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.chantilly.console.support.DisplayedText.Part;
import org.junit.jupiter.api.Test;

/** What the pages ask about entered text: whether it hides characters, and where it sits in a composed text. */
class DisplayedTextTest {

    private final DisplayedText display = new DisplayedText();

    @Test
    void aNameWithAnOverrideOrAZeroWidthSpaceIsMarkedAnEmojiOrAnotherScriptIsNot() {
        assertThat(display.hidden("Anna \u202Egpj.exe")).isTrue();
        assertThat(display.hidden("An\u200Bna")).isTrue();
        assertThat(display.hidden("\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF")).isFalse();
        assertThat(display.hidden("Ada \uD83D\uDC69\u200D\uD83D\uDCBB")).isFalse();
        assertThat(display.hidden(null)).isFalse();
    }

    @Test
    void aComposedTextIsCutAtEveryOccurrenceOfTheEnteredValue() {
        String name = "Eve \u202Exo";
        assertThat(display.parts("Dear " + name + ", thank you, " + name, name)).containsExactly(
                new Part("Dear ", false), new Part(name, true), new Part(", thank you, ", false), new Part(name, true));
        assertThat(display.parts(name + "!", name)).containsExactly(new Part(name, true), new Part("!", false));
        assertThat(display.parts("Thank you.", name)).containsExactly(new Part("Thank you.", false));
        assertThat(display.parts("Thank you.", null)).containsExactly(new Part("Thank you.", false));
        assertThat(display.parts(null, name)).isEmpty();
    }

    @Test
    void anArgumentOfAMessageIsIsolatedByItsControlCharacters() {
        assertThat(display.isolate("Hamburg")).isEqualTo("\u2068Hamburg\u2069");
        assertThat(display.isolate(null)).isNull();
    }
}
