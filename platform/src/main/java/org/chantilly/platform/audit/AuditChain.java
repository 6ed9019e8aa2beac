package org.chantilly.platform.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.Sha256;

/**
 * How a record is sealed into the chain: its canonical content is a JSON array of its fields in a fixed order (the
 * values before and after as JSON objects with sorted keys), and its hash is the SHA-256 of that text in UTF-8.
 * The previous record's hash is part of the content, so changing any record changes every hash after it.
 */
public final class AuditChain {

    /**
     * The JSON provider, looked up once: each of {@code Json}'s static factory methods looks it up again through the
     * service loader, which cost more than the rest of writing an audit event (JFR, README Performance).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The record the event becomes at the given place in the chain. */
    public static AuditRecord seal(long sequence, Instant recordedAt, AuditEvent event, String previousHash) {
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        String before = json(event.before());
        String after = json(event.after());
        return sealed(new AuditRecord(0, at, event.actor(), event.action(), event.objectType(), event.objectId(),
                event.complaintReference(), before, after, null, null), sequence, previousHash);
    }

    /** A record's content (its sequence and hashes aside) sealed at the given place in the chain. */
    static AuditRecord sealed(AuditRecord content, long sequence, String previousHash) {
        AuditRecord unsealed = new AuditRecord(sequence, content.recordedAt(), content.actor(), content.action(),
                content.objectType(), content.objectId(), content.complaintReference(), content.before(),
                content.after(), previousHash, null);
        return new AuditRecord(sequence, unsealed.recordedAt(), unsealed.actor(), unsealed.action(),
                unsealed.objectType(), unsealed.objectId(), unsealed.complaintReference(), unsealed.before(),
                unsealed.after(), previousHash, hash(unsealed));
    }

    /** The SHA-256 (lower-case hex) of the record's canonical content; its stored hash is not part of it. */
    public static String hash(AuditRecord record) {
        return Sha256.hex(canonical(record));
    }

    /** The text that is hashed. */
    public static String canonical(AuditRecord record) {
        JsonArrayBuilder content = JSON.createArrayBuilder()
                .add(record.sequence())
                .add(record.recordedAt().truncatedTo(ChronoUnit.MICROS).toString())
                .add(record.actor())
                .add(record.action())
                .add(record.objectType())
                .add(record.objectId());
        if (record.complaintReference() == null) {
            content.addNull();
        } else {
            content.add(record.complaintReference());
        }
        return content.add(record.before()).add(record.after()).add(record.previousHash()).build().toString();
    }

    /** Values as a JSON object with sorted keys: strings, numbers, booleans, nulls and lists of them. */
    static String json(Map<String, Object> values) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach((name, value) -> object.add(name, jsonValue(value)));
        return object.build().toString();
    }

    private static JsonValue jsonValue(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal.toPlainString());
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(jsonValue(item)));
            return array.build();
        }
        if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        return JSON.createValue(String.valueOf(value));
    }
}
