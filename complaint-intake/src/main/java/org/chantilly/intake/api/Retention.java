package org.chantilly.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * The retention rule: complaints closed longer ago than {@code chantilly.retention.closed-complaints} lose their
 * customer's personal data (see {@link CustomerErasure}). A scheduled job applies it every
 * {@code chantilly.retention.interval}; operators can apply it now.
 */
public interface Retention {

    /**
     * Applies the rule now, in batches of one transaction each.
     *
     * @param branchCode only this branch's complaints, or null for all
     */
    Run runNow(String branchCode);

    /**
     * What a run did.
     *
     * @param closedBefore the cutoff: complaints closed before it were anonymised
     * @param period       the configured retention period
     * @param references   the complaints anonymised
     */
    record Run(Instant closedBefore, String period, List<String> references) {

        public Run {
            references = List.copyOf(references);
        }

        public int anonymised() {
            return references.size();
        }
    }
}
