package org.chantilly.web.metrics;

import java.io.IOException;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.chantilly.web.ChantillyApplication;

/**
 * Times every API request ({@code chantilly_api_requests_seconds}, a histogram) from before its login check until
 * its body is written, labelled by method, route template and status class. The first request filter starts the
 * clock, the last response filter names the labels, and the outermost writer interceptor stops it once the body is
 * written (without a body, the response filter does), so refusals (401, 413) and errors turned into problems count
 * too. The container's own work before JAX-RS (checking a password) is not part of it. Three providers: in one
 * class that was also the filters, RESTEasy never ran the writer interceptor.
 */
public final class RequestLatency {

    static final String TIMER = "chantilly.api.requests";

    /** Bucket bounds for Prometheus' histogram_quantile(): from a quick read to a slow export. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** Before authentication and every other filter; after every other response filter and writer interceptor. */
    static final int FIRST = Priorities.AUTHENTICATION - 100;

    private static final String APPLICATION_PATH = ChantillyApplication.class.getAnnotation(ApplicationPath.class).value();
    private static final String STARTED = RequestLatency.class.getName() + ".started";
    private static final String TAGS = RequestLatency.class.getName() + ".tags";

    private RequestLatency() {
    }

    /** Starts the clock. */
    @Provider
    @PreMatching
    @Priority(FIRST)
    public static class Start implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    /** Names the labels; without a body the request ends here, with one once the body is written. */
    @Provider
    @Priority(FIRST)
    public static class Stop implements ContainerResponseFilter {

        @Inject
        MeterRegistry registry;

        @Context
        ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!(request.getProperty(STARTED) instanceof Long started)) {
                return;
            }
            Tags tags = Tags.of("method", Routes.method(request.getMethod()),
                    "route", Routes.template(APPLICATION_PATH, resource.getResourceClass(), resource.getResourceMethod()),
                    "status", Routes.statusClass(response.getStatus()));
            if (response.hasEntity()) {
                request.setProperty(TAGS, tags);
            } else {
                record(registry, started, tags);
            }
        }
    }

    /** Stops the clock once the body is written. */
    @Provider
    @Priority(FIRST)
    public static class Written implements WriterInterceptor {

        @Inject
        MeterRegistry registry;

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            try {
                context.proceed();
            } finally {
                if (context.getProperty(STARTED) instanceof Long started && context.getProperty(TAGS) instanceof Tags tags) {
                    context.removeProperty(TAGS);
                    record(registry, started, tags);
                }
            }
        }
    }

    private static void record(MeterRegistry registry, long started, Tags tags) {
        Timer.builder(TIMER)
                .description("API requests: how long they took, by method, route template and status class")
                .tags(tags)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - started));
    }
}
