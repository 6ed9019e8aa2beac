package org.chantilly.platform.api;

/**
 * How the receiving employee reads the complaining customer. Each type has its own recommended handling, which
 * the handbook words and the form shows alongside.
 */
public enum CustomerType {
    /** Nothing is ever good enough; stay courteous and do not let it steer the outcome. */
    ACTIVE_HATER,
    /** Notices every flaw; listen, judge whether it is true, act when it is. */
    EXTREME_CRITIC,
    /** Formerly loyal, now irritated and threatening to leave; win them back if it is worth it. */
    IRRITATED_LOYAL,
    /** Still passionate and satisfied; act visibly so they know their comment counts. */
    PASSIONATE_LOYAL,
    /** Not classified. */
    UNKNOWN
}
