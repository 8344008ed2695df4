package org.careroute.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.careroute.core.api.SolveOptions;
import org.careroute.server.ServerOptions;
import org.eclipse.jetty.util.Fields;

/**
 * The solve options of one job, from the request's query parameters, as kept in the data directory. Durations are
 * ISO-8601 ({@code PT20S}); {@code now} is an ISO-8601 date-time with offset.
 *
 * @param timeLimit
 *            always set: the request's, else the server's default, never above the server's maximum
 * @param now
 *            re-planning only: visits that start before it stay; null for none
 * @param changeTolerance
 *            re-planning only: null for the default
 */
record JobOptions(Duration timeLimit, Duration unimprovedTimeLimit, String targetScore, Long moveCountLimit,
        long seed, Instant now, Duration changeTolerance) {

    private static final List<String> SOLVE_PARAMETERS = List.of("timeLimit", "unimprovedTimeLimit", "targetScore",
            "moveCountLimit", "seed");

    SolveOptions solveOptions() {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, moveCountLimit, seed, null);
    }

    /**
     * Reads the options from the query; every bad parameter is listed in one {@link ApiProblem}.
     *
     * @param replanning
     *            whether {@code now} and {@code changeTolerance} are allowed
     */
    static JobOptions fromQuery(Fields query, ServerOptions limits, boolean replanning) {
        List<ApiProblem.Detail> errors = new ArrayList<>();
        for (Fields.Field field : query) {
            boolean known = SOLVE_PARAMETERS.contains(field.getName()) || replanning && (field.getName().equals("now")
                    || field.getName().equals("changeTolerance"));
            if (!known) {
                errors.add(ApiProblem.parameter(field.getName(), "Unknown parameter; use "
                        + String.join(", ", SOLVE_PARAMETERS) + (replanning ? ", now, changeTolerance" : "") + "."));
            } else if (field.getValues().size() > 1) {
                errors.add(ApiProblem.parameter(field.getName(), "Given " + field.getValues().size()
                        + " times; give it once."));
            }
        }
        Duration timeLimit = parse(query, "timeLimit", JobOptions::positiveDuration, errors);
        Duration unimproved = parse(query, "unimprovedTimeLimit", JobOptions::positiveDuration, errors);
        String target = parse(query, "targetScore", JobOptions::score, errors);
        Long moves = parse(query, "moveCountLimit", JobOptions::positiveLong, errors);
        Long seed = parse(query, "seed", Long::parseLong, errors);
        Instant now = replanning ? parse(query, "now", v -> OffsetDateTime.parse(v).toInstant(), errors) : null;
        Duration tolerance = replanning ? parse(query, "changeTolerance", JobOptions::duration, errors) : null;
        if (timeLimit != null && timeLimit.compareTo(limits.maxTimeLimit()) > 0) {
            errors.add(ApiProblem.parameter("timeLimit", timeLimit + " is above this server's maximum time limit "
                    + limits.maxTimeLimit() + "; ask for at most that."));
        }
        if (tolerance != null && tolerance.isNegative()) {
            errors.add(ApiProblem.parameter("changeTolerance", "Must not be negative."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidParameters(errors);
        }
        if (timeLimit == null) {
            // the default applies when nothing else ends the solve; the maximum bounds every solve
            boolean otherTermination = unimproved != null || target != null || moves != null;
            timeLimit = otherTermination ? limits.maxTimeLimit() : limits.defaultTimeLimit();
        }
        return new JobOptions(timeLimit, unimproved, target, moves, seed == null ? 0L : seed, now, tolerance);
    }

    private static <T> T parse(Fields query, String name, Function<String, T> parser, List<ApiProblem.Detail> errors) {
        String value = query.getValue(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.add(ApiProblem.parameter(name, "'" + ApiProblem.clip(value) + "' " + describe(name)));
            return null;
        }
    }

    private static String describe(String name) {
        return switch (name) {
            case "timeLimit", "unimprovedTimeLimit" -> "is not a positive ISO-8601 duration; write it like PT20S,"
                    + " PT5M or PT1H30M.";
            case "changeTolerance" -> "is not an ISO-8601 duration; write it like PT15M.";
            case "targetScore" -> "is not a score; write it like 0hard/0medium/-50000soft.";
            case "moveCountLimit" -> "is not a positive whole number.";
            case "seed" -> "is not a whole number.";
            case "now" -> "is not an ISO-8601 date-time with offset; write it like 2027-03-01T10:30:00+01:00.";
            default -> "is not valid.";
        };
    }

    private static Duration duration(String value) {
        return Duration.parse(value);
    }

    private static Duration positiveDuration(String value) {
        Duration duration = Duration.parse(value);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("not positive");
        }
        return duration;
    }

    private static Long positiveLong(String value) {
        long number = Long.parseLong(value);
        if (number <= 0) {
            throw new IllegalArgumentException("not positive");
        }
        return number;
    }

    private static String score(String value) {
        if (!value.matches("-?\\d{1,18}hard/-?\\d{1,18}medium/-?\\d{1,18}soft")) {
            throw new IllegalArgumentException("not a score");
        }
        return value;
    }

    ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("timeLimit", timeLimit.toString());
        if (unimprovedTimeLimit != null) {
            node.put("unimprovedTimeLimit", unimprovedTimeLimit.toString());
        }
        if (targetScore != null) {
            node.put("targetScore", targetScore);
        }
        if (moveCountLimit != null) {
            node.put("moveCountLimit", moveCountLimit);
        }
        node.put("seed", seed);
        if (now != null) {
            node.put("now", now.toString());
        }
        if (changeTolerance != null) {
            node.put("changeTolerance", changeTolerance.toString());
        }
        return node;
    }

    static JobOptions fromJson(JsonNode node) {
        return new JobOptions(Duration.parse(node.path("timeLimit").asText()), optionalDuration(node,
                "unimprovedTimeLimit"), JobRecord.text(node, "targetScore"),
                node.hasNonNull("moveCountLimit")
                        ? node
                                .get("moveCountLimit").asLong()
                        : null,
                node.path("seed").asLong(), node.hasNonNull("now")
                        ? Instant.parse(node.get("now").asText())
                        : null,
                optionalDuration(node, "changeTolerance"));
    }

    private static Duration optionalDuration(JsonNode node, String name) {
        String text = JobRecord.text(node, name);
        return text == null ? null : Duration.parse(text);
    }
}
