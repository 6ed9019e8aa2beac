package org.chantilly.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
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
                description = "Complaint handling for multi-branch retailers. Every address needs a login (HTTP Basic) "
                        + "except the public web form and the customer's answer page. A call that changes something "
                        + "(POST, PUT, PATCH, DELETE) sends its body as application/json ({} where the operation takes "
                        + "none) or the header X-Requested-With, else 415: no other web site can make a browser send "
                        + "it. Errors are RFC 9457 problem details "
                        + "(application/problem+json) whose stable `type` clients switch on. An account whose password "
                        + "an administrator set must change it first (POST /api/account/password): until then every "
                        + "other call answers 403 `password-change-required`. Amounts of money are decimal "
                        + "strings (\"39.99\"), never JSON numbers; instants are ISO 8601 in UTC, dates ISO 8601 dates.",
                license = @License(name = "Apache-2.0", identifier = "Apache-2.0")),
        externalDocs = @ExternalDocumentation(description = "The problem types: every error's `type` is an address here",
                url = "https://chantilly.org/problems/"),
        servers = @Server(url = "/"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ChantillyApplication extends Application {
}
