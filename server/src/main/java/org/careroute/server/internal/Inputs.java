package org.careroute.server.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.server.ServerRoads;

/**
 * Reads the documents of a request with the library's reader (same validation, every problem with its JSON
 * pointer). A problem asking for road travel gets the server's road network: the file names inside it are replaced,
 * never opened.
 */
final class Inputs {

    static final String PROBLEM = "problem";
    static final String PLAN = "plan";
    static final String BODY = "body";

    private final ServerRoads roads;

    Inputs(ServerRoads roads) {
        this.roads = roads;
    }

    /** The whole body is a problem document. */
    Problem problem(byte[] body) {
        try {
            return withRoads(CarerouteJson.readProblem(text(body, PROBLEM), PROBLEM));
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, ApiProblem.prefixes());
        }
    }

    /** The body is a JSON object holding documents and fields, e.g. {@code {"problem": {...}, "plan": {...}}}. */
    JsonNode envelope(byte[] body, List<String> required) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text(body, BODY));
        } catch (JacksonException e) {
            throw invalid(BODY, "", "The body is not valid JSON: " + ApiProblem.clip(e.getOriginalMessage()));
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, ApiProblem.prefixes());
        }
        if (root == null || !root.isObject()) {
            throw invalid(BODY, "", "The body must be a JSON object with " + String.join(", ", required) + ".");
        }
        List<InputError> missing = required.stream().filter(name -> !root.hasNonNull(name)).map(name -> new InputError(
                BODY, "", "Missing property '" + name + "'.")).toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidInput(new InvalidInputException(missing), ApiProblem.prefixes());
        }
        return root;
    }

    /** The problem in {@code envelope.problem}; errors point into the body ({@code /problem/visits/3/...}). */
    Problem problemIn(JsonNode envelope) {
        try {
            return withRoads(CarerouteJson.readProblem(envelope.get(PROBLEM).toString(), PROBLEM));
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, ApiProblem.prefixes(PROBLEM, "/problem"));
        }
    }

    /** The plan in {@code envelope.plan}; errors point into the body ({@code /plan/shifts/0/...}). */
    Plan planIn(JsonNode envelope) {
        try {
            return CarerouteJson.readPlan(envelope.get(PLAN).toString(), PLAN);
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, ApiProblem.prefixes(PLAN, "/plan"));
        }
    }

    private Problem withRoads(Problem problem) {
        if (!(problem.travel() instanceof OsmTravel asked)) {
            return problem;
        }
        if (!roads.present()) {
            throw new InvalidInputException(List.of(new InputError(PROBLEM, "/travel/mode", "Road travel needs a"
                    + " road map and this server has none: start it with --osm FILE, or use haversine travel. Files"
                    + " named inside a request are never opened.")));
        }
        OsmTravel server = roads.travel();
        OsmTravel travel = new OsmTravel(server.osmFile(), server.maxSnapMeters(), server.cacheDir(), asked
                .profile() != null ? asked.profile() : server.profile());
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), travel, problem.caregivers(),
                problem.visits(), problem.constraintWeights(), problem.clients());
    }

    /** The body as UTF-8; anything else is refused (the library reads text, and JSON is UTF-8 by RFC 8259). */
    private static String text(byte[] body, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new InputError(source, "", "The body is not UTF-8 text; send"
                    + " the JSON document encoded as UTF-8.")));
        }
    }

    static ApiProblem invalid(String source, String pointer, String message) {
        return ApiProblem.invalidInput(new InvalidInputException(List.of(new InputError(source, pointer, message))),
                ApiProblem.prefixes());
    }
}
