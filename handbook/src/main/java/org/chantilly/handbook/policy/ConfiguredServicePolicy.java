package org.chantilly.handbook.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;


import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.HandbookMessage;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.Severity;
import org.eclipse.microprofile.config.Config;

/**
 * A service policy over settings: MicroProfile Config for the values the first handbook ships with, or a handbook
 * version's policy values (see {@link PolicyRules}). The service policy from configuration ({@code chantilly.policy.*}, see README.md), with the defaults below. The
 * texts are the handbook's first wording; translations missing here fall back to English.
 * <p>
 * A configured value that cannot be read fails loudly with an {@link IllegalStateException} naming its key rather
 * than silently falling back to the default. Keys name tiers, channels, severities and remedies by their enum names,
 * e.g. {@code chantilly.policy.deadline.SUPERVISOR.EMAIL} (as an environment variable
 * {@code CHANTILLY_POLICY_DEADLINE_SUPERVISOR_EMAIL}).
 */
public class ConfiguredServicePolicy implements ServicePolicy {

    static final Map<Channel, Duration> DEFAULT_RESPONSE_TIMES = Map.of(
            Channel.IN_PERSON, Duration.ofDays(1),
            Channel.PHONE, Duration.ofDays(1),
            Channel.SMS, Duration.ofDays(1),
            Channel.EMAIL, Duration.ofDays(2),
            Channel.WEB, Duration.ofDays(2),
            Channel.LETTER, Duration.ofDays(5));

    static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofDays(14);

    static final Duration DEFAULT_SIGNING_PERIOD = Duration.ofDays(14);

    static final Duration DEFAULT_SIGNING_REMINDER_BEFORE = Duration.ofDays(3);

    /** Configured values are the ones the first handbook version ships with. */
    static final String FIRST_VERSION = "1";

    static final String DEFAULT_CURRENCY = "EUR";

    static final Map<Channel, Duration> DEFAULT_ACKNOWLEDGEMENT_DEADLINES = Map.of(
            Channel.IN_PERSON, Duration.ofHours(1),
            Channel.PHONE, Duration.ofHours(1),
            Channel.SMS, Duration.ofHours(1),
            Channel.EMAIL, Duration.ofHours(1),
            Channel.WEB, Duration.ofHours(1),
            Channel.LETTER, Duration.ofDays(1));

    /** Per tier and channel, before the tightening for {@link Severity#CRITICAL}. */
    static final Map<EscalationTier, Map<Channel, Duration>> DEFAULT_DECISION_DEADLINES = Map.of(
            EscalationTier.FRONTLINE, deadlines(Duration.ofHours(2), Duration.ofDays(1), Duration.ofDays(2)),
            EscalationTier.SUPERVISOR, deadlines(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(5)),
            EscalationTier.MANAGEMENT, deadlines(Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(5)),
            EscalationTier.HEAD_OFFICE, deadlines(Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(10)));

    /** The shortest deadline the tightening for {@link Severity#CRITICAL} leaves. */
    static final Duration SHORTEST_CRITICAL_DEADLINE = Duration.ofHours(4);

    static final int DEFAULT_REMINDER_PERCENT = 75;

