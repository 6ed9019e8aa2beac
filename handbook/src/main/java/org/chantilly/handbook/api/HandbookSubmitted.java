package org.chantilly.handbook.api;

/** A handbook draft was submitted for approval (fired in the submitting transaction). */
public record HandbookSubmitted(int version, String submittedBy) {
}
