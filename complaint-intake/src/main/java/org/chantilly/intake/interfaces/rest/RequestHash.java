package org.chantilly.intake.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The SHA-256 of a request's content in canonical JSON, so that a retried request matches whatever its formatting. */
final class RequestHash {

    private static final Jsonb JSON = JsonbBuilder.create();

    private RequestHash() {
    }

    static String of(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
