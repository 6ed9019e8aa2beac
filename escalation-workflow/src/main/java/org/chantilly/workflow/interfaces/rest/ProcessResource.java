package org.chantilly.workflow.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.EvidencePacks;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TimelineEntry;
import org.chantilly.workflow.api.WorkflowMessage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class ProcessResource {

    @Inject
    ComplaintProcesses processes;

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidencePacks evidence;

    @Inject
    Organisation organisation;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Path("{reference}")
    @Operation(operationId = "getProcess", summary = "The BPMN model of a complaint's process with the activities passed and active",
            description = "The complaint's own process (ComplaintHandlingProcess): its model, the path taken and where "
                    + "it waits, and in calledProcesses every tier process it called (ComplaintTierProcess), each "
                    + "with its instance id for getProcessInstance.")
    @APIResponse(responseCode = "200", description = "The model and the path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessView.class)))
    @APIResponse(responseCode = "404", description = "No complaint with that reference in the caller's branches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcessView process(@PathParam("reference") String reference) {
        return processes.processOf(visible(reference)).orElseThrow(ProcessResource::notFound);
    }

    @GET
    @Path("{reference}/instances/{processInstanceId}")
    @Operation(operationId = "getProcessInstance",
            summary = "One process the complaint ran through (its own or a tier's) with its model and path",
            description = "The BPMN model of that process instance, the activities passed and those it waits in; the "
                    + "instance ids are those of getProcess and its calledProcesses.")
    @APIResponse(responseCode = "200", description = "The model and the path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessView.class)))
    @APIResponse(responseCode = "404", description = "No complaint with that reference in the caller's branches, or no "
            + "process of that id for the complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcessView processInstance(@PathParam("reference") String reference,
                                       @PathParam("processInstanceId") String processInstanceId) {
        return processes.processOf(visible(reference), processInstanceId)
                .orElseThrow(() -> new ResourceNotFoundException(WorkflowMessage.NO_PROCESS));
    }

    @GET
    @Path("{reference}/timeline")
    @Operation(operationId = "getTimeline", summary = "Every step of a complaint's process: who, when, deadline and whether it was breached")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntry.class)))
    public List<TimelineEntry> timeline(@PathParam("reference") String reference) {
        return processes.timelineOf(visible(reference)).orElseThrow(ProcessResource::notFound);
    }

    @GET
    @Path("{reference}/record")
    @Operation(operationId = "getHandlingRecord", summary = "What was proposed, granted, met, followed up and clocked for a complaint")
    @APIResponse(responseCode = "200", description = "The complaint's handling record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandlingRecord.class)))
    public HandlingRecord record(@PathParam("reference") String reference) {
        return processes.recordOf(visible(reference));
    }

    @GET
    @Path("{reference}/outcome-letter")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getOutcomeLetter", summary = "The printable outcome letter of a letter complaint")
    @APIResponse(responseCode = "200", description = "The letter, ready to print",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such complaint, or its letter is not prepared yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String outcomeLetter(@PathParam("reference") String reference) {
        return processes.outcomeLetterOf(visible(reference))
                .orElseThrow(() -> new ResourceNotFoundException(WorkflowMessage.NO_OUTCOME_LETTER));
    }

    /** Why a complaint is pulled up, or what the customer replied. */
    public record Note(@Schema(required = true) @RequiredText @Size(max = 1000) @PlainText String text) {
    }

    @POST
    @Path("{reference}/pull-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE})
    @Operation(operationId = "pullUpComplaint", summary = "Pull a complaint up to the caller's tier",
            description = "A supervisor takes it from the frontline; management takes it from the supervisor.")
    @APIResponse(responseCode = "204", description = "Pulled up")
    @APIResponse(responseCode = "409", description = "The complaint is not at the tier below the caller, or someone else "
            + "changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pullUp(@PathParam("reference") String reference, Note reason) {
        String visible = visible(reference); // scope before input: another branch's complaint is a 404 whatever the body
        validator.check(reason);
        ConcurrentChange.retrying(() -> processes.pullUp(visible, reason.text(), Caller.of(security)));
        return Response.noContent().build();
    }

    @POST
    @Path("{reference}/customer-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE})
    @Operation(operationId = "recordCustomerReply", summary = "Record that the customer replied to what a tier asked; the tier's clock runs again")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The complaint is not waiting for the customer, or someone else "
            + "changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response customerReply(@PathParam("reference") String reference, Note note) {
        String visible = visible(reference); // scope before input
        validator.check(note);
        ConcurrentChange.retrying(() -> processes.customerReplied(visible, note.text(), Caller.of(security)));
        return Response.noContent().build();
    }

    /** The customer's answer to the outcome. */
    public record Answer(@NotNull Boolean satisfied) {
    }

    @POST
    @Path("{reference}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE})
    @Operation(operationId = "recordCustomerAnswer", summary = "Record whether the customer is satisfied with the outcome",
            description = "Satisfied: the employee's follow-up is decided next. Not satisfied: the complaint reopens at "
                    + "the next tier (after too many reopens, at head office).")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The complaint is not waiting for the customer's answer, or someone "
            + "else changed it at the same moment (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answer(@PathParam("reference") String reference, Answer answer) {
        String visible = visible(reference); // scope before input
        validator.check(answer);
        ConcurrentChange.retrying(() -> processes.recordAnswer(visible, answer.satisfied(), Caller.of(security)));
        return Response.noContent().build();
    }

    @GET
    @Path("{reference}/evidence")
    @Produces({EvidencePacks.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(operationId = "getEvidencePack", summary = "The complaint's evidence pack (ZIP)",
            description = "The complaint, its timeline, its handling record, every audit record about it with the "
                    + "chain proof, the handbook versions and policy values applied, the signatures of the employees "
                    + "who acted, and a manifest with the SHA-256 of every file (SHA256SUMS, as sha256sum -c reads it).")
    @APIResponse(responseCode = "200", description = "The ZIP",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"evidence-<reference>.zip\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = EvidencePacks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No complaint with that reference in the caller's branches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evidence(@PathParam("reference") String reference) {
        byte[] pack = evidence.packOf(visible(reference), security.getUserPrincipal().getName());
        return Response.ok(pack, EvidencePacks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + reference + ".zip\"").build();
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
        return new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND);
    }
}