    /** In {@link #DEFAULT_CURRENCY}; a remedy missing for a tier is not the tier's to grant. */
    static final Map<EscalationTier, Map<Remedy, BigDecimal>> DEFAULT_LIMITS = Map.of(
            EscalationTier.FRONTLINE, Map.of(
                    Remedy.REPLACEMENT, new BigDecimal("200"),
                    Remedy.REFUND, new BigDecimal("200"),
                    Remedy.DISCOUNT, new BigDecimal("50"),
                    Remedy.STORE_CREDIT, new BigDecimal("100"),
                    Remedy.FREE_GOODS, new BigDecimal("30"),
                    Remedy.APOLOGY, BigDecimal.ZERO),
            EscalationTier.SUPERVISOR, Map.of(
                    Remedy.REPLACEMENT, new BigDecimal("1000"),
                    Remedy.REFUND, new BigDecimal("1000"),
                    Remedy.DISCOUNT, new BigDecimal("300"),
                    Remedy.STORE_CREDIT, new BigDecimal("500"),
                    Remedy.FREE_GOODS, new BigDecimal("150"),
                    Remedy.APOLOGY, BigDecimal.ZERO,
                    Remedy.OTHER, new BigDecimal("200")),
            EscalationTier.MANAGEMENT, Map.of(
                    Remedy.REPLACEMENT, new BigDecimal("5000"),
                    Remedy.REFUND, new BigDecimal("5000"),
                    Remedy.DISCOUNT, new BigDecimal("2000"),
                    Remedy.STORE_CREDIT, new BigDecimal("5000"),
                    Remedy.FREE_GOODS, new BigDecimal("1000"),
                    Remedy.APOLOGY, BigDecimal.ZERO,
                    Remedy.OTHER, new BigDecimal("2000")),
            EscalationTier.HEAD_OFFICE, Map.of(
                    Remedy.REPLACEMENT, new BigDecimal("50000"),
                    Remedy.REFUND, new BigDecimal("50000"),
                    Remedy.DISCOUNT, new BigDecimal("50000"),
                    Remedy.STORE_CREDIT, new BigDecimal("50000"),
                    Remedy.FREE_GOODS, new BigDecimal("50000"),
                    Remedy.APOLOGY, BigDecimal.ZERO,
                    Remedy.OTHER, new BigDecimal("50000")));

    /** The tiers missing here require no receipt for any remedy. */
    static final Map<EscalationTier, Set<Remedy>> DEFAULT_RECEIPT_REQUIRED = Map.of(
            EscalationTier.FRONTLINE, Set.of(Remedy.REFUND));

    /** {@code ALWAYS}, {@code NEVER} or the lowest severity management contacts the customer on. */
    static final String DEFAULT_MANAGEMENT_CONTACT = Severity.HIGH.name();

    static final int DEFAULT_MAX_REOPENS = 2;

    static final Duration DEFAULT_CUSTOMER_ANSWER_WINDOW = Duration.ofDays(14);

    /** The configured value for "not allowed" (limits) and "nothing" (lists). */
    private static final String NONE = "none";

    private static final Map<String, PhraseGuide> PHRASE_GUIDES = Map.of(
            "en", new PhraseGuide(
                    List.of("Listen to the whole complaint without interrupting.",
                            "Do not take it personally: the customer is upset about what happened, not about you.",
                            "Apologise sincerely for the trouble the customer has.",
                            "Never say \"that's not my job\" or \"that's not my department\": you own the complaint "
                                    + "until the right colleague takes it over."),
                    List.of(new Phrase("I don't know.", "Let me find out for you."),
                            new Phrase("I don't care.", "I understand that this matters to you."),
                            new Phrase("I can't be bothered.", "I'm taking care of it right now."),
                            new Phrase("Don't come back.", "Thank you for telling us; we look forward to seeing you "
                                    + "again."),
                            new Phrase("I'm right and you're wrong.", "I see your point; let's look at it together."),
                            new Phrase("Hurry up.", "Take your time, I'm listening."),
                            new Phrase("That's not my department.",
                                    "Let me bring in the colleague who can help you."))),
            "de", new PhraseGuide(
                    List.of("Hören Sie die ganze Beschwerde an, ohne zu unterbrechen.",
                            "Nehmen Sie es nicht persönlich: Der Ärger gilt der Sache, nicht Ihnen.",
                            "Entschuldigen Sie sich aufrichtig für die Unannehmlichkeiten.",
                            "Sagen Sie nie \"dafür bin ich nicht zuständig\": Die Beschwerde liegt bei Ihnen, bis "
                                    + "die richtige Kollegin oder der richtige Kollege sie übernimmt."),
                    List.of(new Phrase("Das weiß ich nicht.", "Ich finde es gern für Sie heraus."),
                            new Phrase("Das ist mir egal.", "Ich verstehe, dass Ihnen das wichtig ist."),
                            new Phrase("Dazu habe ich keine Lust.", "Ich kümmere mich sofort darum."),
                            new Phrase("Kommen Sie nicht wieder.", "Danke für Ihren Hinweis; wir freuen uns auf Ihren "
                                    + "nächsten Besuch."),
                            new Phrase("Ich habe recht und Sie nicht.", "Ich verstehe Ihren Punkt; schauen wir es uns "
                                    + "gemeinsam an."),
                            new Phrase("Beeilen Sie sich.", "Lassen Sie sich Zeit, ich höre zu."),
                            new Phrase("Dafür bin ich nicht zuständig.", "Ich hole die Kollegin oder den Kollegen, "
                                    + "die Ihnen weiterhilft."))));

