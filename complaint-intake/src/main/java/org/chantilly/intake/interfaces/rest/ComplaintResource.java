package org.chantilly.intake.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.chantilly.intake.api.AttachmentContent;
import org.chantilly.intake.api.AttachmentUpload;
import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.Severity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Files complaints, finds them and works on them. Staff see only the complaints of their branches (managers their
 * region); anything else answers 404, so references cannot be probed.
 */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "The one complaint form")
public class ComplaintResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ComplaintIntake intake;

    @Inject
    Organisation organisation;

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
            description = "Records the complaint, gives it its reference and starts its handling process, in one transaction. "
                    + "With an Idempotency-Key header a retried request returns the complaint the first one created.")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retried Idempotency-Key, recorded before); Location names the complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, ComplaintForm form) {
        Caller caller = caller();
        String key = checkedKey(idempotencyKey);
        NewComplaint complaint = validator.check(form).toNewComplaint();
        if (!organisation.canSeeBranch(caller, complaint.branchCode())) {
            throw new InvalidInputException("branchCode", "is not a branch you record complaints for");
        }
        String hash = key == null ? null : RequestHash.of(form);
        ComplaintIntake.Receipt receipt = Idempotency.receive(intake, complaint, caller.username(), key, hash);
        ComplaintView view = receipt.complaint();
        Response.ResponseBuilder response = Response.created(
                uriInfo.getBaseUriBuilder().path("complaints").path(view.reference()).build()).entity(view);
        if (receipt.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "Find complaints",
            description = "Filters combine; q finds words in the reference, the customer's name and the description. "
                    + "Only complaints of the caller's branches are found.")
    @APIResponse(responseCode = "200", description = "A page of complaints with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintPage.class)))
    public ComplaintPage search(@QueryParam("branch") List<String> branches,
                                @QueryParam("status") String status,
                                @QueryParam("channel") String channel,
                                @QueryParam("customerType") String customerType,
                                @QueryParam("severity") String severity,
                                @QueryParam("category") String category,
                                @QueryParam("receivedFrom") String receivedFrom,
                                @QueryParam("receivedTo") String receivedTo,
                                @QueryParam("q") String text,
                                @QueryParam("sort") @DefaultValue("RECEIVED_AT_DESC") String sort,
                                @QueryParam("page") @DefaultValue("0") String page,
                                @QueryParam("size") @DefaultValue("20") String size) {
        List<FieldError> errors = new ArrayList<>();
        SearchParameters p = new SearchParameters(errors);
        ComplaintQuery query = new ComplaintQuery(scope(branches),
                p.value("status", status, ComplaintStatus.class), p.value("channel", channel, Channel.class),
                p.value("customerType", customerType, CustomerType.class), p.value("severity", severity, Severity.class),
                p.value("category", category, ComplaintCategory.class), p.instant("receivedFrom", receivedFrom),
                p.instant("receivedTo", receivedTo), p.text("q", text),
                p.value("sort", sort, ComplaintQuery.Sort.class), p.number("page", page, 0, 10_000),
                p.number("size", size, 1, 100));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return intake.search(query);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "Read a complaint with its history, attachments and acknowledgement")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No complaint with that reference in the caller's branches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintView find(@PathParam("reference") String reference) {
        return visible(reference);
    }

    @GET
    @Path("{reference}/customer-history")
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "The same customer's other complaints (same email or phone), newest first")
    public List<ComplaintListItem> customerHistory(@PathParam("reference") String reference) {
        checkVisible(reference);
        return intake.customerHistory(reference, organisation.visibleBranches(caller()).orElse(null));
    }

    /** A decision on a possible-duplicate flag. */
    public record DuplicateDecision(@NotNull @Pattern(regexp = "CONFIRM|DISMISS", message = "must be CONFIRM or DISMISS") String decision) {
    }

    @POST
    @Path("{reference}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(summary = "Confirm (link) or dismiss a possible-duplicate flag")
    @APIResponse(responseCode = "409", description = "The complaint has no open flag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintView decideDuplicate(@PathParam("reference") String reference, DuplicateDecision decision) {
        checkVisible(reference); // scope before input: another branch's complaint is a 404 whatever the body
        validator.check(decision);
        String decidedBy = caller().username();
        return ConcurrentChange.retrying(
                () -> intake.decideDuplicate(reference, "CONFIRM".equals(decision.decision()), decidedBy));
    }

    @POST
    @Path("{reference}/attachments")
    @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(summary = "Attach a photo, scanned letter or receipt",
            description = "The body is the file; Content-Type says what it is and X-File-Name how it is called.")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.AttachmentInfo.class)))
    public Response attach(@PathParam("reference") String reference, @HeaderParam("X-File-Name") String fileName,
                           @Context HttpHeaders headers, InputStream body) throws IOException {
        checkVisible(reference);
        MediaType type = headers.getMediaType();
        String contentType = type.getType() + "/" + type.getSubtype();
        AttachmentUpload upload = new AttachmentUpload(fileName, contentType, body.readAllBytes());
        String addedBy = caller().username();
        ComplaintView.AttachmentInfo attachment = ConcurrentChange.retrying(
                () -> intake.addAttachment(reference, upload, addedBy));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(attachment.id())).build())
                .entity(attachment).build();
    }

    @GET
    @Path("{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "Download an attachment")
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") long id) {
        checkVisible(reference);
        AttachmentContent content = intake.attachment(reference, id)
                .orElseThrow(() -> new ResourceNotFoundException("The complaint has no attachment with that id."));
        return Response.ok(content.content(), content.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + urlEncoded(content.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("{reference}/acknowledgement-letter")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(summary = "The printable acknowledgement letter, in the customer's language")
    public String acknowledgementLetter(@PathParam("reference") String reference) {
        ComplaintView complaint = visible(reference);
        return AcknowledgementLetter.html(complaint, organisation.branch(complaint.branchCode()).orElseThrow());
    }

    /** Only that the caller may see the complaint; cheaper than reading it. */
    private void checkVisible(String reference) {
        Caller caller = caller();
        intake.branchOf(reference)
                .filter(branch -> organisation.canSeeBranch(caller, branch))
                .orElseThrow(() -> new ResourceNotFoundException("There is no complaint with that reference."));
    }

    private ComplaintView visible(String reference) {
        Caller caller = caller();
        return intake.find(reference)
                .filter(c -> organisation.canSeeBranch(caller, c.branchCode()))
                .orElseThrow(() -> new ResourceNotFoundException("There is no complaint with that reference."));
    }

    /** The branches to search: the ones asked for (each within the caller's scope, else 404), or all they see. */
    private List<String> scope(List<String> asked) {
        return organisation.branchFilter(caller(), asked).orElse(null);
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    private static String urlEncoded(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Caller caller() {
        return Caller.of(security);
    }

    /** Reads query parameters, collecting an error per wrong one. */
    private record SearchParameters(List<FieldError> errors) {

        <E extends Enum<E>> E value(String name, String text, Class<E> type) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "must be one of " + String.join(", ",
                        java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
                return null;
            }
        }

        Instant instant(String name, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(name, "must be an ISO 8601 instant, e.g. 2026-11-24T10:15:30Z"));
                return null;
            }
        }

        String text(String name, String text) {
            if (text != null && text.length() > 200) {
                errors.add(new FieldError(name, "must have at most 200 characters"));
                return null;
            }
            return text;
        }

        int number(String name, String text, int min, int max) {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
            return min;
        }
    }
}
