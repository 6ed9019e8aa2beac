package org.chantilly.platform.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One state change for the {@link AuditTrail}: who did what to which object, and the values before and after.
 *
 * @param actor             the login who caused it, or {@link #SYSTEM} for the engine's own jobs and timers
 * @param action            what happened, upper case (e.g. {@code COMPLAINT_RECEIVED}, {@code TASK_CLAIMED})
 * @param objectType        the kind of object (e.g. {@code COMPLAINT}, {@code TASK}, {@code HANDBOOK_VERSION})
 * @param objectId          its id or reference
 * @param complaintReference the complaint the change belongs to, when it belongs to one (for its evidence pack)
 * @param before            the changed values before (no personal values), empty for a creation
 * @param after             the changed values after (no personal values)
 */
public record AuditEvent(String actor, String action, String objectType, String objectId, String complaintReference,
                         Map<String, Object> before, Map<String, Object> after) {

    /** The actor of changes nobody asked for at that moment: timers, retries, scheduled jobs. */
    public static final String SYSTEM = "system";

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        before = before == null ? Map.of() : unmodifiableSorted(before);
        after = after == null ? Map.of() : unmodifiableSorted(after);
    }

    /** An event without values yet; add them with {@link #before(Map)}, {@link #after(Map)}. */
    public static AuditEvent of(String actor, String action, String objectType, Object objectId) {
        return new AuditEvent(actor, action, objectType, String.valueOf(objectId), null, Map.of(), Map.of());
    }

    public AuditEvent about(String reference) {
        return new AuditEvent(actor, action, objectType, objectId, reference, before, after);
    }

    public AuditEvent before(Map<String, ?> values) {
        return new AuditEvent(actor, action, objectType, objectId, complaintReference, copy(values), after);
    }

    public AuditEvent after(Map<String, ?> values) {
        return new AuditEvent(actor, action, objectType, objectId, complaintReference, before, copy(values));
    }

    /** A change of one value. */
    public AuditEvent change(String name, Object from, Object to) {
        Map<String, Object> b = new TreeMap<>(before);
        Map<String, Object> a = new TreeMap<>(after);
        b.put(name, from);
        a.put(name, to);
        return new AuditEvent(actor, action, objectType, objectId, complaintReference, b, a);
    }

    private static Map<String, Object> copy(Map<String, ?> values) {
        return values == null ? Map.of() : new TreeMap<>(values);
    }

    private static Map<String, Object> unmodifiableSorted(Map<String, Object> values) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