    private static final Map<String, Map<CustomerType, String>> ADVICE = Map.of(
            "en", Map.of(
                    CustomerType.ACTIVE_HATER, "Stay courteous and factual. Nothing may be good enough: offer what policy allows, "
                            + "do not let the tone steer the outcome, and do not take it personally.",
                    CustomerType.EXTREME_CRITIC, "Listen to every point and check whether it is true. Where it is, fix it and say so; "
                            + "critics notice flaws others miss.",
                    CustomerType.IRRITATED_LOYAL, "A loyal customer thinking of leaving. Listen without interrupting, apologise "
                            + "sincerely and recover the service quickly: winning them back is worth the effort.",
                    CustomerType.PASSIONATE_LOYAL, "One of the best customers. Thank them, act visibly on their comment and tell "
                            + "them what changed.",
                    CustomerType.UNKNOWN, "Listen without interrupting, apologise sincerely, say what can be done and when. "
                            + "Never say \"that's not my department\"."),
            "de", Map.of(
                    CustomerType.ACTIVE_HATER, "Bleiben Sie höflich und sachlich. Bieten Sie an, was die Richtlinie erlaubt, und "
                            + "lassen Sie sich vom Ton nicht leiten; nehmen Sie es nicht persönlich.",
                    CustomerType.EXTREME_CRITIC, "Hören Sie jeden Punkt an und prüfen Sie, ob er zutrifft. Wenn ja, beheben Sie ihn "
                            + "und sagen Sie es.",
                    CustomerType.IRRITATED_LOYAL, "Ein treuer Kunde denkt ans Gehen. Zuhören ohne zu unterbrechen, aufrichtig "
                            + "entschuldigen und schnell Abhilfe schaffen.",
                    CustomerType.PASSIONATE_LOYAL, "Einer der besten Kunden. Danken Sie, handeln Sie sichtbar und sagen Sie, was "
                            + "sich ändert.",
                    CustomerType.UNKNOWN, "Zuhören ohne zu unterbrechen, aufrichtig entschuldigen, sagen, was wann getan wird. "
                            + "Nie \"dafür bin ich nicht zuständig\" sagen."));

