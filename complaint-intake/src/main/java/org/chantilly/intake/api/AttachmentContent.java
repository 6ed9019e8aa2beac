package org.chantilly.intake.api;

/** An attachment's bytes with what it is. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
