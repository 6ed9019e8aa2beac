package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.workflow.api.BriefingAgenda;
import org.chantilly.workflow.api.HandlingRecord.FollowUpView;
import org.chantilly.workflow.domain.Briefing;
import org.junit.jupiter.api.Test;

/** The printable agenda: what employees wrote is escaped and isolated, and an erasure still finds its items. */
class BriefingServiceTest {

    private static final String OVERRIDE = "\u202E";
    private static final Instant SINCE = Instant.parse("2026-11-24T07:00:00Z");

    private static FollowUpView followUp(String reference, String employee, String kind, String note) {
        return new FollowUpView(1, reference, employee, kind, note, null, "ON_BRIEFING_LIST", "supervisor", SINCE,
                null, null);
    }

    @Test
    void notesAndPhrasesAreIsolatedSoThatAnOverrideCannotReorderTheReferenceAfterThem() {
        BriefingAgenda agenda = new BriefingAgenda("HAM", SINCE,
                List.of(new BriefingAgenda.HandbookChange(3, SINCE, List.of("returns"), List.of("limit: 50 -> 80"))),
                List.of(followUp("HAM-2026-000001", "frida", "BRIEFING", "Ask Mrs Berg " + OVERRIDE + "<b>first</b>")),
                List.of(followUp("HAM-2026-000002", "jonas", "RECOGNITION", "Calm " + OVERRIDE + "and kind")),
                new ServicePolicy.Phrase("That's not my job", "Let me find out " + OVERRIDE + "for you"));

        String html = new BriefingService().printable(agenda);

        assertThat(html).contains(
                "<li>Version 3: sections <bdi>returns</bdi>; values <bdi>limit: 50 -&gt; 80</bdi></li>",
                "<li><bdi>Ask Mrs Berg " + OVERRIDE + "&lt;b&gt;first&lt;/b&gt;</bdi> (HAM-2026-000001)</li>",
                "<li><bdi>jonas</bdi>: <bdi>Calm " + OVERRIDE + "and kind</bdi> (HAM-2026-000002)</li>",
                "Never: <bdi>That&#39;s not my job</bdi><br>Instead: <bdi>Let me find out " + OVERRIDE + "for you</bdi>")
                .doesNotContain("<b>");

        Briefing held = new Briefing("HAM", SINCE, "supervisor", "frida", html);
        held.erasePersonalData((text, max) -> text == null ? null : text.replace("Berg", "erased-x"),
                List.of("HAM-2026-000001"));
        assertThat(held.agenda()).contains("<li><bdi>Ask Mrs erased-x " + OVERRIDE + "&lt;b&gt;first&lt;/b&gt;</bdi> "
                + "(HAM-2026-000001)</li>").doesNotContain("Berg");
    }
}
