package org.careroute.datasets.uhhc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes UHHC solution files from neutral {@link UhhcRoutePlan}s, in the layout of the published solutions: one
 * route per caregiver of the instance (without {@code locations} when the caregiver has no stop), each stop as
 * {@code {"arrival_time": START, "departure_time": END, "patient", "service"}} (the spec's aliases of {@code
 * start_service_time} / {@code end_service_time}; {@code arrival_at_patient} only where the plan gives it), then
 * {@code cost_components} (the unweighted values of the instance's components; only whole values, as the spec
 * reads them as integers) and {@code cost} ({@code objective},
 * {@code violations}) when an evaluation is given. Whole numbers are written without a decimal point.
 */
public final class UhhcSolutionWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UhhcSolutionWriter() {
    }

    /**
     * The solution of the plans: every caregiver of the instance gets a route, in instance order; stops in time
     * order.
     */
    public static UhhcSolution toSolution(UhhcInstance instance, List<UhhcRoutePlan> plans) {
        Map<String, UhhcRoutePlan> byCaregiver = new LinkedHashMap<>();
        for (UhhcRoutePlan plan : plans) {
            if (!instance.caregiversById().containsKey(plan.caregiverId())) {
                throw new IllegalArgumentException("Route of caregiver '" + plan.caregiverId() + "' but the instance"
                        + " has no such caregiver.");
            }
            if (byCaregiver.put(plan.caregiverId(), plan) != null) {
                throw new IllegalArgumentException("Caregiver " + plan.caregiverId() + " has two routes; merge them.");
            }
        }
        List<UhhcRoute> routes = new ArrayList<>();
        for (UhhcCaregiver caregiver : instance.caregivers()) {
            UhhcRoutePlan plan = byCaregiver.get(caregiver.id());
            if (plan == null || plan.stops().isEmpty()) {
                routes.add(new UhhcRoute(caregiver.id(), null));
                continue;
            }
            List<UhhcLocation> locations = new ArrayList<>();
            plan.stops().stream().sorted(Comparator.comparingDouble(UhhcStop::start)).forEach(stop -> locations.add(
                    new UhhcLocation.PatientVisit(stop.start(), stop.end(), stop.patient(), stop.service(), stop
                            .arrival())));
            routes.add(new UhhcRoute(caregiver.id(), locations));
        }
        return new UhhcSolution(instance.name(), routes, Map.of(), null, null);
    }

    /** The JSON text of a solution; {@code evaluation} (may be null) adds its cost components and cost. */
    public static String toJson(UhhcInstance instance, UhhcSolution solution, UhhcEvaluation evaluation) {
        ObjectNode root = MAPPER.createObjectNode();
        if (solution.instance() != null) {
            root.put("instance", solution.instance());
        }
        ArrayNode routes = root.putArray("routes");
        for (UhhcRoute route : solution.routes()) {
            ObjectNode routeNode = routes.addObject();
            routeNode.put("caregiver_id", route.caregiverId());
            if (route.locations() == null) {
                continue;
            }
            ArrayNode locations = routeNode.putArray("locations");
            for (UhhcLocation location : route.locations()) {
                ObjectNode node = locations.addObject();
                switch (location) {
                    case UhhcLocation.PatientVisit visit -> {
                        number(node, "arrival_time", visit.startServiceTime());
                        number(node, "departure_time", visit.endServiceTime());
                        node.put("patient", visit.patient());
                        node.put("service", visit.service());
                        if (visit.arrivalAtPatient() != null) {
                            number(node, "arrival_at_patient", visit.arrivalAtPatient());
                        }
                    }
                    case UhhcLocation.DepotDeparture departure -> {
                        number(node, "departing_time", departure.departingTime());
                        node.put("depot", departure.depot());
                    }
                    case UhhcLocation.DepotArrival arrival -> {
                        number(node, "arrival_time", arrival.arrivalTime());
                        node.put("depot", arrival.depot());
                    }
                }
            }
        }
        ObjectNode components = root.putObject("cost_components");
        if (evaluation != null) {
            for (UhhcComponent component : instance.costComponents().weights().keySet()) {
                double value = evaluation.value(component);
                if (evaluation.values().containsKey(component) && value == Math.rint(value)) {
                    number(components, component.json(), value);
                }
            }
            ObjectNode cost = root.putObject("cost");
            number(cost, "objective", evaluation.objective());
            cost.put("violations", evaluation.violations().size());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the UHHC solution as JSON.", e);
        }
    }

    public static void write(Path file, UhhcInstance instance, UhhcSolution solution, UhhcEvaluation evaluation)
            throws IOException {
        Files.writeString(file, toJson(instance, solution, evaluation));
    }

    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
