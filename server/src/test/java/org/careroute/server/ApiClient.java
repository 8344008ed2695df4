package org.careroute.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Real HTTP to a running server, with every response checked against the served OpenAPI document.
 */
final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;
    private final URI server;
    private final OpenApiContract contract;
    private final List<String> headers = new ArrayList<>();

    ApiClient(URI server, OpenApiContract contract) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.server = server;
        this.contract = contract;
    }

    private ApiClient(ApiClient base, List<String> extraHeaders) {
        this.http = base.http;
        this.server = base.server;
        this.contract = base.contract;
        this.headers.addAll(base.headers);
        this.headers.addAll(extraHeaders);
    }

    ApiClient withHeader(String name, String value) {
        return new ApiClient(this, List.of(name, value));
    }

    /** One answer: status, headers and body as text. */
    record Answer(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Answer delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    Answer post(String pathAndQuery, byte[] body) {
        return send("POST", pathAndQuery, body);
    }

    Answer post(String pathAndQuery, String body) {
        return post(pathAndQuery, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Answer send(String method, String pathAndQuery, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(pathAndQuery)).timeout(Duration.ofSeconds(
                120)).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String path = URI.create(pathAndQuery).getRawPath();
        contract.check(method, path, response.statusCode(), name -> response.headers().firstValue(name).orElse(
                null), response.body());
        return new Answer(response.statusCode(), response);
    }

    /** Polls the job until {@code until} holds for its state (without the plan), at most {@code timeout}. */
    JsonNode poll(String id, Predicate<JsonNode> until, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode state = get("/v1/plans/" + id + "?plan=false").json();
            if (until.test(state)) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job " + id + " did not get there in " + timeout + ": " + state);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static boolean finished(JsonNode state) {
        return List.of("done", "failed", "cancelled", "interrupted").contains(state.path("status").asText());
    }

    HttpClient http() {
        return http;
    }
}