    private static final Map<String, Map<Channel, String>> ACKNOWLEDGEMENTS = Map.of(
            "en", Map.of(
                    Channel.EMAIL, "Dear {customer},\n\nthank you for telling us. We have recorded your complaint under the "
                            + "reference {reference} and will answer within {responseTime}.\n\nKind regards\nChantilly customer service",
                    Channel.WEB, "Dear {customer},\n\nthank you for telling us. We have recorded your complaint under the "
                            + "reference {reference} and will answer within {responseTime}.\n\nKind regards\nChantilly customer service",
                    Channel.SMS, "Chantilly: we have your complaint, reference {reference}. We answer within {responseTime}.",
                    Channel.LETTER, "Dear {customer},\n\nthank you for your letter. We have recorded your complaint under the "
                            + "reference {reference}. A member of our management will contact you within {responseTime} to "
                            + "arrange a personal meeting.\n\nYours sincerely\nChantilly customer service",
                    Channel.IN_PERSON, "Thank you for telling me. I have recorded your complaint under the reference "
                            + "{reference}; here is what I can do right now, and you will have an answer within {responseTime}.",
                    Channel.PHONE, "Thank you for calling. Your complaint is recorded under the reference {reference} - "
                            + "may I spell it for you? You will have an answer within {responseTime}."),
            "de", Map.of(
                    Channel.EMAIL, "Guten Tag {customer},\n\nvielen Dank für Ihre Rückmeldung. Wir haben Ihre Beschwerde unter "
                            + "der Nummer {reference} erfasst und antworten innerhalb von {responseTime}.\n\nFreundliche Grüße\n"
                            + "Ihr Chantilly-Kundenservice",
                    Channel.LETTER, "Sehr geehrte(r) {customer},\n\nvielen Dank für Ihren Brief. Wir haben Ihre Beschwerde unter "
                            + "der Nummer {reference} erfasst. Innerhalb von {responseTime} meldet sich unsere Leitung bei Ihnen, "
                            + "um ein persönliches Gespräch zu vereinbaren.\n\nMit freundlichen Grüßen\nIhr Chantilly-Kundenservice"));

    private static final String OUTCOME_MAIL_EN = "Dear {customer},\n\nhere is our answer to your complaint {reference}: "
            + "{outcome}\n\nPlease tell us whether you are satisfied with it: {answerLink}\n\nKind regards\n"
            + "Chantilly customer service";

    private static final String OUTCOME_MAIL_DE = "Guten Tag {customer},\n\nhier ist unsere Antwort auf Ihre Beschwerde "
            + "{reference}: {outcome}\n\nBitte sagen Sie uns, ob Sie damit zufrieden sind: {answerLink}\n\n"
            + "Freundliche Grüße\nIhr Chantilly-Kundenservice";

    private static final Map<String, Map<Channel, String>> OUTCOMES = Map.of(
            "en", Map.of(
                    Channel.EMAIL, OUTCOME_MAIL_EN,
                    Channel.WEB, OUTCOME_MAIL_EN,
                    Channel.LETTER, "Dear {customer},\n\nhere is our answer to your complaint {reference}: {outcome}\n\n"
                            + "If you are not satisfied, please tell us by letter, by phone or in your branch and quote "
                            + "the reference {reference}.\n\nYours sincerely\nChantilly customer service",
                    Channel.SMS, "Chantilly: thank you for your patience. Our answer to your complaint {reference}: "
                            + "{outcome}",
                    Channel.IN_PERSON, "Thank you for your patience, {customer}. Here is our answer to your complaint "
                            + "{reference}: {outcome}\nAre you satisfied with it?",
                    Channel.PHONE, "Hello {customer}, this is Chantilly customer service about your complaint "
                            + "{reference}. Our answer: {outcome}\nAre you satisfied with it?"),
            "de", Map.of(
                    Channel.EMAIL, OUTCOME_MAIL_DE,
                    Channel.WEB, OUTCOME_MAIL_DE,
                    Channel.LETTER, "Sehr geehrte(r) {customer},\n\nhier ist unsere Antwort auf Ihre Beschwerde "
                            + "{reference}: {outcome}\n\nWenn Sie nicht zufrieden sind, melden Sie sich bitte per "
                            + "Brief, telefonisch oder in Ihrer Filiale und nennen Sie die Nummer {reference}.\n\n"
                            + "Mit freundlichen Grüßen\nIhr Chantilly-Kundenservice",
                    Channel.SMS, "Chantilly: Danke für Ihre Geduld. Unsere Antwort auf Ihre Beschwerde {reference}: "
                            + "{outcome}",
                    Channel.IN_PERSON, "Danke für Ihre Geduld, {customer}. Hier ist unsere Antwort auf Ihre Beschwerde "
                            + "{reference}: {outcome}\nSind Sie damit zufrieden?",
                    Channel.PHONE, "Guten Tag {customer}, hier ist der Chantilly-Kundenservice zu Ihrer Beschwerde "
                            + "{reference}. Unsere Antwort: {outcome}\nSind Sie damit zufrieden?"));

