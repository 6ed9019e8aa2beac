package org.chantilly.workflow.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.BriefingAgenda;
import org.chantilly.workflow.api.Briefings;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.WorkflowMessage;

import org.chantilly.workflow.api.HandlingRecord.FollowUpView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What complaints taught: a branch's pre-shift briefing list and an employee's follow-up record. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
@Tag(name = "Follow-up", description = "Coaching, training, pre-shift topics and recognition after complaints")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class FollowUpResource {

    @Inject
    ComplaintProcesses processes;

    @Inject
    Organisation organisation;

    @Inject
    Briefings briefings;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Path("branches/{code}/briefing")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML + ";charset=UTF-8"})
    @Operation(operationId = "getBriefing", summary = "The agenda of a branch's next pre-shift briefing",
            description = "What changed in the handbook since the last briefing, the topics complaints put on the list, "
                    + "recent recognitions and a phrase to practise; format=html for the printable page.")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "html for the printable page; JSON otherwise",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "html"}, defaultValue = "json"))
    @APIResponse(responseCode = "200", description = "The agenda",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefingAgenda.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such branch among the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response briefing(@PathParam("code") String code, @QueryParam("format") String format) {
        BriefingAgenda agenda = briefings.agenda(visibleBranch(code));
        return "html".equals(format) ? Response.ok(briefings.printable(agenda), MediaType.TEXT_HTML + ";charset=UTF-8").build()
                : Response.ok(agenda, MediaType.APPLICATION_JSON).build();
    }

    /** Who attended a briefing. */
    public record Attendance(@NotNull @Size(min = 1, max = 50) List<@RequiredText @Size(max = 64) String> attendees) {
    }

    @POST
    @Path("branches/{code}/briefings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "holdBriefing", summary = "Mark the branch's briefing held, with its attendees",
            description = "Its topics count as discussed; the next agenda starts from now.")
    @APIResponse(responseCode = "200", description = "The agenda that was held",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefingAgenda.class)))
    public BriefingAgenda held(@PathParam("code") String code, Attendance attendance) {
        String branch = visibleBranch(code); // scope before input: another branch is a 404 whatever the body
        validator.check(attendance);
        if (String.join(", ", attendance.attendees()).length() > 1000) {
            throw new InvalidInputException("attendees", WorkflowMessage.BRIEFING_ATTENDEES, 1000);
        }
        return briefings.hold(branch, attendance.attendees(), Caller.of(security).username());
    }

    private String visibleBranch(String code) {
        if (!organisation.canSeeBranch(Caller.of(security), code) || organisation.branch(code).isEmpty()) {
            throw new ResourceNotFoundException(PlatformMessage.BRANCH_NOT_FOUND);
        }
        return code;
    }

    @GET
    @Path("employees/{login}/follow-ups")
    @Operation(operationId = "listFollowUps", summary = "An employee's coaching, training and recognition",
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
                .orElseThrow(() -> new ResourceNotFoundException(PlatformMessage.STAFF_NOT_FOUND));
        return processes.followUpsOf(employee.login());
    }
}
