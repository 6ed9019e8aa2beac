package org.chantilly.platform.audit;

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
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for auditors: its records and the verification of its hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident record of every state change")
public class AuditResource {

    private static final int DEFAULT_PAGE = 100;

    @Inject
    AuditTrail trail;

    @GET
    @Path("verify")
    @RolesAllowed({Roles.AUDITOR, Roles.HEAD_OFFICE, Roles.ADMIN})
    @Operation(summary = "Recompute the hash chain",
            description = "Answers whether every record fits, how many there are, the chain's head, and the first "
                    + "record that was altered, removed or inserted.")
    public ChainVerification verify() {
        return trail.verify();
    }

    @GET
    @Path("records")
    @RolesAllowed({Roles.AUDITOR, Roles.HEAD_OFFICE})
    @Operation(summary = "Audit records, newest first",
            description = "Optionally about one object (objectType and objectId) or one complaint (complaint); "
                    + "page back with before=<the last sequence seen>; at most 500 per page.")
    public List<AuditRecord> records(@QueryParam("objectType") String objectType,
                                     @QueryParam("objectId") String objectId,
                                     @QueryParam("complaint") String complaint,
                                     @QueryParam("before") Long before,
                                     @QueryParam("limit") Integer limit) {
        if (limit != null && (limit < 1 || limit > 500)) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        if (before != null && before < 1) {
            throw new InvalidInputException("before", "must be a sequence number, 1 or more");
        }
        if (complaint != null) {
            List<AuditRecord> about = new java.util.ArrayList<>(trail.recordsAbout(complaint));
            java.util.Collections.reverse(about);
            return about;
        }
        return trail.records(objectType, objectId, before == null ? Long.MAX_VALUE : before,
                limit == null ? DEFAULT_PAGE : limit);
    }
}
