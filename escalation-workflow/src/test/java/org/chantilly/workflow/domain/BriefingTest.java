package org.chantilly.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class BriefingTest {

    @Test
    void anErasureTouchesOnlyTheAgendaItemsAboutTheErasedCustomersComplaints() {
        Briefing briefing = new Briefing("HAM", Instant.parse("2026-11-25T07:00:00Z"), "supervisor", "frida, jonas",
                "<h1>Briefing</h1><ul><li>Ask Mrs May Berg about the receipt (HAM-2026-000001)</li>"
                        + "<li>In May the returns desk moves (HAM-2026-000002)</li></ul>"
                        + "<ul><li>frida: calmed Mrs Berg down (HAM-2026-000001)</li></ul>");
        PersonalDataScrub scrub = (text, max) -> text == null ? null
                : text.replace("May Berg", "erased-x").replace("Berg", "erased-x").replace("May", "erased-x");

        briefing.erasePersonalData(scrub, List.of("HAM-2026-000001"));

        assertThat(briefing.agenda())
                .contains("<li>Ask Mrs erased-x about the receipt (HAM-2026-000001)</li>")
                .contains("<li>In May the returns desk moves (HAM-2026-000002)</li>")
                .contains("<li>frida: calmed Mrs erased-x down (HAM-2026-000001)</li>")
                .doesNotContain("Berg");
    }
}
