package org.chantilly.intake.interfaces.rest;


import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.chantilly.platform.api.Sha256;

/** The SHA-256 of a request's content in canonical JSON, so that a retried request matches whatever its formatting. */
final class RequestHash {

    private static final Jsonb JSON = JsonbBuilder.create();

    private RequestHash() {
    }

    static String of(Object request) {
        return Sha256.hex(JSON.toJson(request));
    }
}
