package org.chantilly.handbook.api;

import org.chantilly.platform.api.MessageKey;

/**
 * The messages of the handbook: versions, drafts and their texts, policy values, supplements. See
 * {@link MessageKey}; the English texts are what the API has always sent.
 */
public enum HandbookMessage implements MessageKey {

    VERSION_NOT_FOUND("handbook.version.notFound", "There is no handbook version {0}."),
    NO_SUCH_VERSION("handbook.version.noSuch", "There is no such version."),
    VERSION_STILL_OPEN("handbook.version.stillOpen", "Version {0} is still {1}; finish it before starting another."),
    VERSION_NOT_DRAFT("handbook.version.notDraft", "Version {0} is {1}; only a draft can be discarded."),
    VERSION_FIXED("handbook.version.fixed", "Version {0} is {1} and cannot change; start a new draft."),
    VERSION_NOT_IN_FORCE("handbook.version.notInForce", "Version {0} is not the one in force; sign version {1}."),
    SECTION_NOT_FOUND("handbook.section.notFound", "The handbook has no section {0}."),
    TEXT_NOT_FOUND("handbook.text.notFound", "The handbook has no {0} {1}."),
    TOO_LONG("handbook.tooLong", "makes the handbook longer than {0} characters"),
    PLACEHOLDERS("handbook.placeholders", "must use exactly the placeholders {0}"),
    RULES_REQUIRED("handbook.rules.required", "names at least one rule"),
    PHRASES_REQUIRED("handbook.phrases.required", "names at least one phrase"),
    ENGLISH_REQUIRED("handbook.english.required", "is required (English is the fallback)"),
    NOT_A_LANGUAGE("handbook.language.unknown", "is not a handbook language {0}"),
    TEXT_TOO_LONG("handbook.text.tooLong", "must be a text of at most {0} characters"),
    FORMAT("handbook.format", "must be html or json"),
    POLICY_ONE_VALUE("handbook.policy.oneValue", "names at least one value"),
    POLICY_REQUIRED("handbook.policy.required", "is required (only severity-specific deadlines can be removed)"),
    NOT_A_POLICY_VALUE("policy.notAValue", "is not a policy value"),
    POLICY_VALUE_NOT("policy.value.not", "is not {0}"),
    EXPECTED_CURRENCY("policy.expected.currency", "an ISO 4217 currency code of three upper-case letters such as EUR"),
    EXPECTED_AMOUNT("policy.expected.amount", "a non-negative amount such as 200.00 or the word {0}"),
    EXPECTED_APOLOGY("policy.expected.apology", "0 or {0}: an apology costs nothing"),
    EXPECTED_AT_LEAST("policy.expected.atLeast", "a whole number of at least {0}"),
    EXPECTED_RANGE("policy.expected.range", "a whole number from {0} to {1}"),
    EXPECTED_REMEDIES("policy.expected.remedies", "{0} or remedies separated by commas, from {1}"),
    EXPECTED_SEVERITY("policy.expected.severity", "ALWAYS, NEVER or the lowest severity of {0}"),
    EXPECTED_DURATION("policy.expected.duration", "a positive ISO 8601 duration such as P2D or PT4H"),
    LIMIT_BELOW_TIER("policy.limit.belowTier",
            "is lower than {0}''s limit ({1}): a higher tier may grant at least what the tier below may"),
    REMINDER_BEFORE_PERIOD("policy.reminder.beforePeriod",
            "must be shorter than signing-period ({0}): the reminder comes before the deadline"),
    SUPPLEMENT_NOT_FOUND("handbook.supplement.notFound", "There is no supplement with that id."),
    SUPPLEMENT_APPROVED("handbook.supplement.approved", "The supplement was approved already."),
    SUPPLEMENT_REJECTED("handbook.supplement.rejected", "The supplement was rejected already."),
    BRANCH_NOT_YOURS("handbook.branch.notYours", "is not your branch"),
    NO_BRANCH("handbook.branch.none", "names no branch");

    private final String key;
    private final String english;

    HandbookMessage(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }
}
