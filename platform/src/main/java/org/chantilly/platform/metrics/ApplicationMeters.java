package org.chantilly.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The one meter registry of the application. Modules inject {@link MeterRegistry} and register their own meters on
 * it; this bean adds the JVM's (memory, garbage collection, threads, classes, CPU, uptime) and renders all of them
 * as Prometheus text.
 * <p>
 * Why the application keeps its own registry instead of WildFly's micrometer subsystem: WildFly 39 serves that
 * subsystem's Prometheus text only on the management interface, which authenticates with HTTP Digest (Prometheus
 * cannot) and where every management user holds every management right. Here the text is served by the API, to its
 * administrators, over HTTP Basic (README: Metrics).
 */
@ApplicationScoped
public class ApplicationMeters {

    private PrometheusMeterRegistry registry;

    private JvmGcMetrics gc;

    /** Not in a constructor: the container may construct a client proxy too, which must not bind the JVM's meters. */
    @PostConstruct
    void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // timers would otherwise start a pause-detector thread of their own, outside the container's control
        registry.config().pauseDetector(new NoPauseDetector());
        gc = new JvmGcMetrics();
        new JvmInfoMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The registry for modules: this very instance at every injection point (dependent scope, no client proxy). */
    @Produces
    MeterRegistry meterRegistry() {
        return registry;
    }

    /** Every meter in the Prometheus text exposition format 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    @PreDestroy
    void close() {
        gc.close();
        registry.close();
    }
}
