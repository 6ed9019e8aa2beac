package org.chantilly.handbook.policy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.eclipse.microprofile.config.Config;

/**
 * The service policy from configuration ({@code chantilly.policy.*}, see README.md), with the defaults below. The
 * texts are the handbook's first wording; translations missing here fall back to English.
 */
@ApplicationScoped
public class ConfiguredServicePolicy implements ServicePolicy {

    static final Map<Channel, Duration> DEFAULT_RESPONSE_TIMES = Map.of(
            Channel.IN_PERSON, Duration.ofDays(1),
            Channel.PHONE, Duration.ofDays(1),
            Channel.SMS, Duration.ofDays(1),
            Channel.EMAIL, Duration.ofDays(2),
            Channel.WEB, Duration.ofDays(2),
            Channel.LETTER, Duration.ofDays(5));

    static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofDays(14);

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

    private final Function<String, Optional<String>> settings;

    @Inject
    public ConfiguredServicePolicy(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** A policy over any source of settings (for tests: a map). */
    public ConfiguredServicePolicy(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected ConfiguredServicePolicy() {
        this(key -> Optional.empty());
    }

    @Override
    public Duration expectedResponseTime(Channel channel) {
        return duration("chantilly.policy.response-time." + channel.name()).orElse(DEFAULT_RESPONSE_TIMES.get(channel));
    }

    @Override
    public String handlingAdvice(CustomerType type, String language) {
        return ADVICE.getOrDefault(primary(language), ADVICE.get("en")).getOrDefault(type, ADVICE.get("en").get(type));
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
                throw new IllegalStateException("configuration " + key + "=" + value + " is not a positive ISO 8601 "
                        + "duration such as P2D or PT4H", e);
            }
        });
    }

    @Override
    public String acknowledgementWording(Channel channel, String language) {
        return ACKNOWLEDGEMENTS.getOrDefault(primary(language), ACKNOWLEDGEMENTS.get("en"))
                .getOrDefault(channel, ACKNOWLEDGEMENTS.get("en").get(channel));
    }

    private static String primary(String language) {
        if (language == null) {
            return "en";
        }
        int dash = language.indexOf('-');
        return dash < 0 ? language : language.substring(0, dash);
    }
}
