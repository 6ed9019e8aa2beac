package org.chantilly.web.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.BodyReading;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.PlatformMessage;

/**
 * Reads every JSON request body of the API instead of the JSON-B provider, which drops unknown properties, takes
 * {@code 39.99} for a decimal string and answers a wrong type without naming the field. The body must be UTF-8 JSON
 * without duplicate keys; it is bound strictly to the resource's form ({@link FormBinder}). Nothing is refused here:
 * what is wrong goes to the request's {@link BodyReading}, which the resource's
 * {@link org.chantilly.platform.api.InputValidator#check} reports after the caller's scope was checked, together with
 * the form's own rules.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** Duplicate keys are refused: a second {@code "amount"} must not silently win. */
    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.rejectDuplicateKeys", true)); // Parsson's own name for it, in versions before 2.1's

    @Inject
    BodyReading reading;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return FormBinder.binds(genericType == null ? type : genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        // all of it first: a body over the size limit fails here with the limit's own exception, not as "malformed"
        byte[] bytes = entityStream.readAllBytes();
        Read read = read(bytes, genericType == null ? type : genericType);
        if (read.malformed() != null) {
            reading.malformed(read.malformed());
        }
        read.errors().forEach(reading::refuse);
        return read.value();
    }

    /** What a body says for a form: the bound value, or why the body is not JSON, and the fields that did not fit. */
    record Read(Object value, Message malformed, List<FieldError> errors) {
    }

    static Read read(byte[] bytes, Type type) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Read(null, PlatformMessage.JSON_NOT_UTF8.with(), List.of());
        }
        if (text.isBlank()) {
            return new Read(null, null, List.of(FieldError.of("body", PlatformMessage.BODY_REQUIRED)));
        }
        JsonValue json;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            parser.next();
            try {
                json = parser.getValue();
            } catch (IllegalStateException duplicateKey) { // how Parsson refuses a key that appears twice
                return new Read(null, malformed(parser.getLocation(), PlatformMessage.JSON_DUPLICATE_KEY), List.of());
            }
            if (parser.hasNext()) {
                return new Read(null, malformed(parser.getLocation(), PlatformMessage.JSON_TRAILING), List.of());
            }
        } catch (JsonParsingException e) {
            return new Read(null, malformed(e.getLocation(), reason(e)), List.of());
        } catch (JsonException e) {
            return new Read(null, malformed(null, reason(e)), List.of());
        }
        FormBinder binder = new FormBinder();
        Object value = binder.bind(json, type, "");
        return new Read(value, null, binder.errors());
    }

    /** That the body is no JSON, why, and where when the parser knows it. */
    private static Message malformed(JsonLocation location, PlatformMessage reason) {
        return location == null ? PlatformMessage.JSON_MALFORMED.with(reason)
                : PlatformMessage.JSON_MALFORMED_AT.with(location.getLineNumber(), location.getColumnNumber(), reason);
    }

    /** The parser's reason in words a client can use, without echoing the body back. */
    private static PlatformMessage reason(JsonException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("duplicate")) {
            return PlatformMessage.JSON_DUPLICATE_KEY;
        }
        if (message.contains("EOF")) {
            return PlatformMessage.JSON_ENDS_EARLY;
        }
        return PlatformMessage.JSON_UNEXPECTED;
    }
}
