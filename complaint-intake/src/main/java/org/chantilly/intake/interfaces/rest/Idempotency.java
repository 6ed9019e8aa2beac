package org.chantilly.intake.interfaces.rest;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.ProblemException;

/**
 * Intake with an Idempotency-Key. Two requests with the same key may race: the loser's transaction fails on the
 * key's primary key, after which the winner's complaint is there to be returned.
 */
final class Idempotency {

    private Idempotency() {
    }

    static ComplaintIntake.Receipt receive(ComplaintIntake intake, NewComplaint complaint, String caller, String key,
                                           String hash) {
        try {
            return intake.receive(complaint, caller, key, hash);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (key == null) {
                throw e;
            }
            return intake.receiptFor(caller, key, hash).orElseThrow(() -> e);
        }
    }
}
