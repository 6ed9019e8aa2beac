package org.chantilly.handbook.api;

/** The levels of the escalation chain, lowest first; each has its own empowerment limits and deadlines. */
public enum EscalationTier {
    /** The branch's frontline employees: resolve on the spot within their limit. */
    FRONTLINE,
    /** The branch's supervisor (customer-service manager): the next contact. */
    SUPERVISOR,
    /** Regional management: above branch authority. */
    MANAGEMENT,
    /** Head office: the last tier; nothing is escalated beyond it. */
    HEAD_OFFICE;

    /** The tier above this one, or this one for head office. */
    public EscalationTier next() {
        return this == HEAD_OFFICE ? this : values()[ordinal() + 1];
    }
}
