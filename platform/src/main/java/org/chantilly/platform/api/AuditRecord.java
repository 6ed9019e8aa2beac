package org.chantilly.platform.api;

import java.time.Instant;

/**
 * A record of the {@link AuditTrail} as stored: the event, its place in the chain and its hashes.
 *
 * @param sequence     its place in the chain, from 1 without gaps
 * @param recordedAt   when the change was made
 * @param before       the values before, as canonical JSON ({@code {}} when none)
 * @param after        the values after, as canonical JSON
 * @param previousHash the hash of the record before it (64 zeros for the first)
 * @param hash         SHA-256 (hex) of this record's canonical content, previous hash included
 */
public record AuditRecord(long sequence, Instant recordedAt, String actor, String action, String objectType,
                          String objectId, String complaintReference, String before, String after,
                          String previousHash, String hash) {
}
