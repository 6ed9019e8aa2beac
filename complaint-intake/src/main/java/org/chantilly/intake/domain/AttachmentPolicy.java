package org.chantilly.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.PlatformMessage;

/**
 * Which files a complaint accepts: photos (JPEG, PNG, WebP) and scans or receipts (PDF), whose content must be what
 * the declared type says (checked by the file's first bytes), with a plain file name.
 */
public final class AttachmentPolicy {

    /** A position of a signature that may hold any byte. */
    private static final int ANY = -1;

    static final Map<String, int[][]> SIGNATURES = Map.of(
            "image/jpeg", new int[][] {{0xFF, 0xD8, 0xFF}},
            "image/png", new int[][] {{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}},
            // RIFF, the file's length (any four bytes), WEBP
            "image/webp", new int[][] {{'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'E', 'B', 'P'}},
            "application/pdf", new int[][] {{'%', 'P', 'D', 'F', '-'}});


    private AttachmentPolicy() {
    }

    public static List<String> acceptedTypes() {
        return SIGNATURES.keySet().stream().sorted().toList();
    }

    /**
     * @throws InvalidInputException naming what is wrong: the type, the content or the file name
     */
    public static void check(String fileName, String contentType, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        if (fileName == null || fileName.isBlank() || fileName.length() > 200
                || fileName.matches(".*[\\\\/\\p{Cntrl}].*")) {
            errors.add(FieldError.of("fileName", IntakeMessage.ATTACHMENT_FILE_NAME));
        }
        int[][] signatures = contentType == null ? null : SIGNATURES.get(contentType);
        if (signatures == null) {
            errors.add(FieldError.of("contentType", PlatformMessage.ONE_OF, String.join(", ", acceptedTypes())));
        } else if (content == null || content.length == 0) {
            errors.add(FieldError.of("content", IntakeMessage.ATTACHMENT_EMPTY));
        } else if (!startsWithAny(content, signatures)) {
            errors.add(FieldError.of("content", IntakeMessage.ATTACHMENT_NOT_OF_TYPE, contentType));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean startsWithAny(byte[] content, int[][] signatures) {
        for (int[] signature : signatures) {
            if (content.length >= signature.length) {
                boolean match = true;
                for (int i = 0; i < signature.length && match; i++) {
                    match = signature[i] == ANY || (content[i] & 0xFF) == signature[i];
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }
}
