package org.chantilly.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationMetersTest {

    private final ApplicationMeters meters = new ApplicationMeters();

    @BeforeEach
    void start() {
        meters.start();
    }

    @AfterEach
    void close() {
        meters.close();
    }

    @Test
    void rendersTheModulesMetersWithTheirHelpInThePrometheusTextFormat() {
        Counter.builder("chantilly.things.seen").description("Things seen since start").tag("kind", "odd")
                .register(meters.meterRegistry()).increment(2);

        assertThat(meters.scrape())
                .contains("# HELP chantilly_things_seen_total Things seen since start")
                .contains("# TYPE chantilly_things_seen_total counter")
                .contains("chantilly_things_seen_total{kind=\"odd\"} 2.0");
    }

    @Test
    void includesTheJvmsMeters() {
        assertThat(meters.scrape())
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads ")
                .contains("process_uptime_seconds ");
    }
}
