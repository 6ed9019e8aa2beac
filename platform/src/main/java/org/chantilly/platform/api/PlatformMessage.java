package org.chantilly.platform.api;

import java.util.List;
import java.util.Optional;

/**
 * The platform's messages: the fields' rules every module's forms share (also as Bean Validation templates
 * {@code {key}}), reading a request body, branches, staff, passwords, limits and proofs of work. See
 * {@link MessageKey}; the English texts are what the API has always sent.
 */
public enum PlatformMessage implements MessageKey {

    // Bean Validation's own constraints, with the texts Hibernate Validator gives them in English
    NOT_NULL("jakarta.validation.constraints.NotNull.message", "must not be null"),
    NOT_BLANK("jakarta.validation.constraints.NotBlank.message", "must not be blank"),
    SIZE("jakarta.validation.constraints.Size.message", "size must be between {0} and {1}", "min", "max"),
    EMAIL("jakarta.validation.constraints.Email.message", "must be a well-formed email address"),
    PATTERN("jakarta.validation.constraints.Pattern.message", "must match \"{0}\"", "regexp"),

    // the platform's constraints and the formats the forms share
    REQUIRED_TEXT("chantilly.text.required", "is required and must not be empty or only spaces"),
    PLAIN_TEXT("chantilly.text.plain", "must not contain control characters"),
    BLANK_TEXT("chantilly.text.blank", "must not be empty or only spaces; leave it out when there is nothing to say"),
    ONE_OF("chantilly.oneOf", "must be one of {0}", "value"),
    BRANCH_CODE("chantilly.branchCode", "must be 2 to 6 capital letters"),
    LANGUAGE_TAG("chantilly.languageTag", "must be a language tag, e.g. de or sv-FI"),
    COUNTRY_CODE("chantilly.countryCode", "must be an ISO 3166 country code, e.g. DE"),
    REGION_NAME("chantilly.region", "letters, digits, space, _ and - only"),
    LOGIN("chantilly.login", "3 to 64 lower-case letters, digits, . _ or -"),
    ROLE("chantilly.role",
            "must be one of FRONTLINE, SUPERVISOR, MANAGER, HEAD_OFFICE, HANDBOOK_OWNER, AUDITOR, ADMIN, METRICS"),
    PHONE("chantilly.phone", "must be a phone number: digits, spaces and + ( ) . / -"),
    PURCHASE_DATE("chantilly.purchaseDate", "must be a date, e.g. 2026-11-20"),
    CONFIRM_OR_DISMISS("chantilly.confirmOrDismiss", "must be CONFIRM or DISMISS"),

    // what any field may be told
    REQUIRED("field.required", "is required"),
    REQUIRED_FOR("field.requiredFor", "is required for {0}"),
    INVALID("field.invalid", "is not valid"),
    TRUE_OR_FALSE("field.trueOrFalse", "must be true or false"),
    NOT_IN_FUTURE("field.notInFuture", "must not be in the future"),
    AT_MOST_CHARACTERS("field.atMostCharacters", "must have at most {0} characters"),
    TOO_LONG("field.tooLong", "is too long (at most {0} characters)"),
    CONTROL_CHARACTERS("field.controlCharacters", "contains control characters"),
    WHOLE_NUMBER_RANGE("field.wholeNumber.range", "must be a whole number from {0} to {1}"),
    EACH_ONE_OF("field.eachOneOf", "must each be one of {0}"),
    SEQUENCE_NUMBER("field.sequenceNumber", "must be a sequence number, 1 or more"),
    INSTANT("field.instant", "must be an ISO 8601 instant, e.g. 2026-11-24T10:15:30Z"),
    INSTANT_SUCH_AS("field.instant.suchAs", "must be an ISO 8601 instant such as 2026-11-24T10:15:30Z"),
    NO_ACTIVE_BRANCH("field.branch.noActive", "names no active branch"),

    // the whole request
    ONE_FIELD_INVALID("request.oneFieldInvalid", "1 field is invalid."),
    FIELDS_INVALID("request.fieldsInvalid", "{0} fields are invalid."),
    BODY_REQUIRED("request.bodyRequired", "a request body is required"),
    CONCURRENT_CHANGE("request.concurrentChange", "Someone else changed this at the same time; reload and try again."),
    TOO_MANY_REQUESTS("request.tooMany", "Too many requests from your address; try again in {0} seconds."),
    PAYLOAD_TOO_LARGE("request.tooLarge", "The request body may have at most {0} bytes."),
    CROSS_SITE("request.crossSite", "A request that changes something must send its body as application/json (an "
            + "empty {0} will do when the operation takes none) or carry the header X-Requested-With (any value), so "
            + "that no other web site can make a browser send it."),

