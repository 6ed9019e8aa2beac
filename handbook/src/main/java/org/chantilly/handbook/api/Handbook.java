package org.chantilly.handbook.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chantilly.handbook.api.HandbookViews.Comparison;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.HandbookViews.SigningSchedule;
import org.chantilly.handbook.api.HandbookViews.SupplementView;
import org.chantilly.handbook.api.HandbookViews.VersionSummary;
import org.chantilly.handbook.api.HandbookViews.VersionView;

/**
 * The customer-service handbook: versions written by the handbook owner, approved and published (through the
 * workflow's publication process), signed by every employee. Role checks are the caller's (the REST layer's) business.
 */
public interface Handbook {

    List<VersionSummary> versions();

    Optional<VersionView> version(int number);

    /** The version new decisions use now. */
    VersionView inForce();

    /**
     * A new draft, copied from the latest version.
     *
     * @throws org.chantilly.platform.api.ConflictException when a draft or a version in review exists already
     */
    VersionView newDraft(String by);

    /**
     * @throws org.chantilly.platform.api.ConflictException     when the version is not a draft
     * @throws org.chantilly.platform.api.InvalidInputException  when the section is unknown or English is missing
     */
    VersionView editSection(int number, String key, Map<String, String> title, Map<String, String> text, String by);

    /**
     * Rewrites one text of a draft besides the sections: the handling advice of a customer type, or the
     * acknowledgement, outcome or final-response wording of a channel ({@code kind} handlingAdvice,
     * acknowledgementWording, outcomeWording, finalResponseWording). A wording keeps the placeholders of its English
     * original in every language ({@link Placeholders}); the text replaces the one of every language.
     *
     * @throws org.chantilly.platform.api.ConflictException     when the version is not a draft
     * @throws org.chantilly.platform.api.InvalidInputException when English is missing or a placeholder is lost or added
     */
    VersionView editText(int number, String kind, String key, Map<String, String> text, String by);

    /**
     * The phrase guide of a version as written (no English filled in for a missing translation), for editing it.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such version
     */
    HandbookViews.PhraseGuideTexts phraseGuideTexts(int number);

    /** Replaces a draft's phrase guide: the rules, and the phrases to avoid with what to say instead, by language. */
    VersionView editPhraseGuide(int number, List<Map<String, String>> rules,
                                List<Map<String, Map<String, String>>> phrases, String by);

    /**
     * Changes some policy values of a draft; the whole set must then keep every rule.
     *
     * @throws org.chantilly.platform.api.ConflictException    when the version is not a draft
     * @throws org.chantilly.platform.api.InvalidInputException naming each value that breaks a rule
     */
    VersionView editPolicy(int number, Map<String, String> values, String by);

    /** Submits a draft for approval; publishes {@link HandbookSubmitted}. */
    void submit(int number, String by);

    /** A draft that was sent back goes to review again (its publication process continues; no event). */
    void resubmit(int number, String by);

    /**
     * The approver sent the draft back: it is a draft again, with the comments; the owner who wrote it and the one who
     * submitted it are notified ({@code DRAFT_SENT_BACK}).
     */
    void sendBack(int number, String comment, String by);

    /** The approver approved: the version is published and takes effect at {@code effectiveFrom}. */
    SigningSchedule publish(int number, Instant effectiveFrom, String by);

    Comparison compare(int from, int to);

    /** The version as a printable HTML document in a language (English where a translation is missing). */
    String exportHtml(int number, String language);

    /**
     * The employee signs the version in force after reading it in a language (idempotent).
     *
     * @throws org.chantilly.platform.api.ConflictException when the version is not the one in force (naming it)
     */
    SignatureView sign(int number, String language, String employee);

    /** Whether the employee has signed the version in force. */
    boolean hasSignedVersionInForce(String employee);

    /** Whether the employee has signed that version. */
    boolean hasSigned(String employee, int version);

    /** The signature status of the version in force for the active staff of these branches (null: everyone). */
    List<SignatureStatus> signatureStatus(List<String> branchCodes);

    /**
     * Reminds everyone who has not signed the version yet (a {@code HANDBOOK_TO_SIGN} notification each) and counts
     * them; 0 when it is no longer in force.
     */
    int remindUnsigned(int number);

    List<SignatureView> signaturesOf(String employee);

    SupplementView proposeSupplement(String branchCode, String title, String text, String by);

    SupplementView decideSupplement(long id, boolean approve, String by);

    /** The supplements of these branches (null: all), newest first. */
    List<SupplementView> supplements(List<String> branchCodes);

    /** The versions that took effect after that instant, oldest first (for briefings). */
    List<VersionSummary> takenEffectSince(Instant since);
}
