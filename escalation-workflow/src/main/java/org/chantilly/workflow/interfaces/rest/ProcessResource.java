package org.chantilly.workflow.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A complaint's process: the BPMN model and the path taken, for a diagram viewer (bpmn-js) to draw. */
@Path("processes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
@Tag(name = "Processes", description = "The path a complaint takes through its BPMN model")
public class ProcessResource {

    @Inject
    ComplaintProcesses processes;

    @Inject
    ComplaintIntake intake;

    @Inject
    Organisation organisation;

    @Context
    SecurityContext security;

    @GET
    @Path("{reference}")
    @Operation(summary = "The BPMN model of a complaint's process with the activities passed and active")
    @APIResponse(responseCode = "200", description = "The model and the path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessView.class)))
    @APIResponse(responseCode = "404", description = "No complaint with that reference in the caller's branches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcessView process(@PathParam("reference") String reference) {
        return processes.processOf(visible(reference)).orElseThrow(ProcessResource::notFound);
    }

    @GET
    @Path("{reference}/timeline")
    @Operation(summary = "Every step of a complaint's process: who, when, deadline and whether it was breached")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntry.class)))
    public List<TimelineEntry> timeline(@PathParam("reference") String reference) {
        return processes.timelineOf(visible(reference)).orElseThrow(ProcessResource::notFound);
    }

    /** The reference of a complaint the caller may see. */
    private String visible(String reference) {
        Caller caller = Caller.of(security);
        intake.branchOf(reference)
                .filter(branch -> organisation.canSeeBranch(caller, branch))
                .orElseThrow(ProcessResource::notFound);
        return reference;
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("There is no complaint with that reference.");
    }
}
