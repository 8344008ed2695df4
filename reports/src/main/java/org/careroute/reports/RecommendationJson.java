package org.careroute.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.careroute.core.api.Recommendation;
import org.careroute.core.api.Recommendations;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;

/**
 * What-if answers ({@code Planner.recommend}) for machines: {@code visitId}, {@code currentShiftId} (when the visit
 * was planned), {@code baseScore}, {@code placesTried}, {@code millis} and the {@code options}, best first, each with
 * {@code rank}, {@code caregiverId}, {@code shiftId}, {@code position}, {@code afterVisitId}, {@code arrival},
 * {@code start}, {@code end} (formatted like the problem's times), {@code scoreChange} and its three levels.
 */
public final class RecommendationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecommendationJson() {
    }

    public static ObjectNode toJson(Recommendations r, Problem problem, Duration took) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("visitId", r.visitId());
        if (r.currentShiftId() != null) {
            root.put("currentShiftId", r.currentShiftId());
        }
        root.put("baseScore", r.baseScore());
        root.put("placesTried", r.placesTried());
        root.put("millis", took.toMillis());
        ArrayNode options = root.putArray("options");
        for (Recommendation option : r.options()) {
            ObjectNode node = options.addObject();
            node.put("rank", option.rank());
            node.put("caregiverId", option.caregiverId());
            node.put("shiftId", option.shiftId());
            node.put("position", option.position());
            if (option.afterVisitId() != null) {
                node.put("afterVisitId", option.afterVisitId());
            }
            node.put("arrival", time(option.arrival(), problem));
            node.put("start", time(option.start(), problem));
            node.put("end", time(option.end(), problem));
            node.put("scoreChange", option.scoreChange());
            node.put("hardChange", option.hardChange());
            node.put("mediumChange", option.mediumChange());
            node.put("softChange", option.softChange());
        }
        return root;
    }

    private static String time(Instant instant, Problem problem) {
        return problem.timeFormat() == TimeFormat.NUMBER
                ? Long.toString(instant.getEpochSecond())
                : instant.atZone(problem.timeZone()).toOffsetDateTime().toString();
    }
}