    // reading a JSON body
    JSON_NOT_UTF8("json.notUtf8", "The request body is not valid UTF-8."),
    JSON_MALFORMED_AT("json.malformed.at", "The request body is not valid JSON at line {0}, column {1}: {2}"),
    JSON_MALFORMED("json.malformed", "The request body is not valid JSON: {0}"),
    JSON_DUPLICATE_KEY("json.reason.duplicateKey", "a key appears twice in one object."),
    JSON_TRAILING("json.reason.trailing", "something follows the end of its value."),
    JSON_ENDS_EARLY("json.reason.endsEarly", "it ends too early or has something after its end."),
    JSON_UNEXPECTED("json.reason.unexpected", "unexpected character or token."),
    JSON_NOT_A_FIELD("json.notAField", "is not a field of this form (the fields are {0})"),
    /** A value a record refused with a text of its own (no key of it is known): passed on as it is. */
    VALUE_REFUSED("field.refused", "{0}"),
    JSON_ARRAY("json.array", "must be a JSON array, not {0}"),
    JSON_OBJECT("json.object", "must be a JSON object, not {0}"),
    JSON_STRING("json.string", "must be a string, not {0}"),
    JSON_BOOLEAN("json.boolean", "must be true or false, not {0}"),
    JSON_IS_OBJECT("json.type.object", "an object"),
    JSON_IS_ARRAY("json.type.array", "an array"),
    JSON_IS_STRING("json.type.string", "a string"),
    JSON_IS_NUMBER("json.type.number", "a number"),
    JSON_IS_BOOLEAN("json.type.boolean", "a boolean"),
    JSON_IS_NULL("json.type.null", "null"),
    JSON_MONEY("json.money", "must be a JSON object with amount and currency, e.g. {0}"),
    JSON_MONEY_FIELD("json.money.notAField",
            "is not a field of an amount of money (the fields are amount, currency)"),
    JSON_CURRENCY_REQUIRED("json.currency.required", "is required: an ISO 4217 currency code such as EUR"),
    JSON_CURRENCY_FORMAT("json.currency.format", "must be an ISO 4217 currency code such as EUR"),
    UNKNOWN_CURRENCY("json.currency.unknown", "is not an ISO 4217 currency"),
    JSON_CURRENCY_DECIMALS("json.currency.decimals", "{0} amounts have at most {1} decimal places"),
    JSON_CURRENCY_DECIMAL("json.currency.decimal", "{0} amounts have at most 1 decimal place"),
    JSON_DECIMAL_REQUIRED("json.decimal.required", "is required: a decimal string such as \"39.99\""),
    JSON_DECIMAL_NUMBER("json.decimal.number",
            "must be a decimal string such as \"39.99\", not a JSON number (numbers may be rounded)"),
    JSON_DECIMAL_FORMAT("json.decimal.format",
            "must be a decimal string such as \"39.99\" (digits and at most one point, no sign or exponent)"),
    JSON_DECIMAL_PLACES("json.decimal.places", "has at most {0} decimal places"),
    JSON_DATE("json.date", "must be a date such as 2026-11-20"),
    JSON_INSTANT("json.instant", "must be an instant such as 2026-11-24T10:15:30Z"),
    JSON_TIME("json.time", "must be a time such as 09:30"),
    JSON_ZONE("json.zone", "must be a time zone such as Europe/Berlin"),
    JSON_DURATION("json.duration", "must be an ISO 8601 duration such as PT2H"),
    JSON_NOT_VALID("json.notValid", "is not valid: {0} is expected"),
    JSON_A_DATE("json.expected.date", "a date such as 2026-11-20"),
    JSON_AN_INSTANT("json.expected.instant", "an instant such as 2026-11-24T10:15:30Z"),
    JSON_A_TIME("json.expected.time", "a time such as 09:30"),
    JSON_A_ZONE("json.expected.zone", "an IANA time zone such as Europe/Berlin"),
    JSON_A_DURATION("json.expected.duration", "an ISO 8601 duration such as PT2H"),
    JSON_NUL("json.nul", "must not contain the NUL character"),
    JSON_LONE_SURROGATE("json.loneSurrogate", "must be Unicode text: a lone surrogate ({0}) is no character"),
    JSON_WHOLE_NUMBER("json.wholeNumber", "must be a whole number"),

