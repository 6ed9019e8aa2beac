package org.chantilly.intake.application.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chantilly.intake.api.CustomerErasure;
import org.chantilly.intake.api.Retention;
import org.chantilly.intake.domain.RetentionPeriod;
import org.chantilly.platform.api.ConcurrentChange;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention rule: complaints closed before now minus {@code chantilly.retention.closed-complaints} are
 * anonymised, {@value #BATCH} per transaction, until none is left.
 */
@ApplicationScoped
public class RetentionService implements Retention {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    static final int BATCH = 50;

    private final CustomerErasure erasure;
    private final RetentionPeriod period;
    private final Clock clock;

    @Inject
    public RetentionService(CustomerErasure erasure,
                            @ConfigProperty(name = "chantilly.retention.closed-complaints", defaultValue = "P3Y") String period,
                            Clock clock) {
        this(erasure, RetentionPeriod.parse(period), clock);
    }

    RetentionService(CustomerErasure erasure, RetentionPeriod period, Clock clock) {
        this.erasure = erasure;
        this.period = period;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RetentionService() {
        this.erasure = null;
        this.period = null;
        this.clock = null;
    }

    @Override
    public Run runNow(String branchCode) {
        var cutoff = period.cutoff(clock.instant());
        List<String> done = new ArrayList<>();
        List<String> batch;
        do {
            // a batch that clashed with a job changing one of its complaints is simply taken again
            batch = ConcurrentChange.retrying(() -> erasure.anonymiseClosedBefore(cutoff, branchCode, BATCH));
            done.addAll(batch);
        } while (batch.size() == BATCH);
        LOG.info(() -> "retention (" + period + "): " + done.size() + " complaint(s) closed before " + cutoff
                + (branchCode == null ? "" : " in " + branchCode) + " anonymised" + (done.isEmpty() ? "" : ": " + done));
        return new Run(cutoff, period.toString(), done);
    }
}
