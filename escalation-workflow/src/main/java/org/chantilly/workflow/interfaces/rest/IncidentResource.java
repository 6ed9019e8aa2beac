package org.chantilly.workflow.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.IncidentView;
import org.chantilly.workflow.api.Incidents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Process steps that failed after all retries, and their retry, for administrators. */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Incidents", description = "Failed process steps")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class IncidentResource {

    @Inject
    Incidents incidents;

    @GET
    @Operation(operationId = "listIncidents", summary = "Open incidents, oldest first")
    @APIResponse(responseCode = "200", description = "The open incidents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IncidentView.class)))
    public List<IncidentView> open() {
        return incidents.open();
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryIncident", summary = "Retry the failed step once more")
    @APIResponse(responseCode = "204", description = "The step runs again")
    @APIResponse(responseCode = "404", description = "No such open incident",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("id") String id, @Context SecurityContext security) {
        incidents.retry(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
