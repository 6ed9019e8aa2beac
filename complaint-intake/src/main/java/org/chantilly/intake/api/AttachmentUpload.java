package org.chantilly.intake.api;

/** A file to attach to a complaint. */
public record AttachmentUpload(String fileName, String contentType, byte[] content) {
}
