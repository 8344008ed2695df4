package org.careroute.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.ConstraintMatch;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;

/**
 * An {@link Explanation} as JSON for machines. Field names are stable; constraint ids and reason kinds are the
 * lower-case ids ({@code visit-time-window}, {@code arrives-late}); absent ids are {@code null}.
 *
 * <pre>
 * {"problemName": ..., "planScore": "...", "score": "...", "hardScore": 0, "mediumScore": -2, "softScore": -5310,
 *  "feasible": true, "planProblems": [],
 *  "constraints": [{"id", "level", "weight", "unit", "totalAmount", "totalPenalty",
 *                   "matches": [{"shiftId", "visitId", "amount", "penalty", "message"}]}],
 *  "unassignedVisits": [{"visitId", "name", "mandatory",
 *                        "reasons": [{"kind", "caregiverId", "shiftId", "amount", "shiftCount", "message"}]}]}
 * </pre>
 */
public final class ExplanationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ExplanationJson() {
    }

    public static ObjectNode toJson(Explanation explanation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("problemName", explanation.problemName());
        root.put("planScore", explanation.planScore());
        root.put("score", explanation.score());
        root.put("hardScore", explanation.hardScore());
        root.put("mediumScore", explanation.mediumScore());
        root.put("softScore", explanation.softScore());
        root.put("feasible", explanation.feasible());
        ArrayNode problems = root.putArray("planProblems");
        explanation.planProblems().forEach(problems::add);
        ArrayNode constraints = root.putArray("constraints");
        for (ConstraintBreakdown breakdown : explanation.constraints()) {
            ObjectNode node = constraints.addObject();
            node.put("id", breakdown.constraintId());
            node.put("level", breakdown.level().name().toLowerCase(java.util.Locale.ROOT));
            node.put("weight", breakdown.weight());
            node.put("unit", breakdown.constraint().unit());
            node.put("totalAmount", breakdown.totalAmount());
            node.put("totalPenalty", breakdown.totalPenalty());
            ArrayNode matches = node.putArray("matches");
            for (ConstraintMatch match : breakdown.matches()) {
                ObjectNode m = matches.addObject();
                m.put("shiftId", match.shiftId());
                m.put("visitId", match.visitId());
                m.put("amount", match.amount());
                m.put("penalty", match.penalty());
                m.put("message", match.message());
            }
        }
        ArrayNode unassigned = root.putArray("unassignedVisits");
        for (UnassignedExplanation visit : explanation.unassignedVisits()) {
            ObjectNode node = unassigned.addObject();
            node.put("visitId", visit.visitId());
            node.put("name", visit.visitName());
            node.put("mandatory", visit.mandatory());
            ArrayNode reasons = node.putArray("reasons");
            for (UnassignedReason reason : visit.reasons()) {
                ObjectNode r = reasons.addObject();
                r.put("kind", kindId(reason.kind()));
                r.put("caregiverId", reason.caregiverId());
                r.put("shiftId", reason.shiftId());
                r.put("amount", reason.amount());
                r.put("shiftCount", reason.shiftCount());
                r.put("message", reason.message());
            }
        }
        return root;
    }

    public static void write(Explanation explanation, Writer out) throws IOException {
        MAPPER.writeValue(out, toJson(explanation));
        out.write(System.lineSeparator());
        out.flush();
    }

    /** {@code ARRIVES_LATE} as {@code arrives-late}. */
    public static String kindId(UnassignedReason.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
