package org.chantilly.crash.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the clients of a test were told: which complaint each Idempotency-Key created, which frontline decisions went
 * through (escalations), and every answer a client should never get. The database is checked against it.
 */
public final class Ledger {

    /** A complaint a client got its 201 for, after that many attempts with the same key. */
    public record Filed(String key, String body, String reference, String channel, int attempts) {
    }

    private final Map<String, Filed> filed = new ConcurrentHashMap<>();
    private final Map<String, Instant> escalated = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    void filed(Filed complaint) {
        Filed earlier = filed.putIfAbsent(complaint.key(), complaint);
        if (earlier != null) {
            unexpected("key " + complaint.key() + " recorded twice");
        }
    }

    void escalated(String reference, Instant confirmedAt) {
        escalated.put(reference, confirmedAt);
    }

    void unexpected(String what) {
        unexpected.add(what);
    }

    /** Every key that got a 201, with what it created. */
    public Map<String, Filed> filed() {
        return Map.copyOf(filed);
    }

    /** The complaints whose frontline decision (ESCALATE) was confirmed, with when. */
    public Map<String, Instant> escalated() {
        return Map.copyOf(escalated);
    }

    /** Answers a client should never have got (a 4xx on valid input, an error page, a timeout of a whole minute). */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }
}
