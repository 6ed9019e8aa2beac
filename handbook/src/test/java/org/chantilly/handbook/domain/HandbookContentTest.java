package org.chantilly.handbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The default handbook's text: complete in five languages, and edited, read and hashed as signed. */
class HandbookContentTest {

    private static HandbookContent shipped() throws IOException {
        try (InputStream in = HandbookContentTest.class.getClassLoader().getResourceAsStream("handbook/default-handbook.json")) {
            return HandbookContent.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDefaultHandbookHasEverySectionInEveryLanguage() throws IOException {
        HandbookContent content = shipped();
        assertThat(content.sections()).extracting(HandbookContent.Section::key).contains("service-promise",
                "taking-a-complaint", "channel-letter", "customer-types", "four-rules", "phrase-guide", "remedies",
                "escalation", "follow-up-and-recognition", "signing").hasSize(15);
        for (HandbookContent.Section section : content.sections()) {
            assertThat(section.title()).containsOnlyKeys(HandbookContent.LANGUAGES);
            assertThat(section.text().values()).allSatisfy(text -> assertThat(text).isNotBlank());
        }
        assertThat(content.phraseGuide("fi").rules()).hasSize(4);
        assertThat(content.phraseGuide("ru").phrases()).hasSize(7);
        assertThat(content.outcomeWording("EMAIL", "sv")).contains("{answerLink}", "{reference}");
        assertThat(content.handlingAdvice("ACTIVE_HATER", "de")).isNotBlank();
    }

    @Test
    void everyAcknowledgementWordingGivesTheDurationAndTheDateInEveryLanguage() throws IOException {
        HandbookContent content = shipped();
        assertThat(content.textKeys("acknowledgementWording")).hasSize(6);
        for (String channel : content.textKeys("acknowledgementWording")) {
            Map<String, String> texts = content.text("acknowledgementWording", channel);
            assertThat(texts).as(channel).containsOnlyKeys(HandbookContent.LANGUAGES);
            texts.forEach((language, text) -> assertThat(HandbookContent.placeholders(text)).as(channel + " " + language)
                    .containsExactlyInAnyOrder("{customer}", "{reference}", "{responseTime}", "{responseBy}"));
        }
    }

    @Test
    void aMissingTranslationFallsBackToEnglish() throws IOException {
        HandbookContent edited = shipped().withSection("signing", Map.of("en", "Sign it"), Map.of("en", "Read, then sign."));
        assertThat(edited.section("signing").orElseThrow().title()).containsOnlyKeys("en");
        assertThat(edited.readingText("de")).contains("Sign it\n\nRead, then sign.");
        assertThat(HandbookContent.supported("fi-FI")).isEqualTo("fi");
        assertThat(HandbookContent.supported("pt")).isEqualTo("en");
    }

    @Test
    void theHashIdentifiesTheTextSignedInALanguage() throws IOException {
        HandbookContent content = shipped();
        assertThat(content.hash("de")).hasSize(64).isEqualTo(content.hash("de-AT")).isNotEqualTo(content.hash("en"));
        HandbookContent edited = content.withSection("signing", Map.of("en", "Sign it"), Map.of("en", "Read, then sign."));
        assertThat(edited.hash("en")).isNotEqualTo(content.hash("en"));
    }
}
