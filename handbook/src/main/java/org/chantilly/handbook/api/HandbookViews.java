package org.chantilly.handbook.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the handbook shows: versions, sections, comparisons, signatures and supplements. */
public final class HandbookViews {

    private HandbookViews() {
    }

    /**
     * A version without its text.
     *
     * @param status  DRAFT, IN_REVIEW or PUBLISHED
     * @param inForce whether new decisions use it now
     */
    public record VersionSummary(int number, String status, Instant effectiveFrom, boolean inForce, String createdBy,
                                 Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy,
                                 Instant decidedAt, String reviewComment) {
    }

    /** A section: title and text by language (en, de, sv, fi, ru). */
    public record SectionView(String key, Map<String, String> title, Map<String, String> text) {
    }

    /**
     * A whole version: its sections, the other texts (handling advice per customer type, acknowledgement and outcome
     * wording per channel: kind, then key, then language), the phrase guide by language, and the policy values (keys
     * as in README.md, values as text).
     */
    public record VersionView(VersionSummary version, List<SectionView> sections,
                              Map<String, Map<String, Map<String, String>>> texts,
                              Map<String, ServicePolicy.PhraseGuide> phraseGuide, Map<String, String> policy) {
    }

    /**
     * What changed between two versions: section texts, the other texts (wordings, handling advice, the phrase guide)
     * and policy values.
     */
    public record Comparison(int from, int to, List<SectionChange> sections, List<TextChange> texts,
                             List<ValueChange> values) {
    }

    public record SectionChange(String key, String language, String before, String after) {
    }

    /**
     * A text besides the sections that changed in one language: {@code kind} handlingAdvice (key: customer type),
     * acknowledgementWording, outcomeWording or finalResponseWording (key: channel), or phraseGuide (key
     * {@code rules}: one rule a line; {@code phrases}: one "avoid → instead" a line). {@code before} is {@code null}
     * where the older version had no such text in that language, {@code after} where the newer one has none (its
     * readers then get the English text).
     */
    public record TextChange(String kind, String key, String language, String before, String after) {
    }

    /**
     * A version's phrase guide as written, for editing: the rules and the phrases ({@code avoid}, {@code instead}),
     * each by language, without the English fallback filled in for a missing translation.
     */
    public record PhraseGuideTexts(List<Map<String, String>> rules, List<PhraseTexts> phrases) {
    }

    /** A phrase of the guide: what to avoid and what to say instead, by language. */
    public record PhraseTexts(Map<String, String> avoid, Map<String, String> instead) {
    }

    public record ValueChange(String key, String before, String after) {
    }

    /** A signature: who signed which version, in which language, when, and the hash of the text they read. */
    public record SignatureView(int version, String employee, String language, String textHash, Instant signedAt) {
    }

    /**
     * Whether an employee has signed the version in force.
     *
     * @param overdue not signed and the signing period is over
     */
    public record SignatureStatus(String employee, String name, String role, String branchCode, int version,
                                  boolean signed, Instant signedAt, Instant deadline, boolean overdue) {
    }

    /** A branch's supplement to the handbook. */
    public record SupplementView(long id, String branchCode, String title, String text, String status,
                                 String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {
    }

    /** When the employees are reminded to sign a version and when their signatures are due. */
    public record SigningSchedule(Instant reminderAt, Instant deadline) {
    }
}
