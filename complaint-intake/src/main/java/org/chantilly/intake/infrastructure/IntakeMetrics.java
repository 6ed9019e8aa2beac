package org.chantilly.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.platform.api.Channel;

/**
 * Intake's meter: complaints received per channel ({@code chantilly_complaints_received_total}). A complaint counts
 * once its transaction has committed, so a rolled-back intake or an idempotent repeat counts nothing. Every channel
 * is registered at start-up, so each series exists from zero and Prometheus' {@code rate()} sees the first one.
 */
@ApplicationScoped
class IntakeMetrics {

    static final String RECEIVED = "chantilly.complaints.received";

    @Inject
    MeterRegistry registry;

    void register(@Observes Startup startup) {
        for (Channel channel : Channel.values()) {
            received(channel);
        }
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintReceived complaint) {
        received(complaint.channel()).increment();
    }

    /** The channel's counter; the registry hands out the one it registered first. */
    private Counter received(Channel channel) {
        return Counter.builder(RECEIVED)
                .description("Complaints recorded since the server started, per channel")
                .tag("channel", channel.name())
                .register(registry);
    }
}
