package org.chantilly.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API of Chantilly. Its OpenAPI description is generated from the resources and served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Chantilly API", version = "0.1.0",
                description = "Complaint handling for multi-branch retailers. Errors are RFC 9457 problem details "
                        + "(application/problem+json).",
                license = @License(name = "Apache-2.0")),
        servers = @Server(url = "/"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ChantillyApplication extends Application {
}
