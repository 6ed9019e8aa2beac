package org.chantilly.workflow.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's complaint tasks. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE})
@Tag(name = "Tasks", description = "Work that complaints give employees")
public class TaskResource {

    @Inject
    ComplaintTasks tasks;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's open tasks",
            description = "Tasks assigned to the caller or offered to one of their groups, oldest first.")
    @APIResponse(responseCode = "200", description = "The open tasks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskSummary.class)))
    public List<TaskSummary> openTasks() {
        return tasks.openTasks(caller());
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete a task", description = "Claims the task for the caller if nobody has, then completes it.")
    @APIResponse(responseCode = "204", description = "Completed")
    @APIResponse(responseCode = "404", description = "No such open task for the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another employee has claimed the task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("id") String id) {
        tasks.complete(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim a task", description = "Of two employees claiming the same task, one wins; the other gets 409.")
    @APIResponse(responseCode = "204", description = "Claimed for the caller")
    @APIResponse(responseCode = "409", description = "Another employee has claimed the task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response claim(@PathParam("id") String id) {
        tasks.claim(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    @APIResponse(responseCode = "204", description = "Offered to the group again")
    public Response unclaim(@PathParam("id") String id) {
        tasks.unclaim(id, caller());
        return Response.noContent().build();
    }

    /** Whom a supervisor assigns a task to. */
    public record Assignment(@NotBlank @Size(max = 64) String assignee) {
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(summary = "Assign a task to an employee who may work it")
    @APIResponse(responseCode = "204", description = "Assigned")
    @APIResponse(responseCode = "400", description = "The employee may not work this task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(@PathParam("id") String id, Assignment assignment) {
        validator.check(assignment);
        tasks.assign(id, assignment.assignee(), caller());
        return Response.noContent().build();
    }

    private Caller caller() {
        return Caller.of(security);
    }
}
