package org.chantilly.workflow.domain;

/** What the employee who received a complaint gets afterwards. */
public enum FollowUpKind {
    /** One-to-one coaching, scheduled and confirmed done. */
    COACHING,
    /** A training course, scheduled and confirmed done. */
    TRAINING,
    /** A topic for the branch's next pre-shift briefing. */
    PRE_SHIFT_TOPIC,
    /** Recognition of excellent service, on the employee's record. */
    RECOGNITION
}
