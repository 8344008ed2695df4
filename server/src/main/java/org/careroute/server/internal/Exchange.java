package org.careroute.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One request and its response, with the few helpers the endpoints need. */
final class Exchange {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** How much of a too-long body is read and dropped before the 413. */
    static final long DRAIN_LIMIT = 64L << 20;

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String path;
    private Fields query;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.path = Request.getPathInContext(request);
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        return path;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    Fields query() {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw ApiProblem.invalidParameters(java.util.List.of(ApiProblem.parameter("(query)",
                        "The query string cannot be decoded: " + e.getMessage())));
            }
        }
        return query;
    }

    /** Fails with 400 when the query has parameters other than {@code allowed}. */
    void allowOnly(String... allowed) {
        java.util.List<String> names = java.util.List.of(allowed);
        java.util.List<ApiProblem.Detail> errors = new java.util.ArrayList<>();
        for (Fields.Field field : query()) {
            if (!names.contains(field.getName())) {
                errors.add(ApiProblem.parameter(field.getName(), names.isEmpty()
                        ? "This endpoint takes no parameters."
                        : "Unknown parameter; use " + String.join(", ", names) + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidParameters(errors);
        }
    }

    /**
     * The body, refused with 413 when it is longer than {@code limit}. The rest of a too-long body is read and
     * dropped (up to {@link #DRAIN_LIMIT} more bytes) before the answer, so that a client still sending it receives
     * the 413 instead of a reset connection; beyond that the connection is closed after the answer.
     */
    byte[] body(long limit) {
        long declared = request.getLength();
        if (declared > limit + DRAIN_LIMIT) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            throw ApiProblem.tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 && declared <= limit
                ? (int) declared
                : 8192);
        byte[] buffer = new byte[65_536];
        long total = 0;
        try (InputStream in = Request.asInputStream(request)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit + DRAIN_LIMIT) {
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                    break;
                }
                if (total <= limit) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw ApiProblem.of(400, "bad-body", "Unreadable body", "The request body could not be read: " + e
                    .getMessage());
        }
        if (total > limit) {
            throw ApiProblem.tooLarge(limit);
        }
        return out.toByteArray();
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void json(int status, JsonNode body) {
        try {
            send(status, JSON, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void problem(ApiProblem problem) {
        problem.headers().forEach(this::header);
        try {
            send(problem.status(), PROBLEM_JSON, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    problem.toJson(path)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void text(int status, String contentType, String body) {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    void send(int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType.startsWith("image/") || contentType.contains(
                "charset")
                        ? contentType
                        : contentType + "; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Starts a stream of server-sent events; then {@link #event} and finally {@link #end}. */
    void startEvents() {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Accel-Buffering", "no");
    }

    /** Writes and flushes one event (or comment); blocks until written; fails when the client has gone. */
    void event(String text) throws IOException {
        try (Blocker.Callback blocker = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), blocker);
            blocker.block();
        }
    }

    void end() {
        response.write(true, ByteBuffer.allocate(0), callback);
    }

    boolean committed() {
        return response.isCommitted();
    }

    void fail(Throwable error) {
        callback.failed(error);
    }
}
