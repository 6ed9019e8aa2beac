package org.chantilly.intake.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.InvalidInputException;

/**
 * An uploaded file's name from the request headers. HTTP headers carry only ASCII safely, so a name in any script
 * travels percent-encoded in UTF-8 as RFC 8187 defines for {@code Content-Disposition}:
 * {@code Content-Disposition: attachment; filename*=UTF-8''Kassenbon%20%C3%BC.png}. A plain
 * {@code filename="receipt.pdf"} and the older {@code X-File-Name} header are taken too; the bytes of an
 * {@code X-File-Name} that form valid UTF-8 are read as UTF-8 (what curl and browsers send), else as ISO-8859-1.
 * Downloads name the file the same RFC 8187 way ({@link #contentDisposition}).
 */
final class AttachmentName {

    static final String CONTENT_DISPOSITION = "Content-Disposition";
    static final String X_FILE_NAME = "X-File-Name";

    private AttachmentName() {
    }

    /** The file's name, {@code null} when no header names it. */
    static String of(String contentDisposition, String xFileName) {
        if (contentDisposition != null && !contentDisposition.isBlank()) {
            Map<String, String> parameters = parameters(contentDisposition);
            String extended = parameters.get("filename*");
            if (extended != null) {
                return extendedValue(extended);
            }
            if (parameters.get("filename") != null) {
                return parameters.get("filename");
            }
        }
        return xFileName == null ? null : utf8IfItIs(xFileName);
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}, as RFC 6266 recommends. */
    static String contentDisposition(String fileName) {
        StringBuilder fallback = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** RFC 8187's attr-char stay as they are; every other byte of the UTF-8 form is %XX. */
    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** {@code charset'language'value} of RFC 8187; UTF-8 and ISO-8859-1 are the charsets it names. */
    private static String extendedValue(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw refused(IntakeMessage.FILENAME_SYNTAX, "filename*", "charset'language'value",
                    "UTF-8''Kassenbon%20%C3%BC.png");
        }
        String charsetName = value.substring(0, first).toUpperCase(Locale.ROOT);
        Charset charset = switch (charsetName) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> throw refused(IntakeMessage.FILENAME_CHARSET, "filename*", charsetName);
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = value.substring(second + 1);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0
                    && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else if (c > 0x20 && c < 0x7F && c != '%') {
                bytes.write(c);
            } else {
                throw refused(IntakeMessage.FILENAME_PERCENT, "filename*", "!#$&+-.^_`|~");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw refused(IntakeMessage.FILENAME_INVALID, "filename*", charset.name());
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** A header's characters are its bytes (ISO-8859-1); where they form valid UTF-8, that is what was meant. */
    private static String utf8IfItIs(String header) {
        if (header.chars().allMatch(c -> c < 0x80) || header.chars().anyMatch(c -> c > 0xFF)) {
            return header;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return header;
        }
    }

    /** The parameters of a header value ({@code type; name=value; name="quoted value"}), names in lower case. */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String name = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < header.length() && header.charAt(j) == '"') {
                j++;
                while (j < header.length() && header.charAt(j) != '"') {
                    if (header.charAt(j) == '\\' && j + 1 < header.length()) {
                        j++;
                    }
                    value.append(header.charAt(j++));
                }
                j = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                j = end;
            }
            parameters.putIfAbsent(name, value.toString().strip());
            i = j;
        }
        return parameters;
    }

    private static InvalidInputException refused(IntakeMessage message, Object... arguments) {
        return new InvalidInputException(CONTENT_DISPOSITION, message, arguments);
    }
}
