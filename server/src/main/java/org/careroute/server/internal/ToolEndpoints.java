package org.careroute.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Planner;
import org.careroute.core.api.Recommendations;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.reports.ExplanationJson;
import org.careroute.reports.RecommendationJson;
import org.careroute.server.ServerOptions;

/** The questions answered at once, without a job: validate, verify, explain and recommend. */
final class ToolEndpoints {

    private final Planner planner;
    private final ServerOptions options;
    private final Inputs inputs;

    ToolEndpoints(Planner planner, ServerOptions options, Inputs inputs) {
        this.planner = planner;
        this.options = options;
        this.inputs = inputs;
    }

    /** The body is a problem; 200 with its size when valid, else 400 with every problem. */
    void validate(Exchange exchange) {
        exchange.allowOnly();
        Problem problem = inputs.problem(exchange.body(options.maxBodyBytes()));
        exchange.json(200, Json.MAPPER.createObjectNode().put("valid", true).put("caregivers", problem.caregivers()
                .size()).put("shifts", problem.caregivers().stream().mapToInt(c -> c.shifts().size()).sum()).put(
                        "visits", problem.visits().size())
                .put("travel", problem.travel().mode()).put("timeZone",
                        problem.timeZone().getId()));
    }

    /** {@code {"problem": ..., "plan": ...}}: the plan re-checked without the solver. */
    void verify(Exchange exchange) {
        exchange.allowOnly();
        JsonNode body = inputs.envelope(exchange.body(options.maxBodyBytes()), List.of("problem", "plan"));
        Problem problem = inputs.problemIn(body);
        Plan plan = inputs.planIn(body);
        VerificationReport report = guarded(() -> planner.verify(problem, plan));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("feasible", report.feasible());
        ArrayNode violations = root.putArray("violations");
        for (Violation violation : report.violations()) {
            ObjectNode node = violations.addObject();
            node.put("constraintId", violation.constraintId());
            if (violation.shiftId() != null) {
                node.put("shiftId", violation.shiftId());
            }
            if (violation.visitId() != null) {
                node.put("visitId", violation.visitId());
            }
            node.put("amount", violation.amount());
            node.put("message", violation.message());
        }
        var summary = report.recomputed();
        root.put("score", summary.hardScore() + "hard/" + summary.mediumScore() + "medium/" + summary.softScore()
                + "soft");
        root.set("recomputed", Json.MAPPER.valueToTree(summary));
        exchange.json(200, root);
    }

    /** {@code {"problem": ..., "plan": ...}}: the score per constraint and why each unassigned visit is left out. */
    void explain(Exchange exchange) {
        exchange.allowOnly();
        JsonNode body = inputs.envelope(exchange.body(options.maxBodyBytes()), List.of("problem", "plan"));
        Problem problem = inputs.problemIn(body);
        Plan plan = inputs.planIn(body);
        exchange.json(200, ExplanationJson.toJson(guarded(() -> planner.explain(problem, plan))));
    }

    /**
     * {@code {"problem": ..., "plan": ..., "visitId": "...", "top": 5}}: the best places for a new or changed visit
     * of the problem, without changing the plan.
     */
    void recommend(Exchange exchange) {
        exchange.allowOnly();
        JsonNode body = inputs.envelope(exchange.body(options.maxBodyBytes()), List.of("problem", "plan",
                "visitId"));
        if (!body.get("visitId").isTextual()) {
            throw Inputs.invalid(Inputs.BODY, "/visitId", "Must be the id of a visit of the problem, as a string.");
        }
        JsonNode topNode = body.path("top");
        if (!topNode.isMissingNode() && !(topNode.canConvertToInt() && topNode.isIntegralNumber() && topNode
                .asInt() >= 1 && topNode.asInt() <= 100)) {
            throw Inputs.invalid(Inputs.BODY, "/top", "Must be a whole number from 1 to 100.");
        }
        int top = topNode.isMissingNode() ? 5 : topNode.asInt();
        Problem problem = inputs.problemIn(body);
        Plan plan = inputs.planIn(body);
        long started = System.nanoTime();
        Recommendations recommendations = guarded(() -> planner.recommend(problem, plan, body.get("visitId")
                .asText(), top));
        exchange.json(200, RecommendationJson.toJson(recommendations, problem, Duration.ofNanos(System.nanoTime()
                - started)));
    }

    /** Input problems found while answering (a plan that does not fit its problem) become a 400. */
    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, ApiProblem.prefixes(Inputs.PROBLEM, "/problem", Inputs.PLAN, "/plan"));
        }
    }
}
