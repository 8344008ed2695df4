package org.careroute.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.careroute.server.ServerOptions;
import org.careroute.server.ServerRoads;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request: the coordinator's page and its files, {@code /health}, {@code /ready}, the OpenAPI document
 * and JSON Schemas, and the {@code /v1} API. Every error is an RFC 9457 problem document; an unexpected failure is
 * logged and answered with a 500 that names no internals.
 */
public final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String RESOURCES = "/org/careroute/server/";
    private static final String SCHEMAS = "/org/careroute/core/schema/";

    /** Files served as they are: path → resource and content type. */
    private static final Map<String, String[]> FILES = Map.of("/", new String[]{RESOURCES + "web/index.html",
            "text/html"}, "/page.js", new String[]{RESOURCES + "web/page.js", "text/javascript"}, "/page.css",
            new String[]{RESOURCES + "web/page.css", "text/css"}, "/samples/varmland-home-nursing.json",
            new String[]{RESOURCES + "samples/varmland-home-nursing.json", Exchange.JSON}, "/v1/openapi.json",
            new String[]{RESOURCES + "openapi.json", Exchange.JSON}, "/v1/schemas/problem-v1.schema.json",
            new String[]{SCHEMAS + "problem-v1.schema.json", "application/schema+json"},
            "/v1/schemas/plan-v1.schema.json", new String[]{SCHEMAS + "plan-v1.schema.json",
                    "application/schema+json"});

    private final JobService jobs;
    private final ServerOptions options;
    private final ApiKeys keys;
    private final PlanEndpoints plans;
    private final ToolEndpoints tools;

    public ApiHandler(JobService jobs, ServerOptions options, ServerRoads roads) {
        this.jobs = jobs;
        this.options = options;
        this.keys = new ApiKeys(options.apiKeys());
        Inputs inputs = new Inputs(roads);
        this.plans = new PlanEndpoints(jobs, options, inputs, roads);
        this.tools = new ToolEndpoints(jobs.planner(), options, inputs);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(request, response, callback);
        try {
            route(exchange);
        } catch (ApiProblem problem) {
            answer(exchange, problem);
        } catch (RuntimeException | Error e) {
            LOG.error("{} {} failed", exchange.method(), exchange.path(), e);
            answer(exchange, ApiProblem.of(500, "internal-error", "Internal error", "The server failed to answer"
                    + " this request; the failure is in its log."));
        }
        return true;
    }

    private static void answer(Exchange exchange, ApiProblem problem) {
        if (exchange.committed()) {
            exchange.fail(problem);
        } else {
            exchange.problem(problem);
        }
    }

    private void route(Exchange exchange) {
        String path = exchange.path();
        String method = exchange.method();
        String[] file = FILES.get(path);
        if (file != null) {
            requireMethod(exchange, "GET", "HEAD");
            exchange.allowOnly();
            exchange.send(200, file[1], resource(file[0]));
            return;
        }
        switch (path) {
            case "/health" -> {
                requireMethod(exchange, "GET");
                exchange.allowOnly();
                exchange.json(200, Json.MAPPER.createObjectNode().put("status", "up"));
            }
            case "/ready" -> {
                requireMethod(exchange, "GET");
                exchange.allowOnly();
                boolean ready = jobs.accepting();
                exchange.json(ready ? 200 : 503, Json.MAPPER.createObjectNode().put("status", ready
                        ? "ready"
                        : "busy").put("solving", jobs.solvingCount()).put("queued", jobs.queuedCount()).put(
                                "maxConcurrentSolves", options.maxConcurrentSolves())
                        .put("queueCapacity", options
                                .queueCapacity()));
            }
            default -> {
                if (!path.startsWith("/v1/")) {
                    throw ApiProblem.notFound("There is nothing at " + ApiProblem.clip(path) + "; the API is under"
                            + " /v1 (see /v1/openapi.json) and the coordinator's page at /.");
                }
                keys.check(exchange);
                routeApi(exchange, method, path.substring("/v1/".length()).split("/", -1));
            }
        }
    }

    private void routeApi(Exchange exchange, String method, String[] parts) {
        switch (parts[0]) {
            case "plans" -> plans.route(exchange, method, parts);
            case "recommendations" -> single(exchange, parts, () -> tools.recommend(exchange));
            case "validate" -> single(exchange, parts, () -> tools.validate(exchange));
            case "verify" -> single(exchange, parts, () -> tools.verify(exchange));
            case "explain" -> single(exchange, parts, () -> tools.explain(exchange));
            default -> throw ApiProblem.notFound("There is no API endpoint at " + ApiProblem.clip(exchange.path())
                    + "; see /v1/openapi.json.");
        }
    }

    private static void single(Exchange exchange, String[] parts, Runnable action) {
        if (parts.length != 1) {
            throw ApiProblem.notFound("There is no API endpoint at " + ApiProblem.clip(exchange.path()) + ".");
        }
        requireMethod(exchange, "POST");
        action.run();
    }

    static void requireMethod(Exchange exchange, String... allowed) {
        if (!List.of(allowed).contains(exchange.method())) {
            throw ApiProblem.methodNotAllowed(ApiProblem.clip(exchange.method()), ApiProblem.clip(exchange.path()),
                    List.of(allowed));
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = ApiHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
