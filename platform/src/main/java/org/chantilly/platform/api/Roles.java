package org.chantilly.platform.api;

import java.util.List;

/**
 * The roles a Chantilly account can hold. They are strings because {@code @RolesAllowed} needs constants.
 */
public final class Roles {

    /** Takes complaints at the counter, phone, email desk; resolves within the empowerment limit. */
    public static final String FRONTLINE = "FRONTLINE";
    /** The branch's customer-service manager: takes escalations, approves larger remedies. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Regional management: escalations above branch authority. */
    public static final String MANAGER = "MANAGER";
    /** Head office: the last tier of the escalation chain, across the chain. */
    public static final String HEAD_OFFICE = "HEAD_OFFICE";
    /** Writes and versions the customer-service handbook. */
    public static final String HANDBOOK_OWNER = "HANDBOOK_OWNER";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Manages accounts, branches and incidents; does not handle complaints. */
    public static final String ADMIN = "ADMIN";
    /**
     * Reads the operators' figures ({@code GET /api/metrics}) and nothing else: the account Prometheus scrapes with,
     * which cannot administer anything if its password leaks.
     */
    public static final String METRICS = "METRICS";

    /** Every role, in the order of the escalation chain first. */
    public static final List<String> ALL =
            List.of(FRONTLINE, SUPERVISOR, MANAGER, HEAD_OFFICE, HANDBOOK_OWNER, AUDITOR, ADMIN, METRICS);

    private Roles() {
    }
}
