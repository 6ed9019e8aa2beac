package org.chantilly.platform.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for auditors: its records and the verification of its hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident record of every state change")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class AuditResource {

    private static final int DEFAULT_PAGE = 100;

    @Inject
    AuditTrail trail;

    @GET
    @Path("verify")
    @RolesAllowed({Roles.AUDITOR, Roles.HEAD_OFFICE, Roles.ADMIN})
    @Operation(operationId = "verifyAuditTrail", summary = "Recompute the hash chain",
            description = "Answers whether every record fits, how many there are, the chain's head, and the first "
                    + "record that was altered, removed or inserted.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainVerification.class)))
    public ChainVerification verify() {
        return trail.verify();
    }

    @GET
    @Path("records")
    @RolesAllowed({Roles.AUDITOR, Roles.HEAD_OFFICE})
    @Operation(operationId = "listAuditRecords", summary = "Audit records, newest first",
            description = "Optionally about one object (objectType and objectId) or one complaint (complaint); "
                    + "page back with before=<the last sequence seen>; at most 500 per page.")
    @Parameter(name = "objectType", in = ParameterIn.QUERY, description = "Only records about objects of this type",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "objectId", in = ParameterIn.QUERY, description = "Only records about the object with this id",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "complaint", in = ParameterIn.QUERY, description = "Every record about this complaint (a reference)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "before", in = ParameterIn.QUERY, description = "Only records before this sequence number",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Records per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
    @APIResponse(responseCode = "200", description = "The records, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditRecord.class)))
    @APIResponse(responseCode = "400", description = "limit or before is not a whole number in its range (`validation`, "
            + "each named)")
    public List<AuditRecord> records(@QueryParam("objectType") String objectType,
                                     @QueryParam("objectId") String objectId,
                                     @QueryParam("complaint") String complaint,
                                     @QueryParam("before") String beforeText,
                                     @QueryParam("limit") String limitText) {
        // read here rather than by JAX-RS, which answers a query parameter it cannot convert with a 404
        List<FieldError> errors = new ArrayList<>();
        Long before = whole(beforeText, 1, Long.MAX_VALUE, "before", PlatformMessage.SEQUENCE_NUMBER.with(), errors);
        Long limit = whole(limitText, 1, 500, "limit", PlatformMessage.WHOLE_NUMBER_RANGE.with(1, 500), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (complaint != null) {
            List<AuditRecord> about = new ArrayList<>(trail.recordsAbout(complaint));
            Collections.reverse(about);
            return about;
        }
        return trail.records(objectType, objectId, before == null ? Long.MAX_VALUE : before,
                limit == null ? DEFAULT_PAGE : limit.intValue());
    }

    private static Long whole(String text, long min, long max, String field, Message message,
                              List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(new FieldError(field, message));
        return null;
    }
}
