package org.chantilly.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.StartupOrder;
import org.eclipse.microprofile.config.Config;

/**
 * Configuration is a state change too: at every start the {@code chantilly.*} settings in effect are compared with
 * those of the last start, and a difference is audited ({@code CONFIGURATION_CHANGED}, before and after). Secrets
 * (passwords, keys, tokens) are never recorded, only that they are set.
 */
@ApplicationScoped
class ConfigurationAudit {

    static final String OBJECT_TYPE = "CONFIGURATION";

    static final String OBJECT_ID = "chantilly";

    private static final Pattern SECRET = Pattern.compile(".*(password|secret|token|key|credential).*");

    @Inject
    Config config;

    @Inject
    AuditTrail audit;

    @Transactional
    void onStartup(@Observes @Priority(StartupOrder.PLATFORM + 1) Startup startup) {
        Map<String, Object> now = settings();
        List<AuditRecord> last = audit.records(OBJECT_TYPE, OBJECT_ID, Long.MAX_VALUE, 1);
        String recorded = last.isEmpty() ? null : last.get(0).after();
        if (!AuditChain.json(now).equals(recorded)) {
            AuditEvent change = AuditEvent.of(AuditEvent.SYSTEM, "CONFIGURATION_CHANGED", OBJECT_TYPE, OBJECT_ID)
                    .after(now);
            audit.record(last.isEmpty() ? change : change.before(parse(recorded)));
        }
    }

    /** The settings in effect, secrets masked. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new TreeMap<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("chantilly."))
                .forEach(name -> config.getOptionalValue(name, String.class).ifPresent(value ->
                        settings.put(name, secret(name, value) ? "(set)" : value)));
        return settings;
    }

    private static boolean secret(String name, String value) {
        return SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches()
                || value.toLowerCase(Locale.ROOT).contains("password=");
    }

    private static Map<String, Object> parse(String json) {
        Map<String, Object> values = new TreeMap<>();
        jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject()
                .forEach((name, value) -> values.put(name, value instanceof jakarta.json.JsonString s ? s.getString()
                        : value.toString()));
        return values;
    }
}
