package org.chantilly.intake.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintSummary;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files complaints and reads them back. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "The one complaint form")
public class ComplaintResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(summary = "File a complaint",
            description = "Records the complaint, gives it its reference and starts its handling process, in one transaction.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintSummary.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(ComplaintForm form) {
        validator.check(form);
        ComplaintSummary complaint = intake.receive(form.toNewComplaint(), caller());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(complaint.reference()).build())
                .entity(complaint)
                .build();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "Read a complaint by its reference")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintSummary.class)))
    @APIResponse(responseCode = "404", description = "No complaint has that reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintSummary find(@PathParam("reference") String reference) {
        return intake.find(reference)
                .orElseThrow(() -> new ResourceNotFoundException("There is no complaint with that reference."));
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
