package org.chantilly.web.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document that SmallRye generates from the resources' annotations, in one place for what
 * every operation shares (registered as {@code mp.openapi.filter} in this WAR's
 * {@code META-INF/microprofile-config.properties}):
 * <ul>
 * <li>the problem responses that follow from the request's shape rather than from the operation: {@code 401} and
 * {@code 503} wherever a login is checked (the accounts live in the database), {@code 404} for a path with parameters
 * behind a login (not found and out of scope answer alike), {@code 400}, {@code 413}, {@code 415} and {@code 503} for
 * a request body, {@code 415} for every request that changes something (without a JSON body or
 * {@code X-Requested-With}, see {@code web.security.CrossSiteRequests}). What only some operations answer ({@code 403} where roles are restricted, {@code 409}, {@code 422},
 * {@code 429}, a {@code 400} for query parameters) the resources declare themselves; this filter never replaces a
 * response a resource declared;</li>
 * <li>an operation without login ({@code @SecurityRequirements} with none) says {@code security: [{}]}: WildFly drops an
 * empty list when it merges the deployments' documents, which would leave the operation under the login of the whole
 * API;</li>
 * <li>every {@code pattern} anchored at both ends, as Bean Validation's {@code @Pattern} matches the whole value;</li>
 * <li>every 4xx and 5xx response as {@code application/problem+json} with the {@code Problem} schema, with the
 * {@code WWW-Authenticate} and {@code Retry-After} headers where the server sends them;</li>
 * <li>a schema that refers to another ({@code $ref}) says nothing else about its type, so that a string-valued enum
 * stays a string enum for the client generators;</li>
 * <li>schemas that only request bodies use say {@code additionalProperties: false}: the API refuses a body with a
 * property the form does not have.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    /** What a generic problem response says, by status. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The request is invalid: `validation` lists each field that is missing or breaks a rule in `errors`; "
                    + "`malformed-request` when the body is not JSON of the expected shape",
            "401", "No login, or a wrong user name or password (`unauthenticated`); see `WWW-Authenticate`",
            "403", "The caller's role may not do this (`forbidden`)",
            "404", "Nothing at this address, or outside the caller's branches, which answer alike (`not-found`)",
            "413", "The body is larger than the server accepts (`payload-too-large`)",
            "415", "The body is not of a media type this operation accepts, or a request that changes something came "
                    + "with neither a body of such a type (`application/json`; `{}` where the operation takes none) nor "
                    + "the header `X-Requested-With` (`unsupported-media-type`)",
            "503", "The database cannot be reached; nothing was changed; try again after `Retry-After` seconds "
                    + "(`unavailable`)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<SecurityRequirement> defaultSecurity = openAPI.getSecurity();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                    (method, operation) -> completeResponses(path, method, item, operation, defaultSecurity)));
        }
        refuseUnknownPropertiesInRequests(openAPI);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        return schema;
    }

    /**
     * A Bean Validation {@code @Pattern} matches the whole value, a JSON Schema {@code pattern} anywhere in it: the
     * document says what the server checks.
     */
    static String anchored(String pattern) {
        if (pattern.startsWith("^") && pattern.endsWith("$")) {
            return pattern;
        }
        return pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$";
    }

    private static void completeResponses(String path, PathItem.HttpMethod method, PathItem item, Operation operation,
                                          List<SecurityRequirement> defaultSecurity) {
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            // no login: said as one empty requirement, as the server's merge of deployments drops an empty list
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : defaultSecurity;
        boolean loginChecked = security != null && security.stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
        boolean body = operation.getRequestBody() != null;
        boolean pathParameters = path.contains("{") || hasPathParameter(item.getParameters())
                || hasPathParameter(operation.getParameters());

        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        Map<String, APIResponse> byStatus = new TreeMap<>(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses());
        Consumer<String> add = status -> byStatus.computeIfAbsent(status,
                code -> OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code)));
        if (body) {
            add.accept("400");
            add.accept("413");
            add.accept("415");
            add.accept("503");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS && method != PathItem.HttpMethod.TRACE) {
            // web.security.CrossSiteRequests: no JSON body and no X-Requested-With
            add.accept("415");
        }
        if (loginChecked) {
            add.accept("401");
            add.accept("503");
            if (pathParameters) {
                add.accept("404");
            }
        }
        byStatus.forEach(ApiDocumentFilter::asProblem);
        responses.setAPIResponses(new LinkedHashMap<>(byStatus));
        operation.setResponses(responses);
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    /** A 4xx or 5xx response is a problem document, with the headers the server sends along. */
    private static void asProblem(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
        response.setContent(content);
        switch (status) {
            case "401" -> header(response, "WWW-Authenticate",
                    "The HTTP Basic challenge: `Basic realm=\"Chantilly\", charset=\"UTF-8\"`", Schema.SchemaType.STRING);
            case "429", "503" -> header(response, "Retry-After",
                    "Seconds after which the request may be sent again", Schema.SchemaType.INTEGER);
            default -> {
                // no header of its own
            }
        }
    }

    private static void header(APIResponse response, String name, String description, Schema.SchemaType type) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(type));
        response.addHeader(name, header);
    }

    /**
     * Marks {@code additionalProperties: false} on the component schemas that request bodies use and no response
     * does: the server refuses unknown properties, while clients keep reading responses that gain a property.
     */
    private static void refuseUnknownPropertiesInRequests(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    reachable(operation.getRequestBody().getContent(), schemas, inRequests);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> reachable(response.getContent(), schemas, inResponses));
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> collect(p.getSchema(), schemas, inResponses));
                }
            }
        }
        inRequests.removeAll(inResponses);
        for (String name : inRequests) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && schema.getAdditionalPropertiesSchema() == null) {
                schema.setAdditionalPropertiesSchema(OASFactory.createSchema().booleanSchema(Boolean.FALSE));
            }
        }
    }

    private static void reachable(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType mediaType : content.getMediaTypes().values()) {
            collect(mediaType.getSchema(), schemas, names);
        }
    }

    /** The names of the component schemas the schema refers to, directly or through others. */
    private static void collect(Schema root, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        Set<Schema> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_PREFIX)) {
                String name = schema.getRef().substring(SCHEMA_PREFIX.length());
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.push(schema.getAdditionalPropertiesSchema());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull).forEach(group -> group.forEach(todo::push));
        }
    }
}
