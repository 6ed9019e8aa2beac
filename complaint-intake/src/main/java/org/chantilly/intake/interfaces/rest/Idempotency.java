package org.chantilly.intake.interfaces.rest;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.ConcurrentChange;

/**
 * Intake that survives concurrent requests. Two requests with the same Idempotency-Key, or the first two complaints
 * of a branch in a new year, may race: the loser's transaction fails on a unique key and is run again, and then
 * finds the winner's complaint (same key) or the counter row (new year).
 */
final class Idempotency {

    private Idempotency() {
    }

    static ComplaintIntake.Receipt receive(ComplaintIntake intake, NewComplaint complaint, String caller, String key,
                                           String hash) {
        return ConcurrentChange.retrying(() -> intake.receive(complaint, caller, key, hash));
    }

    /** With the key kept under {@code keyOwner} rather than the caller (the public form: per client address). */
    static ComplaintIntake.Receipt receive(ComplaintIntake intake, NewComplaint complaint, String caller,
                                           String keyOwner, String key, String hash) {
        return ConcurrentChange.retrying(() -> intake.receive(complaint, caller, keyOwner, key, hash));
    }
}
