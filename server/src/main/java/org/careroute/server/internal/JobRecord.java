package org.careroute.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state of a job as kept in {@code job.json} of its folder in the data directory (the problem, the published
 * plan of a re-planning and the best plan are files beside it). Times are ISO-8601 instants.
 *
 * @param recoveries
 *            how often the service restarted while the job was queued or solving
 */
record JobRecord(String id, String kind, String status, String created, String started, String finished,
        JobOptions options, String replanOf, String problemName, int visits, String score, Boolean feasible,
        Integer assignedVisits, Integer unassignedVisits, Long elapsedMillis, String message, int recoveries) {

    static final String SOLVE = "solve";
    static final String REPLAN = "replan";

    JobRecord withStatus(String newStatus) {
        return new JobRecord(id, kind, newStatus, created, started, finished, options, replanOf, problemName, visits,
                score, feasible, assignedVisits, unassignedVisits, elapsedMillis, message, recoveries);
    }

    JobRecord started(String time) {
        return new JobRecord(id, kind, JobStatus.SOLVING, created, time, null, options, replanOf, problemName, visits,
                score, feasible, assignedVisits, unassignedVisits, elapsedMillis, message, recoveries);
    }

    JobRecord finished(String newStatus, String time, String why) {
        return new JobRecord(id, kind, newStatus, created, started, time, options, replanOf, problemName, visits,
                score, feasible, assignedVisits, unassignedVisits, elapsedMillis, why, recoveries);
    }

    JobRecord progress(String newScore, boolean isFeasible, int assigned, int unassigned, long millis) {
        return new JobRecord(id, kind, status, created, started, finished, options, replanOf, problemName, visits,
                newScore, isFeasible, assigned, unassigned, millis, message, recoveries);
    }

    JobRecord recovered(String newStatus, String why) {
        return new JobRecord(id, kind, newStatus, created, started, null, options, replanOf, problemName, visits,
                score, feasible, assignedVisits, unassignedVisits, elapsedMillis, why, recoveries + 1);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id);
        node.put("kind", kind);
        node.put("status", status);
        node.put("created", created);
        putIfPresent(node, "started", started);
        putIfPresent(node, "finished", finished);
        node.set("options", options.toJson());
        putIfPresent(node, "replanOf", replanOf);
        putIfPresent(node, "problemName", problemName);
        node.put("visits", visits);
        putIfPresent(node, "score", score);
        if (feasible != null) {
            node.put("feasible", feasible);
            node.put("assignedVisits", assignedVisits);
            node.put("unassignedVisits", unassignedVisits);
            node.put("elapsedMillis", elapsedMillis);
        }
        putIfPresent(node, "message", message);
        node.put("recoveries", recoveries);
        return node;
    }

    static JobRecord fromJson(JsonNode node) {
        boolean progress = node.hasNonNull("feasible");
        return new JobRecord(text(node, "id"), text(node, "kind"), text(node, "status"), text(node, "created"), text(
                node, "started"), text(node, "finished"), JobOptions.fromJson(node.path("options")),
                text(node,
                        "replanOf"),
                text(node, "problemName"), node.path("visits").asInt(), text(node, "score"),
                progress ? node.get("feasible").asBoolean() : null, progress
                        ? node.path("assignedVisits").asInt()
                        : null,
                progress ? node.path("unassignedVisits").asInt() : null, progress
                        ? node.path(
                                "elapsedMillis").asLong()
                        : null,
                text(node, "message"), node.path("recoveries")
                        .asInt());
    }

    static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
