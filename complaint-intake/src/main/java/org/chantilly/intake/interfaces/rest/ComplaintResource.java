package org.chantilly.intake.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.domain.AttachmentPolicy;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OneOf;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.api.UnsupportedMediaTypeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
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
    @Operation(operationId = "fileComplaint", summary = "File a complaint",
            description = "Records the complaint, gives it its reference and starts its handling process, in one transaction. "
                    + "With an Idempotency-Key header a retried request returns the complaint the first one created.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key with the same form answers the complaint recorded first",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = "^[!-~]+$"))
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retried Idempotency-Key, recorded before); Location names the complaint",
            headers = {
                @Header(name = "Location", description = "The complaint's address",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = "Idempotent-Replayed", description = "`true` when the answer is the complaint an earlier "
                        + "request with the same Idempotency-Key recorded", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each one is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request (`idempotency-key-reused`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, ComplaintForm form) {
        Caller caller = caller();
        String key = checkedKey(idempotencyKey);
        NewComplaint complaint = validator.check(form).toNewComplaint();
        if (!organisation.canSeeBranch(caller, complaint.branchCode())) {
            throw new InvalidInputException("branchCode", IntakeMessage.BRANCH_NOT_YOURS);
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
    @Operation(operationId = "searchComplaints", summary = "Find complaints",
            description = "Filters combine; q finds words in the reference, the customer's name and the description. "
                    + "Only complaints of the caller's branches are found.")
    @Parameter(name = "branch", in = ParameterIn.QUERY, description = "Branch codes, repeatable; by default every branch "
            + "the caller may see", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Statuses, repeatable: a complaint in any one of "
            + "them is found (`status=RECEIVED&status=ESCALATED`); by default every status",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintStatus.class))
    @Parameter(name = "channel", in = ParameterIn.QUERY, schema = @Schema(implementation = Channel.class))
    @Parameter(name = "customerType", in = ParameterIn.QUERY, schema = @Schema(implementation = CustomerType.class))
    @Parameter(name = "severity", in = ParameterIn.QUERY, schema = @Schema(implementation = Severity.class))
    @Parameter(name = "category", in = ParameterIn.QUERY, schema = @Schema(implementation = ComplaintCategory.class))
    @Parameter(name = "receivedFrom", in = ParameterIn.QUERY, description = "Received at or after this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "receivedTo", in = ParameterIn.QUERY, description = "Received before this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words in the reference, the customer's name or the description",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            schema = @Schema(implementation = ComplaintQuery.Sort.class, defaultValue = "RECEIVED_AT_DESC"))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "10000", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Complaints per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    @APIResponse(responseCode = "200", description = "A page of complaints with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, the sort, page or size is not one of its allowed values; "
            + "each one is listed (`validation`)")
    @APIResponse(responseCode = "404", description = "A branch asked for is not one the caller may see, or does not exist")
    public ComplaintPage search(@QueryParam("branch") List<String> branches,
                                @QueryParam("status") List<String> statuses,
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
                p.values("status", statuses, ComplaintStatus.class), p.value("channel", channel, Channel.class),
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
    @Operation(operationId = "getComplaint", summary = "Read a complaint with its history, attachments and acknowledgement")
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
    @Operation(operationId = "getCustomerHistory",
            summary = "The same customer's other complaints (same email or phone), newest first")
    @APIResponse(responseCode = "200", description = "The other complaints, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintListItem.class)))
    public List<ComplaintListItem> customerHistory(@PathParam("reference") String reference) {
        checkVisible(reference);
        return intake.customerHistory(reference, organisation.visibleBranches(caller()).orElse(null));
    }

    /** A decision on a possible-duplicate flag. */
    public record DuplicateDecision(@Schema(enumeration = {"CONFIRM", "DISMISS"}) @NotNull @Pattern(regexp = "CONFIRM|DISMISS", message = "{chantilly.confirmOrDismiss}") String decision) {
    }

    @POST
    @Path("{reference}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "decideDuplicate", summary = "Confirm (link) or dismiss a possible-duplicate flag")
    @APIResponse(responseCode = "200", description = "The complaint with the flag decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "The complaint has no open flag, or someone else changed it at the same "
            + "moment (`conflict`)",
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
    @Consumes(MediaType.WILDCARD) // every type reaches the method: the scope is checked first, then the type
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(operationId = "addAttachment", summary = "Attach a photo, scanned letter or receipt",
            description = "The body is the file; Content-Type says what it is (image/jpeg, image/png, image/webp or "
                    + "application/pdf; its first bytes must match, another type is a 415) and Content-Disposition how "
                    + "it is called, in any script as RFC 8187 says: attachment; filename*=UTF-8''Kassenbon%20%C3%BC.png. "
                    + "The download names it the same way.")
    @Parameter(name = "Content-Disposition", in = ParameterIn.HEADER,
            description = "The file's name, percent-encoded UTF-8 (RFC 8187), e.g. attachment; "
                    + "filename*=UTF-8''Kassenbon%20%C3%BC.png; a plain filename=\"receipt.pdf\" is taken too",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "X-File-Name", in = ParameterIn.HEADER, deprecated = true,
            description = "The older way to name the file (UTF-8 bytes are read as UTF-8); use Content-Disposition",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(description = "The file", required = true, content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "Someone else changed the complaint at the same moment (`conflict`)")
    @APIResponse(responseCode = "201", description = "Attached; Location names the attachment",
            headers = @Header(name = "Location", description = "The attachment's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.AttachmentInfo.class)))
    public Response attach(@PathParam("reference") String reference,
                           @HeaderParam(AttachmentName.X_FILE_NAME) String xFileName,
                           @Context HttpHeaders headers, InputStream body) throws IOException {
        checkVisible(reference);
        MediaType type = headers.getMediaType();
        String contentType = type == null ? null : type.getType() + "/" + type.getSubtype();
        if (!AttachmentPolicy.acceptedTypes().contains(contentType)) {
            throw new UnsupportedMediaTypeException(IntakeMessage.ATTACHMENT_TYPES,
                    String.join(", ", AttachmentPolicy.acceptedTypes()));
        }
        String fileName = AttachmentName.of(headers.getHeaderString(AttachmentName.CONTENT_DISPOSITION), xFileName);
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
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file, as it was attached",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") long id) {
        checkVisible(reference);
        AttachmentContent content = intake.attachment(reference, id)
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.ATTACHMENT_NOT_FOUND));
        return Response.ok(content.content(), content.contentType())
                .header(AttachmentName.CONTENT_DISPOSITION, AttachmentName.contentDisposition(content.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("{reference}/acknowledgement-letter")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR})
    @Operation(operationId = "getAcknowledgementLetter",
            summary = "The printable acknowledgement letter, in the customer's language")
    @APIResponse(responseCode = "200", description = "The letter, an HTML page ready to print",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String acknowledgementLetter(@PathParam("reference") String reference) {
        ComplaintView complaint = visible(reference);
        return AcknowledgementLetter.html(complaint, organisation.branch(complaint.branchCode()).orElseThrow());
    }

    /** Only that the caller may see the complaint; cheaper than reading it. */
    private void checkVisible(String reference) {
        Caller caller = caller();
        intake.branchOf(reference)
                .filter(branch -> organisation.canSeeBranch(caller, branch))
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
    }

    /** The complaint if the caller may see it, with the handling advice in the caller's own language. */
    private ComplaintView visible(String reference) {
        Caller caller = caller();
        String language = organisation.staff(caller.username()).map(StaffInfo::language).orElse(null);
        return intake.find(reference, language)
                .filter(c -> organisation.canSeeBranch(caller, c.branchCode()))
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
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
            throw new InvalidInputException(IDEMPOTENCY_KEY, IntakeMessage.IDEMPOTENCY_KEY_FORMAT);
        }
        return key;
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
                errors.add(FieldError.of(name, PlatformMessage.ONE_OF, OneOf.Validator.allowed(type)));
                return null;
            }
        }

        /** Every value of a repeatable parameter; blank ones are ignored, each wrong one reported once. */
        <E extends Enum<E>> Set<E> values(String name, List<String> texts, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            boolean wrong = false;
            for (String text : texts == null ? List.<String>of() : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, text));
                } catch (IllegalArgumentException e) {
                    wrong = true;
                }
            }
            if (wrong) {
                errors.add(FieldError.of(name, PlatformMessage.EACH_ONE_OF, OneOf.Validator.allowed(type)));
            }
            return values;
        }

        Instant instant(String name, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(name, PlatformMessage.INSTANT));
                return null;
            }
        }

        String text(String name, String text) {
            if (text != null && text.length() > 200) {
                errors.add(FieldError.of(name, PlatformMessage.AT_MOST_CHARACTERS, 200));
                return null;
            }
            return text;
        }

        int number(String name, String text, int min, int max) {
            return InputValidator.wholeNumber(errors, name, text, min, max);
        }
    }
}
