package org.chantilly.web.metrics;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.Path;

/**
 * The labels of a request, bounded so that the number of time series stays that of the API's endpoints: the route
 * is the matched resource method's path template ({@code /api/complaints/{reference}}), never the path itself, which
 * holds references and ids.
 */
final class Routes {

    /** The route of a request that matched no resource method (unknown path, refused before matching). */
    static final String UNMATCHED = "UNMATCHED";

    /** A path parameter, {@code {name}} or {@code {name: regex}}; the regex may hold one level of braces. */
    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::(?:[^{}]|\\{[^{}]*\\})*)?\\}");

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private Routes() {
    }

    /** The template of the resource method under the application's path, path parameters without their regex. */
    static String template(String applicationPath, Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return UNMATCHED;
        }
        StringBuilder route = new StringBuilder();
        append(route, applicationPath);
        append(route, pathOf(resource.getAnnotation(Path.class)));
        append(route, pathOf(method.getAnnotation(Path.class)));
        return route.isEmpty() ? "/" : route.toString();
    }

    /** The HTTP method, or OTHER for one the API does not serve (any word can be sent). */
    static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }

    /** 2xx, 4xx, ...: the class of the status. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "OTHER";
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    /** Appends the segments of a path, each after one slash, {name: regex} shortened to {name}. */
    private static void append(StringBuilder route, String path) {
        for (String segment : withoutRegex(path).split("/")) {
            if (!segment.isBlank()) {
                route.append('/').append(segment.strip());
            }
        }
    }

    private static String withoutRegex(String path) {
        return PARAMETER.matcher(path).replaceAll("{$1}");
    }
}
