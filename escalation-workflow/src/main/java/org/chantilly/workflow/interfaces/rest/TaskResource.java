package org.chantilly.workflow.interfaces.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's complaint tasks. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER, Roles.ADMIN})
@Tag(name = "Tasks", description = "Work that complaints give employees")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class TaskResource {

    @Inject
    ComplaintTasks tasks;

    @Inject
    InputValidator validator;

    @Inject
    Organisation organisation;

    @Inject
    ComplaintIntake intake;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listTasks", summary = "The caller's open tasks",
            description = "Tasks assigned to the caller or offered to one of their groups, one page at a time, counted "
                    + "and paged by the database without a cap: the highest priority first (a reminded tier's task is "
                    + "raised), then the earliest due (tasks without a deadline last), then the oldest; narrowed by "
                    + "branch, tier, due time, breach, assignee and complaint.")
    @APIResponse(responseCode = "200", description = "A page of open tasks with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)))
    @Parameter(name = "branch", in = ParameterIn.QUERY, description = "Only the tasks of this branch",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "tier", in = ParameterIn.QUERY, description = "Only the tasks of this escalation tier",
            schema = @Schema(implementation = EscalationTier.class))
    @Parameter(name = "dueBefore", in = ParameterIn.QUERY, description = "Only the tasks due before this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "breached", in = ParameterIn.QUERY, description = "Only the tasks past (true) or within (false) their deadline",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "assignee", in = ParameterIn.QUERY, description = "Only the tasks assigned to this login",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "complaint", in = ParameterIn.QUERY, description = "Only the tasks of this complaint (its "
            + "reference), of its own process and of its tiers'", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Tasks per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    @APIResponse(responseCode = "400", description = "A filter, page or size is malformed; each one is listed (`validation`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The branch or complaint is not one the caller may see, or does not exist")
    public TaskPage openTasks(@QueryParam("branch") String branch, @QueryParam("tier") String tier,
                              @QueryParam("dueBefore") String dueBefore, @QueryParam("breached") String breached,
                              @QueryParam("assignee") String assignee, @QueryParam("complaint") String complaint,
                              @QueryParam("page") @DefaultValue("0") String page,
                              @QueryParam("size") @DefaultValue("20") String size) {
        if (branch != null) {
            organisation.branchFilter(caller(), List.of(branch)); // another branch's tasks: 404, as its complaints
        }
        if (complaint != null) {
            // another branch's complaint: 404, as on the complaint itself, so that references cannot be probed
            intake.branchOf(complaint).filter(b -> organisation.canSeeBranch(caller(), b))
                    .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
        }
        List<FieldError> errors = new ArrayList<>();
        if (tier != null && Arrays.stream(EscalationTier.values()).noneMatch(t -> t.name().equals(tier))) {
            errors.add(FieldError.of("tier", PlatformMessage.ONE_OF, Arrays.toString(EscalationTier.values())));
        }
        Instant due = null;
        if (dueBefore != null) {
            try {
                due = Instant.parse(dueBefore);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("dueBefore", PlatformMessage.INSTANT_SUCH_AS));
            }
        }
        if (breached != null && !breached.equals("true") && !breached.equals("false")) {
            errors.add(FieldError.of("breached", PlatformMessage.TRUE_OR_FALSE));
        }
        int number = InputValidator.wholeNumber(errors, "page", page, 0, 1_000_000);
        int perPage = InputValidator.wholeNumber(errors, "size", size, 1, TaskPage.MAX_SIZE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tasks.openTasks(caller(), new TaskFilter(branch, tier, due,
                breached == null ? null : Boolean.valueOf(breached), assignee, complaint, null), number, perPage);
    }


    @GET
    @Path("{id}")
    @Operation(operationId = "getTask", summary = "A task with its form and the handbook's advice",
            description = "What the task asks for (form), the customer type's handling advice, the phrase guide and, "
                    + "for decisions, the tier's empowerment limits.")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDetail.class)))
    @APIResponse(responseCode = "404", description = "No such open task for the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskDetail task(@PathParam("id") String id) {
        return tasks.detail(id, caller());
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeTask", summary = "Complete a task with the input its form asks for",
            description = "Claims the task for the caller if nobody has, checks the input and completes it.")
    @APIResponse(responseCode = "204", description = "Completed")
    @APIResponse(responseCode = "400", description = "A required field is missing, a value is not allowed, or the remedy "
            + "is beyond head office's authority",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such open task for the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another employee has claimed the task, or someone else changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("id") String id, TaskInput input) {
        ConcurrentChange.retrying(() -> tasks.complete(id, input, caller()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task",
            description = "Of two employees claiming the same task, one wins; the other gets 409.")
    @APIResponse(responseCode = "204", description = "Claimed for the caller")
    @APIResponse(responseCode = "409", description = "Another employee has claimed the task, or someone else changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response claim(@PathParam("id") String id) {
        ConcurrentChange.retrying(() -> tasks.claim(id, caller()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Give a claimed task back to its group",
            description = "The employee who claimed it or a supervisor gives it back.")
    @APIResponse(responseCode = "204", description = "Offered to the group again")
    @APIResponse(responseCode = "409", description = "Claimed by someone else who is not the caller's to take it from, "
            + "or someone else changed it at the same moment (`conflict`)")
    public Response unclaim(@PathParam("id") String id) {
        ConcurrentChange.retrying(() -> tasks.unclaim(id, caller()));
        return Response.noContent().build();
    }

    /** Whom a supervisor assigns a task to. */
    public record Assignment(@Schema(required = true) @RequiredText @Size(max = 64) String assignee) {
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "assignTask", summary = "Assign a task to an employee who may work it")
    @APIResponse(responseCode = "204", description = "Assigned")
    @APIResponse(responseCode = "400", description = "The employee may not work this task (`validation`), or the body "
            + "is not JSON of the expected shape (`malformed-request`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the task at the same moment (`conflict`)")
    public Response assign(@PathParam("id") String id, Assignment assignment) {
        tasks.checkVisible(id, caller()); // scope before input: another branch's task is a 404 whatever the body
        validator.check(assignment);
        ConcurrentChange.retrying(() -> tasks.assign(id, assignment.assignee(), caller()));
        return Response.noContent().build();
    }

    /** The colleague a task is delegated to. */
    public record Delegation(@Schema(required = true) @RequiredText @Size(max = 64) String colleague) {
    }

    @POST
    @Path("{id}/delegate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "delegateTask", summary = "Delegate a task to a colleague of the same branch",
            description = "The caller stays the task's owner; the colleague completes it.")
    @APIResponse(responseCode = "204", description = "Delegated")
    @APIResponse(responseCode = "400", description = "The colleague may not work this task or works in another branch "
            + "(`validation`), or the body is not JSON of the expected shape (`malformed-request`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another employee has claimed the task, or someone else changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delegate(@PathParam("id") String id, Delegation delegation) {
        tasks.checkVisible(id, caller()); // scope before input: another branch's task is a 404 whatever the body
        validator.check(delegation);
        ConcurrentChange.retrying(() -> tasks.delegate(id, delegation.colleague(), caller()));
        return Response.noContent().build();
    }

    private Caller caller() {
        return Caller.of(security);
    }
}
