package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text in the application's HTML pages: markup escaped, and what someone entered isolated for the bidi algorithm. */
class HtmlTest {

    /** RIGHT-TO-LEFT OVERRIDE: shows "Anna gpj.exe" as "Anna exe.jpg" and, unisolated, reverses what follows. */
    private static final String OVERRIDE = "\u202E";

    @Test
    void escapesTheCharactersThatAreMarkup() {
        assertThat(Html.escape("<b>\"Tom\" & 'Jerry'</b>")).isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void anEnteredValueIsEscapedAndIsolatedAsItWasSent() {
        String name = "Anna " + OVERRIDE + "gpj.exe <b>";
        assertThat(Html.isolated(name)).isEqualTo("<bdi>Anna " + OVERRIDE + "gpj.exe &lt;b&gt;</bdi>");
        assertThat(Html.isolated("\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF")).isEqualTo("<bdi>\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF</bdi>");
        assertThat(Html.isolated(null)).isEmpty();
        assertThat(Html.isolated("")).isEmpty();
    }

    @Test
    void eachLineIsIsolatedOnItsOwnSoThatAnOverrideEndsWithItsLine() {
        assertThat(Html.isolated("Alsterweg " + OVERRIDE + "3\n\n20099 Hamburg\n"))
                .isEqualTo("<bdi>Alsterweg " + OVERRIDE + "3</bdi>\n\n<bdi>20099 Hamburg</bdi>\n");
    }

    @Test
    void aComposedTextIsolatesEveryOccurrenceOfTheEnteredValues() {
        String name = "Eve " + OVERRIDE + "<i>";
        String text = "Dear " + name + ",\nyour complaint HAM-2026-000001 & more. Again: " + name;

        assertThat(Html.escapeIsolating(text, name, null, ""))
                .isEqualTo("Dear <bdi>Eve " + OVERRIDE + "&lt;i&gt;</bdi>,\nyour complaint HAM-2026-000001 &amp; more. "
                        + "Again: <bdi>Eve " + OVERRIDE + "&lt;i&gt;</bdi>");
        assertThat(Html.escapeIsolating("Dear Ann Lee, Ann", "Ann", "Ann Lee"))
                .isEqualTo("Dear <bdi>Ann Lee</bdi>, <bdi>Ann</bdi>");
        assertThat(Html.escapeIsolating("<no name>")).isEqualTo("&lt;no name&gt;");
        assertThat(Html.escapeIsolating(null, "x")).isEmpty();
    }
}
