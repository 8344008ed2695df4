package org.careroute.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/** Jobs as the API shows them. */
final class JobJson {

    private JobJson() {
    }

    /** The state without the plan (also the data of every server-sent event). */
    static ObjectNode progress(JobRecord record) {
        ObjectNode node = record.toJson();
        ObjectNode links = node.putObject("links");
        String self = "/v1/plans/" + record.id();
        links.put("self", self);
        links.put("plan", self + "/plan");
        links.put("events", self + "/events");
        links.put("report", self + "/report");
        return node;
    }

    /** The state with the best plan so far, when there is one and {@code withPlan}. */
    static ObjectNode state(Job job, boolean withPlan) {
        ObjectNode node = progress(job.record());
        if (withPlan) {
            Plan plan = job.bestPlan();
            if (plan != null) {
                node.set("plan", planTree(plan, job.problem()));
            }
        }
        return node;
    }

    static String planText(Plan plan, Problem problem) {
        StringWriter text = new StringWriter();
        try {
            CarerouteJson.writePlan(plan, problem, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode planTree(Plan plan, Problem problem) {
        try {
            return Json.MAPPER.readTree(planText(plan, problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("careroute wrote a plan it cannot read back", e);
        }
    }
}
