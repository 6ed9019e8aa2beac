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

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.HandlingRecord.FollowUpView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What complaints taught: a branch's pre-shift briefing list and an employee's follow-up record. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
@Tag(name = "Follow-up", description = "Coaching, training, pre-shift topics and recognition after complaints")
public class FollowUpResource {

    @Inject
    ComplaintProcesses processes;

    @Inject
    Organisation organisation;

    @Context
    SecurityContext security;

    @GET
    @Path("branches/{code}/briefing")
    @Operation(summary = "The topics for a branch's next pre-shift briefing")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", description = "No such branch among the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FollowUpView> briefing(@PathParam("code") String code) {
        if (!organisation.canSeeBranch(Caller.of(security), code)) {
            throw new ResourceNotFoundException("There is no branch with that code.");
        }
        return processes.briefingList(code);
    }

    @GET
    @Path("employees/{login}/follow-ups")
    @Operation(summary = "An employee's coaching, training and recognition",
            description = "Employees see their own; supervisors, managers, head office and auditors those of the "
                    + "branches they may see.")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", description = "No such employee among those the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FollowUpView> followUps(@PathParam("login") String login) {
        Caller caller = Caller.of(security);
        boolean self = caller.username().equals(login);
        boolean oversees = !caller.hasRole(Roles.FRONTLINE) || caller.hasRole(Roles.SUPERVISOR);
        StaffInfo employee = organisation.staff(login)
                .filter(e -> self || (oversees && e.branchCode() != null && organisation.canSeeBranch(caller, e.branchCode())))
                .orElseThrow(() -> new ResourceNotFoundException("There is no employee with that login."));
        return processes.followUpsOf(employee.login());
    }
}
