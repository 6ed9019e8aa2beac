package org.chantilly.platform.api;

import java.lang.reflect.Type;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/** Reads only {@code true}, {@code false} or {@code null}; a string like {@code "maybe"} is a malformed request. */
public class StrictBoolean implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        // the parser stands on the value; Yasson's parser answers getValue(), not currentEvent()
        return switch (parser.getValue().getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> throw new JsonbException("expected true or false");
        };
    }
}
