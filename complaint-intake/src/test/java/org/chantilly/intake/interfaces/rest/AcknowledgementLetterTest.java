package org.chantilly.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Channel;
import org.junit.jupiter.api.Test;

/** The printable letter: everything entered is escaped and isolated, so that an override cannot reorder the letter. */
class AcknowledgementLetterTest {

    private static final String OVERRIDE = "\u202E";

    @Test
    void namesAndAddressesAreIsolatedAndEscapedAndStayAsEntered() {
        String name = "Ilse " + OVERRIDE + "tdnarB <Dr.>";
        ComplaintView complaint = new ComplaintView("HAM-2026-000007", ComplaintStatus.ACKNOWLEDGED, Channel.LETTER, "HAM",
                Instant.parse("2026-11-20T09:00:00Z"), "frontline",
                new CustomerDetails(name, null, null, "Alsterweg " + OVERRIDE + "3\n20099 Hamburg", "de", false),
                null, null, null, null, "x", null, null, null,
                new ComplaintView.Acknowledgement("LETTER", "SENT", "Sehr geehrte(r) " + name + ",\n\nvielen Dank & Gruß",
                        null),
                null, List.of(), List.of());
        BranchInfo branch = new BranchInfo("HAM", "Chantilly " + OVERRIDE + "Hamburg", "Mönckebergstraße 1\n20095 Hamburg",
                "DE", ZoneId.of("Europe/Berlin"), "DACH", "de", Map.of(), List.of(), true);

        String html = AcknowledgementLetter.html(complaint, branch);

        assertThat(html).contains(
                "<p class=\"from\"><bdi>Chantilly " + OVERRIDE + "Hamburg</bdi>\n<bdi>Mönckebergstraße 1</bdi>\n"
                        + "<bdi>20095 Hamburg</bdi></p>",
                "<p class=\"to\"><bdi>Ilse " + OVERRIDE + "tdnarB &lt;Dr.&gt;</bdi>\n<bdi>Alsterweg " + OVERRIDE
                        + "3</bdi>\n<bdi>20099 Hamburg</bdi></p>",
                "<p class=\"body\">Sehr geehrte(r) <bdi>Ilse " + OVERRIDE + "tdnarB &lt;Dr.&gt;</bdi>,\n\nvielen Dank "
                        + "&amp; Gruß</p>",
                "<strong>HAM-2026-000007</strong>", "lang=\"de\"")
                .doesNotContain("<Dr.>");
    }
}
