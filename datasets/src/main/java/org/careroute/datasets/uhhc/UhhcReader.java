package org.careroute.datasets.uhhc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads UHHC instance and solution files into {@link UhhcInstance} / {@link UhhcSolution}, with the field names,
 * aliases, defaults and checks of {@code spec/instance_models.py} and {@code spec/solution_models.py}. Every bad value
 * is reported as a {@link UhhcFormatException} naming the file and the JSON pointer.
 *
 * <p>
 * Where the reference models would crash later instead of rejecting the file (a required service without any
 * duration, a patient without time windows, several patients or terminal points without a matrix index, caregivers
 * without abilities, duplicate ids), the file is rejected here with a message.
 */
public final class UhhcReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UhhcReader() {
    }

    public static UhhcInstance readInstance(Path file) throws IOException {
        return parseInstance(Files.readString(file), file.getFileName().toString());
    }

    public static UhhcSolution readSolution(Path file) throws IOException {
        return parseSolution(Files.readString(file), file.getFileName().toString());
    }

    public static UhhcInstance parseInstance(String text, String source) {
        Json root = parse(text, source).object();
        return new UhhcInstanceReader(root).read();
    }

    public static UhhcSolution parseSolution(String text, String source) {
        Json root = parse(text, source).object();
        return solution(root);
    }

    private static Json parse(String text, String source) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new UhhcFormatException(source, "", "the file is empty; expected a JSON object.");
            }
            return new Json(source, "", node);
        } catch (JsonProcessingException e) {
            throw new UhhcFormatException(source, "", "not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }

    // ---------------------------------------------------------------- solution

    private static UhhcSolution solution(Json root) {
        String instance = root.has("instance") ? root.get("instance").nonEmptyText() : null;
        List<Json> routeNodes = root.required("routes").array();
        List<UhhcRoute> routes = new ArrayList<>();
        Set<String> caregivers = new HashSet<>();
        for (Json node : routeNodes) {
            UhhcRoute route = route(node.object());
            if (!caregivers.add(route.caregiverId())) {
                throw node.error("caregiver " + route.caregiverId() + " has more than one route; give each caregiver"
                        + " one route.");
            }
            routes.add(route);
        }
        Map<UhhcComponent, Long> claimed = new EnumMap<>(UhhcComponent.class);
        if (root.has("cost_components")) {
            Json components = root.get("cost_components").object();
            for (UhhcComponent component : UhhcComponent.values()) {
                String[] names = switch (component) {
                    case CAREGIVER_PREFERENCES -> new String[]{"preferences", "caregiver_preferences"};
                    case OPTIONAL_PATIENTS -> new String[]{"optional_patients", "unscheduled"};
                    default -> new String[]{component.json()};
                };
                Json value = components.firstOf(names);
                if (value != null) {
                    claimed.put(component, value.integer());
                }
            }
        }
        UhhcSolution.PublishedCost cost = null;
        if (root.has("cost")) {
            Json costNode = root.get("cost").object();
            cost = new UhhcSolution.PublishedCost(costNode.required("objective").number(), costNode.has("violations")
                    ? costNode.get("violations").integer()
                    : null);
        }
        List<String> ordering = root.has("global_ordering") ? root.get("global_ordering").list(Json::text) : null;
        return new UhhcSolution(instance, routes, claimed, cost, ordering);
    }

    private static UhhcRoute route(Json node) {
        String caregiver = node.required("caregiver_id").text();
        if (!node.has("locations")) {
            return new UhhcRoute(caregiver, null);
        }
        List<Json> items = new ArrayList<>(node.get("locations").array());
        if (items.size() > 1) {
            for (Json item : items) {
                if (sortKey(item.object()) == null) {
                    throw item.error("a location of a route with several locations needs a time to be ordered by"
                            + " ('arrival_time', 'start_time' or 'start_service_time'); a depot departure can only"
                            + " stand alone.");
                }
            }
            items.sort(Comparator.comparingDouble(item -> sortKey(item).number()));
        }
        List<UhhcLocation> locations = new ArrayList<>();
        for (Json item : items) {
            locations.add(location(item.object()));
        }
        UhhcRoute route = new UhhcRoute(caregiver, locations);
        checkRoute(route, node, items);
        return route;
    }

    /** {@code x.get("arrival_time", x.get("start_time", x.get("start_service_time")))}. */
    private static Json sortKey(Json item) {
        return item.firstOf("arrival_time", "start_time", "start_service_time");
    }

    private static UhhcLocation location(Json node) {
        if (node.has("depot") && node.has("departing_time")) {
            return new UhhcLocation.DepotDeparture(node.get("departing_time").nonNegative(), node.get("depot")
                    .text());
        }
        if (node.has("depot") && node.has("arrival_time") && !node.has("patient")) {
            return new UhhcLocation.DepotArrival(node.get("arrival_time").nonNegative(), node.get("depot").text());
        }
        double start = node.required("start_service_time", "arrival_time", "start_time").nonNegative();
        double end = node.required("end_service_time", "departure_time", "end_time").nonNegative();
        String patient = node.required("patient").text();
        String service = node.required("service").text();
        Double arrival = node.has("arrival_at_patient") ? node.get("arrival_at_patient").number() : null;
        if (start >= end) {
            throw node.error("service " + service + " at patient " + patient + " starts (" + UhhcNumbers.format(start)
                    + ") at or after it ends (" + UhhcNumbers.format(end) + ").");
        }
        if (arrival != null && arrival > start) {
            throw node.error("arrival at patient " + patient + " (" + UhhcNumbers.format(arrival)
                    + ") is after the start of service " + service + " (" + UhhcNumbers.format(start) + ").");
        }
        return new UhhcLocation.PatientVisit(start, end, patient, service, arrival);
    }

    /** {@code CaregiverRoute._check_validity}. */
    private static void checkRoute(UhhcRoute route, Json node, List<Json> items) {
        List<UhhcLocation> locations = route.locations();
        if (locations.isEmpty()) {
            return;
        }
        boolean full = route.fullRoute();
        if (full) {
            if (!(locations.getLast() instanceof UhhcLocation.DepotArrival)) {
                throw items.getLast().error("the route of caregiver " + route.caregiverId()
                        + " starts at a depot but does not end at one.");
            }
            if (locations.size() <= 2) {
                throw node.error("caregiver " + route.caregiverId() + " has a full route with no visit.");
            }
        }
        double previous = full ? ((UhhcLocation.DepotDeparture) locations.getFirst()).departingTime() : 0;
        int first = full ? 1 : 0;
        int last = full ? locations.size() - 1 : locations.size();
        for (int i = first; i < last; i++) {
            if (!(locations.get(i) instanceof UhhcLocation.PatientVisit visit)) {
                throw items.get(i).error("location " + i + " of caregiver " + route.caregiverId()
                        + " is not a patient visit.");
            }
            if (visit.startServiceTime() < previous) {
                throw items.get(i).error("start of service of caregiver " + route.caregiverId() + " at step " + i + " ("
                        + UhhcNumbers.format(visit.startServiceTime()) + ") is before the previous end ("
                        + UhhcNumbers.format(previous) + ").");
            }
            previous = visit.endServiceTime();
        }
        if (full && ((UhhcLocation.DepotArrival) locations.getLast()).arrivalTime() < previous) {
            throw items.getLast().error("arrival at the depot of caregiver " + route.caregiverId()
                    + " is before the end of the last service (" + UhhcNumbers.format(previous) + ").");
        }
    }
}
