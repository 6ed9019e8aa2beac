package org.chantilly.intake.interfaces.rest;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chantilly.platform.api.ProofOfWork;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The challenge the public web form answers with a proof of work (README: The complaint form): a signed nonce with
 * its expiry and the difficulty. Handing one out costs one HMAC and remembers nothing.
 */
@Path("public/challenge")
@ApplicationScoped
@PermitAll
@Tag(name = "Public web form", description = "For the retailer's website; no login")
public class PublicChallengeResource {

    @Inject
    ProofOfWork proofOfWork;

    /** What the website's script solves before it posts the form. */
    @Schema(name = "ProofOfWorkChallenge", requiredProperties = {"nonce", "bits", "expiresAt"})
    public record ChallengeView(
            @Schema(description = "Hash SHA-256 of this nonce, a colon and a counter in decimal digits (UTF-8); send "
                    + "the nonce as Proof-Of-Work-Nonce and the counter as Proof-Of-Work-Counter. Works once.")
            String nonce,
            @Schema(description = "How many leading zero bits the hash must have", minimum = "0", maximum = "32")
            int bits,
            @Schema(description = "Until when the form may be posted with it") Instant expiresAt) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getPublicChallenge", summary = "A proof-of-work challenge for the public web form",
            description = "No login. Find a counter such that SHA-256(nonce + \":\" + counter) begins with `bits` zero "
                    + "bits, and send nonce and counter with the form in the headers Proof-Of-Work-Nonce and "
                    + "Proof-Of-Work-Counter before `expiresAt`. Each challenge works for one complaint.")
    @APIResponse(responseCode = "200", description = "A fresh challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not take JSON (`not-acceptable`)")
    public ChallengeView challenge() {
        ProofOfWork.Challenge challenge = proofOfWork.challenge();
        return new ChallengeView(challenge.nonce(), challenge.bits(), challenge.expiresAt());
    }
}
