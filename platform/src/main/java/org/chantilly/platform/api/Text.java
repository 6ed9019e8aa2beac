package org.chantilly.platform.api;

/**
 * The one definition of blank text, shared by the API's forms, the console and the domain: a text is blank when it
 * is absent or holds nothing a reader could see, i.e. only Unicode white space (the ideographic space U+3000, the em
 * space U+2003, no-break spaces and line separators included), invisible format characters (zero-width space and
 * joiners, the byte order mark, bidirectional marks), control characters and the few letters that are drawn as
 * nothing (the Hangul fillers, the blank Braille pattern). {@link String#isBlank()} knows only part of this and Bean
 * Validation's {@code @RequiredText} even less (it trims characters up to U+0020), which is why neither is used.
 */
public final class Text {

    private Text() {
    }

    /** True for {@code null} and for text without a single visible character. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Text::invisible);
    }

    /** True when the text is present and holds something visible. */
    public static boolean hasText(String text) {
        return !isBlank(text);
    }

    static boolean invisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true;
        }
        return switch (codePoint) {
            // Hangul choseong and jungseong fillers, Hangul filler, halfwidth Hangul filler, blank Braille pattern
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800 -> true;
            default -> false;
        };
    }

    /**
     * True when the text holds a character that can make it show differently from what it says: a control character
     * other than tab, line feed and carriage return, a bidirectional mark, embedding, override or isolate (U+202E
     * can turn "gpj.exe" into "exe.jpg" on screen), or an invisible space or joiner that is not part of any script
     * (zero-width space, word joiner, byte order mark, soft hyphen). The zero-width joiners that emoji and several
     * scripts need are not counted. Staff are shown a marker next to such text; it is stored as sent.
     */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(Text::hidden);
    }

    private static boolean hidden(int c) {
        if (Character.getType(c) == Character.CONTROL) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
                || c == 0x00AD || c == 0x180E;
    }
}
