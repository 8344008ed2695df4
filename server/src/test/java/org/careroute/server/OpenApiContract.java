package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The served OpenAPI document as a contract: every response the tests receive is checked against the operation it
 * answers (path template, method, status code or {@code default}, declared headers, media type, and for JSON bodies
 * the schema, with the problem and plan schemas fetched from the server as the document references them). The
 * document itself is checked against the OpenAPI 3.1 schema ({@code oas-3.1-schema.json}, the OpenAPI Initiative's
 * schema for 3.1 documents, Apache-2.0, converted from its YAML source to JSON).
 */
final class OpenApiContract {

    /** A fixed base the documents are registered under, so that no reference ever leaves this process. */
    private static final String BASE = "https://careroute.test/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/problem+json",
            "application/geo+json", "application/schema+json");

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, Integer> checked = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document, SchemaRegistry registry) {
        this.document = document;
        this.registry = registry;
    }

    /** Fetches the document and the schemas it references from the running server. */
    static OpenApiContract fetch(HttpClient http, URI server) {
        String openapi = get(http, server.resolve("v1/openapi.json"));
        Map<String, String> documents = Map.of(BASE + "v1/openapi.json", openapi, BASE
                + "v1/schemas/problem-v1.schema.json", get(http, server.resolve("v1/schemas/problem-v1.schema.json")),
                BASE + "v1/schemas/plan-v1.schema.json", get(http, server.resolve("v1/schemas/plan-v1.schema.json")));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(documents::get));
        try {
            return new OpenApiContract(MAPPER.readTree(openapi), registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers
                    .ofString());
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Errors of the document against the OpenAPI 3.1 schema (none expected). */
    List<Error> documentErrors() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("oas-3.1-schema.json")) {
            Schema oas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return oas.validate(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many responses were checked, by operation and status ("GET /v1/plans/{id} 200"). */
    Map<String, Integer> checked() {
        return Map.copyOf(checked);
    }

    /** Fails when the response is not one the document declares for this request. */
    void check(String method, String path, int status, HttpHeadersView headers, String body) {
        String template = template(path);
        JsonNode operation = template == null
                ? null
                : document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation == null || operation.isMissingNode()) {
            // a path or method the API does not have: answered with the document's generic error response
            assertThat(status).as("%s %s is not in the OpenAPI document", method, path).isIn(404, 405);
            String contentType = headers.first("content-type");
            assertThat(contentType).startsWith("application/problem+json");
            validate("/components/responses/Error/content/application~1problem+json/schema", body, method + " "
                    + path + " " + status);
            checked.merge(method + " (undeclared) " + status, 1, Integer::sum);
            return;
        }
        assertThat(operation.isObject()).as("%s %s is an operation of the OpenAPI document", method, template)
                .isTrue();
        String code = Integer.toString(status);
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode response = operation.path("responses").get(code);
        if (response == null) {
            response = operation.path("responses").get("default");
            code = "default";
        }
        assertThat(response).as("%s %s declares status %d (or default)", method, template, status).isNotNull();
        pointer += code;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        for (Iterator<String> names = response.path("headers").fieldNames(); names.hasNext();) {
            String header = names.next();
            assertThat(headers.first(header)).as("%s %s %d has header %s", method, template, status, header)
                    .isNotNull();
        }
        String contentType = headers.first("content-type");
        if (response.path("content").isObject()) {
            assertThat(contentType).as("%s %s %d has a content type", method, template, status).isNotNull();
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            assertThat(response.path("content").has(mediaType)).as("%s %s %d declares %s, not %s", method,
                    template, status, response.path("content").fieldNames(), mediaType).isTrue();
            if (JSON_TYPES.contains(mediaType) && !"HEAD".equals(method)) {
                String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
                validate(schemaPointer, body, method + " " + template + " " + status);
            }
        }
        checked.merge(method + " " + template + " " + status, 1, Integer::sum);
    }

    /** Validates a JSON text against the schema at {@code pointer} of the document (e.g. the job state). */
    void validate(String pointer, String json, String what) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> {
            Schema s = registry.getSchema(SchemaLocation.of(BASE + "v1/openapi.json#" + p));
            s.initializeValidators();
            return s;
        });
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(what + ": the body is not JSON: " + e.getMessage() + "\n" + json, e);
        }
        List<Error> errors = schema.validate(node);
        assertThat(errors).as("%s: the body matches %s:%n%s", what, pointer, json.length() > 3000
                ? json.substring(0, 3000)
                : json).isEmpty();
    }

    private String template(String path) {
        for (Iterator<String> names = document.path("paths").fieldNames(); names.hasNext();) {
            String template = names.next();
            String regex = template.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\.");
            if (path.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The few header look-ups the contract needs, for any client. */
    @FunctionalInterface
    interface HttpHeadersView {
        String first(String name);
    }
}
