package org.careroute.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;

/**
 * An error answer of the API as an RFC 9457 problem document ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, and for bad input every problem found in {@code errors}, each with
 * the JSON pointer (RFC 6901) of the value or the query parameter it is about.
 */
final class ApiProblem extends RuntimeException {

    static final String TYPE_BASE = "https://careroute.org/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final List<Detail> errors;
    private final Map<String, String> headers;

    ApiProblem(int status, String type, String title, String detail, List<Detail> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /**
     * One problem of a request.
     *
     * @param source
     *            which document ({@code problem}, {@code plan}, {@code body}), null for a query parameter
     * @param pointer
     *            the JSON pointer into that document, null for a query parameter
     * @param parameter
     *            the query parameter, null for a document
     */
    record Detail(String source, String pointer, String parameter, String message) {
    }

    static ApiProblem of(int status, String type, String title, String detail) {
        return new ApiProblem(status, type, title, detail, List.of(), Map.of());
    }

    static Detail parameter(String name, String message) {
        return new Detail(null, null, clip(name), message);
    }

    static ApiProblem invalidParameters(List<Detail> errors) {
        return new ApiProblem(400, "invalid-parameter", "Invalid query parameter", errors.size() == 1
                ? errors.get(0).parameter() + ": " + errors.get(0).message()
                : errors.size() + " query parameters are invalid.", errors, Map.of());
    }

    /** Every input problem, with the documents' pointers prefixed by {@code prefix} (e.g. {@code /problem}). */
    static ApiProblem invalidInput(InvalidInputException e, Map<String, String> prefixes) {
        List<Detail> errors = e.errors().stream().map(error -> detail(error, prefixes)).toList();
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : errors.size() + " problems found in the input.";
        return new ApiProblem(400, "invalid-input", "Invalid input", detail, errors, Map.of());
    }

    private static Detail detail(InputError error, Map<String, String> prefixes) {
        String prefix = prefixes.getOrDefault(error.source(), "");
        return new Detail(error.source(), prefix + error.pointer(), null, error.message());
    }

    static ApiProblem notFound(String what) {
        return of(404, "not-found", "Not found", what);
    }

    static ApiProblem tooLarge(long limit) {
        return of(413, "payload-too-large", "Request body too large", "The body is larger than this server accepts ("
                + limit + " bytes); send a smaller problem or start the server with a larger --max-body.");
    }

    static ApiProblem queueFull(int running, int queued, long retryAfterSeconds) {
        return new ApiProblem(429, "queue-full", "Too many solves", running + " solves are running and " + queued
                + " are waiting, which is all this server takes; try again in " + retryAfterSeconds + " s.",
                List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiProblem unauthorized() {
        return new ApiProblem(401, "unauthorized", "API key required", "Send a valid API key as 'Authorization:"
                + " Bearer KEY' or 'X-API-Key: KEY'.", List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    static ApiProblem methodNotAllowed(String method, String path, List<String> allowed) {
        return new ApiProblem(405, "method-not-allowed", "Method not allowed", method + " is not allowed on " + path
                + "; use " + String.join(" or ", allowed) + ".", List.of(),
                Map.of("Allow", String.join(", ",
                        allowed)));
    }

    static String clip(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode toJson(String instance) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("type", TYPE_BASE + type);
        root.put("title", title);
        root.put("status", status);
        root.put("detail", getMessage());
        if (instance != null) {
            root.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = root.putArray("errors");
            for (Detail error : errors) {
                ObjectNode node = list.addObject();
                if (error.source() != null) {
                    node.put("source", error.source());
                }
                if (error.pointer() != null) {
                    node.put("pointer", error.pointer());
                }
                if (error.parameter() != null) {
                    node.put("parameter", error.parameter());
                }
                node.put("message", error.message());
            }
        }
        return root;
    }

    static Map<String, String> prefixes(String... sourceAndPrefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < sourceAndPrefix.length; i += 2) {
            map.put(sourceAndPrefix[i], sourceAndPrefix[i + 1]);
        }
        return map;
    }
}