    private final Function<String, Optional<String>> settings;

    /** The policy from MicroProfile Config: the values the first handbook ships with. */
    public ConfiguredServicePolicy(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** A policy over any source of settings (for tests: a map). */
    public ConfiguredServicePolicy(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    @Override
    public String version() {
        return FIRST_VERSION;
    }

    @Override
    public String currency() {
        String key = "chantilly.policy.currency";
        String value = setting(key).orElse(DEFAULT_CURRENCY);
        if (!value.matches("[A-Z]{3}")) {
            throw invalid(key, value, HandbookMessage.EXPECTED_CURRENCY.with());
        }
        return value;
    }

    @Override
    public Duration expectedResponseTime(Channel channel) {
        return duration("chantilly.policy.response-time." + channel.name()).orElse(DEFAULT_RESPONSE_TIMES.get(channel));
    }

    @Override
    public Duration acknowledgementDeadline(Channel channel) {
        return duration("chantilly.policy.acknowledgement-deadline." + channel.name())
                .orElse(DEFAULT_ACKNOWLEDGEMENT_DEADLINES.get(channel));
    }

    /**
     * {@inheritDoc}
     * <p>
     * The first of these that is configured wins and is taken as it is:
     * {@code chantilly.policy.deadline.<TIER>.<CHANNEL>.<SEVERITY>},
     * {@code chantilly.policy.deadline.<TIER>.<CHANNEL>}, {@code chantilly.policy.deadline.<TIER>} (all channels);
     * else the built-in default. Only the built-in default is tightened for a {@link Severity#CRITICAL} complaint: a
     * deadline of whole days on any channel but {@link Channel#LETTER} is halved (rounded down to whole days) but not
     * below {@code PT4H}, e.g. {@code P1D} becomes {@code PT4H}, {@code P2D} and {@code P3D} become {@code P1D},
     * {@code P5D} becomes {@code P2D}. A configured per-channel or per-tier value is not tightened, even for a critical
     * complaint: to shorten it, configure the {@code .CRITICAL} key as well.
     */
    @Override
    public Duration decisionDeadline(EscalationTier tier, Channel channel, Severity severity) {
        String tierKey = "chantilly.policy.deadline." + tier.name();
        String channelKey = tierKey + "." + channel.name();
        return duration(channelKey + "." + severity.name())
                .or(() -> duration(channelKey))
                .or(() -> duration(tierKey))
                .orElseGet(() -> tightened(DEFAULT_DECISION_DEADLINES.get(tier).get(channel), channel, severity));
    }

    /** The built-in deadline for a severity: see {@link #decisionDeadline}. */
    static Duration tightened(Duration deadline, Channel channel, Severity severity) {
        long days = deadline.toDays();
        boolean wholeDays = days > 0 && deadline.equals(Duration.ofDays(days));
        if (severity != Severity.CRITICAL || channel == Channel.LETTER || !wholeDays) {
            return deadline;
        }
        Duration half = Duration.ofDays(days / 2);
        return half.compareTo(SHORTEST_CRITICAL_DEADLINE) < 0 ? SHORTEST_CRITICAL_DEADLINE : half;
    }

    @Override
    public int reminderPercent() {
        return integer("chantilly.policy.reminder-percent", DEFAULT_REMINDER_PERCENT, 1, 99);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Configured as {@code chantilly.policy.limit.<TIER>.<REMEDY>}: a non-negative amount such as {@code 200.00}, or
     * {@code none} when the tier may not grant the remedy. An apology's limit can only be {@code 0} or {@code none}.
     */
    @Override
    public Optional<BigDecimal> empowermentLimit(EscalationTier tier, Remedy remedy) {
        String key = "chantilly.policy.limit." + tier.name() + "." + remedy.name();
        Optional<String> configured = setting(key);
        if (configured.isEmpty()) {
            return Optional.ofNullable(DEFAULT_LIMITS.get(tier).get(remedy));
        }
        String value = configured.get();
        if (value.equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
            throw invalid(key, value, HandbookMessage.EXPECTED_AMOUNT.with(NONE));
        }
        BigDecimal limit = new BigDecimal(value);
        if (remedy == Remedy.APOLOGY && limit.signum() != 0) {
            throw invalid(key, value, HandbookMessage.EXPECTED_APOLOGY.with(NONE));
        }
        return Optional.of(limit);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Configured as {@code chantilly.policy.receipt-required.<TIER>}: the remedies' names separated by commas, or
     * {@code none} (or an empty value, where the configuration source keeps one) for no remedy.
     */
    @Override
    public boolean receiptRequired(EscalationTier tier, Remedy remedy) {
        String key = "chantilly.policy.receipt-required." + tier.name();
        Set<Remedy> remedies = setting(key).map(value -> remedies(key, value))
                .orElseGet(() -> DEFAULT_RECEIPT_REQUIRED.getOrDefault(tier, Set.of()));
        return remedies.contains(remedy);
    }

    private static Set<Remedy> remedies(String key, String value) {
        Set<Remedy> remedies = EnumSet.noneOf(Remedy.class);
        if (value.isEmpty() || value.equalsIgnoreCase(NONE)) {
            return remedies;
        }
        for (String name : value.split(",", -1)) {
            remedies.add(constant(Remedy.class, key, value, name.trim(),
                    HandbookMessage.EXPECTED_REMEDIES.with(NONE, Arrays.toString(Remedy.values()))));
        }
        return remedies;
    }

    /**
     * {@inheritDoc}
     * <p>
     * Configured as {@code chantilly.policy.management-contact}: {@code ALWAYS}, {@code NEVER}, or a severity meaning
     * that severity and above (by default {@code HIGH}: high and critical complaints).
     */
    @Override
    public boolean managementContactRequired(Severity severity) {
        String key = "chantilly.policy.management-contact";
        String value = setting(key).orElse(DEFAULT_MANAGEMENT_CONTACT);
        return switch (value) {
            case "ALWAYS" -> true;
            case "NEVER" -> false;
            default -> severity.compareTo(constant(Severity.class, key, value, value,
                    HandbookMessage.EXPECTED_SEVERITY.with(Arrays.toString(Severity.values())))) >= 0;
        };
    }

    @Override
    public int maxReopens() {
        return integer("chantilly.policy.max-reopens", DEFAULT_MAX_REOPENS, 0, Integer.MAX_VALUE);
    }

    @Override
    public Duration customerAnswerWindow() {
        return duration("chantilly.policy.customer-answer-window").orElse(DEFAULT_CUSTOMER_ANSWER_WINDOW);
    }

    @Override
    public String handlingAdvice(CustomerType type, String language) {
        return ADVICE.getOrDefault(primary(language), ADVICE.get("en")).getOrDefault(type, ADVICE.get("en").get(type));
    }

    @Override
    public Duration signingPeriod() {
        return duration("chantilly.policy.signing-period").orElse(DEFAULT_SIGNING_PERIOD);
    }

    @Override
    public Duration signingReminderBefore() {
        return duration("chantilly.policy.signing-reminder-before").orElse(DEFAULT_SIGNING_REMINDER_BEFORE);
    }

    @Override
    public Duration duplicateWindow() {
        return duration("chantilly.policy.duplicate-window").orElse(DEFAULT_DUPLICATE_WINDOW);
    }

    /** A configured ISO 8601 duration; a value that is none fails loudly rather than silently using the default. */
    private Optional<Duration> duration(String key) {
        return settings.apply(key).map(value -> {
            try {
                Duration duration = Duration.parse(value.trim());
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("must be positive");
                }
                return duration;
            } catch (RuntimeException e) {
                throw new InvalidSetting(key, value, HandbookMessage.EXPECTED_DURATION.with(), e);
            }
        });
    }

    /** A configured value, trimmed. */
    private Optional<String> setting(String key) {
        return settings.apply(key).map(String::trim);
    }

    /** A configured whole number from {@code min} to {@code max}; fails loudly on anything else. */
    private int integer(String key, int defaultValue, int min, int max) {
        return setting(key).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw new IllegalArgumentException("out of range");
                }
                return number;
            } catch (RuntimeException e) {
                throw invalid(key, value, max == Integer.MAX_VALUE ? HandbookMessage.EXPECTED_AT_LEAST.with(min)
                        : HandbookMessage.EXPECTED_RANGE.with(min, max));
            }
        }).orElse(defaultValue);
    }

    /** The enum constant a name in a configured value stands for; fails loudly naming the key and what is expected. */
    private static <E extends Enum<E>> E constant(Class<E> type, String key, String value, String name,
                                                  Message expected) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(key, value, expected);
        }
    }

    private static IllegalStateException invalid(String key, String value, Message expected) {
        return new InvalidSetting(key, value, expected, null);
    }

    /**
     * A configured value that is not what its key needs; the message names the key, the value and what is expected
     * ({@link #expected()}, for the handbook editor's field messages).
     */
    public static final class InvalidSetting extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final transient Message expected;

        InvalidSetting(String key, String value, Message expected, Throwable cause) {
            super("configuration " + key + "=" + value + " is not " + expected.english(), cause);
            this.expected = expected;
        }

        /** What the key needs, e.g. "a whole number from 1 to 99". */
        public Message expected() {
            return expected;
        }
    }

    @Override
    public String acknowledgementWording(Channel channel, String language) {
        return ACKNOWLEDGEMENTS.getOrDefault(primary(language), ACKNOWLEDGEMENTS.get("en"))
                .getOrDefault(channel, ACKNOWLEDGEMENTS.get("en").get(channel));
    }

    @Override
    public PhraseGuide phraseGuide(String language) {
        return PHRASE_GUIDES.getOrDefault(primary(language), PHRASE_GUIDES.get("en"));
    }

    /**
     * {@inheritDoc}
     * <p>
     * Mails ({@code EMAIL}, {@code WEB}) ask the customer to answer through {@code {answerLink}}; a letter is printed
     * and has no link; the other channels get a short text to say or send. A text missing in a language falls back to
     * English, a channel without a text of its own to the email.
     */
    @Override
    public String outcomeWording(Channel channel, String language) {
        Map<Channel, String> english = OUTCOMES.get("en");
        Map<Channel, String> texts = OUTCOMES.getOrDefault(primary(language), english);
        return Optional.ofNullable(texts.get(channel))
                .or(() -> Optional.ofNullable(english.get(channel)))
                .or(() -> Optional.ofNullable(texts.get(Channel.EMAIL)))
                .orElse(english.get(Channel.EMAIL));
    }

    private static Map<Channel, Duration> deadlines(Duration inPerson, Duration remote, Duration letter) {
        return Map.of(
                Channel.IN_PERSON, inPerson,
                Channel.PHONE, remote,
                Channel.SMS, remote,
                Channel.EMAIL, remote,
                Channel.WEB, remote,
                Channel.LETTER, letter);
    }

    private static String primary(String language) {
        if (language == null) {
            return "en";
        }
        int dash = language.indexOf('-');
        return dash < 0 ? language : language.substring(0, dash);
    }
}