    // the public web form's proof of work
    PROOF_MISSING("proofOfWork.missing", "Send the headers {0} and {1}: fetch a challenge from "
            + "GET /api/public/challenge and find a counter such that {2} begins with {3} zero bits."),
    PROOF_EXPIRED("proofOfWork.expired", "The challenge has expired: fetch a new one from GET /api/public/challenge."),
    PROOF_COUNTER("proofOfWork.counter", "{0} must be a whole number in decimal digits (at most 19)."),
    PROOF_BITS("proofOfWork.bits", "{0} does not begin with {1} zero bits."),
    PROOF_USED("proofOfWork.used",
            "This challenge has been used already: fetch a new one from GET /api/public/challenge."),
    PROOF_NONCE("proofOfWork.nonce", "{0} is not a nonce from GET /api/public/challenge."),
    PUBLIC_FORM_BUSY("publicForm.busy",
            "The web form is receiving too many submissions right now; try again in a minute."),

    // branches and staff
    BRANCH_NOT_FOUND("branch.notFound", "There is no branch with that code."),
    BRANCH_EXISTS("branch.exists", "A branch with code {0} exists already."),
    BRANCH_CODE_FIXED("branch.codeFixed", "a branch''s code cannot change"),
    BRANCH_NEW_ACTIVE("branch.newActive", "a new branch is active; close it later with {0}"),
    BRANCH_ACTIVE_HERE("branch.activeNotHere", "is not changed here: a branch is closed with {0}"),
    BRANCH_TIME_ZONE("branch.timeZone", "must be an IANA time zone, e.g. Europe/Berlin"),
    BRANCH_OPENS_BEFORE_CLOSES("branch.hours.opensBeforeCloses", "must open before it closes"),
    BRANCH_DAY_TWICE("branch.hours.dayTwice", "is given twice"),
    BRANCH_TIMES_FORMAT("branch.hours.format", "times must be HH:mm"),
    BRANCH_HOLIDAY_DATE("branch.holiday.date", "must be a date, e.g. 2026-12-24"),
    STAFF_NOT_FOUND("staff.notFound", "There is no employee with that login."),
    STAFF_LOGIN_TAKEN("staff.loginTaken", "The login {0} is taken."),
    STAFF_LOGIN_FIXED("staff.loginFixed", "a login cannot change"),
    STAFF_NEW_ACTIVE("staff.newActive", "a new employee is active; deactivate them later with {0}"),
    STAFF_ACTIVE_HERE("staff.activeNotHere", "is not changed here: an employee is deactivated with {0}"),
    STAFF_NO_RECORD("staff.noRecord", "You have no staff record to keep a language in."),
    LANGUAGE_UNSUPPORTED("staff.language.unsupported", "must be one of the languages Chantilly speaks: {0}"),
    ADMIN_ONLY("admin.only", "Only administrators keep branches and staff."),
    NOTIFICATION_NOT_FOUND("notification.notFound", "You have no notification with that id."),
    STAFF_MAIL_CHOICE_HERE("staff.mailChoiceNotHere", "is not changed here: the employee chooses it with {0}"),

    // accounts and passwords
    ACCOUNT_NOT_FOUND("account.notFound", "There is no account with that login."),
    PASSWORD_WRONG("password.wrong", "does not match your password"),
    PASSWORD_SAME("password.same", "must differ from your current password"),
    PASSWORD_LENGTH("password.length", "must have {0} to {1} characters"),
    PASSWORD_CONTAINS_LOGIN("password.containsLogin", "must not contain the login"),
    PASSWORD_COMMON("password.common",
            "is a common password (or one of its variations); choose a phrase of your own");

    private final String key;
    private final String english;
    private final List<String> constraintAttributes;

    PlatformMessage(String key, String english, String... constraintAttributes) {
        this.key = key;
        this.english = english;
        this.constraintAttributes = List.of(constraintAttributes);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public List<String> constraintAttributes() {
        return constraintAttributes;
    }

    /** The message a Bean Validation template {@code {key}} names, if it is one of these. */
    public static Optional<PlatformMessage> ofTemplate(String template) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return Optional.empty();
        }
        String key = template.substring(1, template.length() - 1);
        for (PlatformMessage message : values()) {
            if (message.key.equals(key)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
