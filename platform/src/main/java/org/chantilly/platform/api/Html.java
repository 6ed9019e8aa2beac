package org.chantilly.platform.api;

/**
 * Text put into the few HTML pages the application writes (letters, printable exports, the answer page). Free text
 * and names someone entered (a customer's name, an address, a note, an employee's or a branch's name) are stored
 * exactly as they were sent, bidirectional controls included, and go into a page through {@link #isolated(String)} or
 * {@link #escapeIsolating(String, String...)}; {@link #escape(String)} alone is for the application's own words and
 * for codes of a fixed shape (references, branch codes, logins).
 */
public final class Html {

    private static final String OPEN = "<bdi>";
    private static final String CLOSE = "</bdi>";

    private Html() {
    }

    /** The text with the five characters that are markup in HTML escaped; null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A value someone entered, escaped and isolated: each of its lines in a {@code <bdi>} element; null and empty
     * become empty. Inside {@code <bdi>} the bidirectional algorithm treats the value as one unit: a right-to-left
     * override (U+202E), embedding or unclosed isolate in it acts only within the value and cannot reorder the text
     * around it (the reference after a name, the rest of a letter), and a value in a right-to-left script takes its
     * own direction without turning the punctuation beside it around. Each line is isolated on its own, so that
     * nothing carries over into the next line of an address either. The value itself is shown as it was entered.
     */
    public static String isolated(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isEmpty()) {
                out.append(OPEN).append(escape(lines[i])).append(CLOSE);
            }
        }
        return out.toString();
    }

    /**
     * A text the application composed around values someone entered (a letter's wording with the customer's name in
     * it), escaped, with every occurrence of those values {@linkplain #isolated(String) isolated}; where two values
     * start at the same place the longer one is taken. Null text becomes empty; null and empty values are ignored.
     */
    public static String escapeIsolating(String text, String... values) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            String found = null;
            for (String value : values) {
                if (value == null || value.isEmpty()) {
                    continue;
                }
                int index = text.indexOf(value, from);
                if (index >= 0 && (at < 0 || index < at || (index == at && value.length() > found.length()))) {
                    at = index;
                    found = value;
                }
            }
            if (found == null) {
                break;
            }
            out.append(escape(text.substring(from, at))).append(isolated(found));
            from = at + found.length();
        }
        return out.append(escape(text.substring(from))).toString();
    }
}
