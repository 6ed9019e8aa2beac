package org.chantilly.platform.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures operators watch, for Prometheus to scrape with an account of the role {@code METRICS}, which may read
 * them and nothing else (administrators may read them too).
 */
@Path("metrics")
@RequestScoped
@RolesAllowed({Roles.METRICS, Roles.ADMIN})
@Tag(name = "Operations", description = "Metrics for monitoring")
public class MetricsResource {

    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    ApplicationMeters meters;

    @GET
    @Produces(PROMETHEUS_TEXT)
    @Operation(operationId = "scrapeMetrics", summary = "Every meter in the Prometheus text format",
            description = "Complaints received, open complaints per tier, deadline breaches, the job backlog, "
                    + "failed jobs and incidents, API latency, and the JVM's meters (README: Metrics).")
    @APIResponse(responseCode = "200", description = "The meters",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    public String scrape() {
        return meters.scrape();
    }
}
