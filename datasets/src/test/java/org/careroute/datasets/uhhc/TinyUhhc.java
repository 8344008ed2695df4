package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-made four-patient UHHC instance and a valid solution of it, to be varied per test.
 *
 * <p>
 * Depot d0 (index 0), patients p1..p4 (indexes 1..4): 10 from the depot to any patient, 5 between patients.
 * Caregivers c1 (s1) and c2 (s1, s2), shifts [0, 200]. p1 needs s1 in [20, 60]; p2 needs s1 and s2 at the same time
 * in [50, 100]; p3 needs s1 then s2 10 to 30 later in [0, 150]; p4 (optional) needs s1 in [0, 200]. Every service
 * lasts 10.
 */
final class TinyUhhc {

    String origin = "bazirha";
    String timeWindowMet = "at_service_start";
    String costComponents = "{\"travel_time\": 1, \"total_tardiness\": \"HARD\", \"total_extra_time\": \"HARD\"}";
    String c1Extra = "";
    String c2Shift = "[0, 200]";
    String c1Shift = "[0, 200]";
    String p1Extra = "";
    String lunchBreaks = "";

    String instanceJson() {
        return """
                {"metadata": {"time_window_met": "%s", "cost_components": %s, "name": "tiny", "origin": "%s"},
                 "distances": [[0, 10, 10, 10, 10], [10, 0, 5, 5, 5], [10, 5, 0, 5, 5], [10, 5, 5, 0, 5],
                               [10, 5, 5, 5, 0]],
                 "terminal_points": [{"id": "d0", "distance_matrix_index": 0}],
                 "caregivers": [
                   {"id": "c1", "abilities": ["s1"], "departing_point": "d0", "arrival_point": "d0",
                    "working_shift": %s %s},
                   {"id": "c2", "abilities": ["s1", "s2"], "departing_point": "d0", "arrival_point": "d0",
                    "working_shift": %s}],
                 "patients": [
                   {"id": "p1", "distance_matrix_index": 1, "required_services": [{"service": "s1", "duration": 10}],
                    "time_windows": [[20, 60]] %s},
                   {"id": "p2", "distance_matrix_index": 2, "required_services": [{"service": "s1", "duration": 10},
                    {"service": "s2", "duration": 10}], "time_windows": [[50, 100]],
                    "synchronization": {"type": "simultaneous"}},
                   {"id": "p3", "distance_matrix_index": 3, "required_services": [{"service": "s1", "duration": 10},
                    {"service": "s2", "duration": 10}], "time_windows": [[0, 150]],
                    "synchronization": {"type": "sequential", "distance": [10, 30]}},
                   {"id": "p4", "distance_matrix_index": 4, "required_services": [{"service": "s1", "duration": 10}],
                    "time_windows": [[0, 200]], "optional": true}],
                 "services": [{"id": "s1", "type": "t1"}, {"id": "s2", "type": "t2"}] %s}
                """.formatted(timeWindowMet, costComponents, origin, c1Shift, c1Extra, c2Shift, p1Extra,
                lunchBreaks);
    }

    /** c1 has a lunch break of 30 in [100, 150]; the instance weighs missed lunches and optional patients. */
    static TinyUhhc withLunch() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.c1Extra = ", \"lunch_break\": true";
        tiny.lunchBreaks = ", \"lunch_breaks\": {\"start\": 100, \"end\": 150, \"min_duration\": 30}";
        tiny.costComponents = "{\"travel_time\": 1, \"missed_lunch_break\": 2, \"optional_patients\": 100}";
        return tiny;
    }

    UhhcInstance instance() {
        return UhhcReader.parseInstance(instanceJson(), "tiny.json");
    }

    /** The valid solution's stops: caregiver, patient, service, start, end. */
    final List<Object[]> stops = new ArrayList<>(List.of(new Object[]{"c1", "p1", "s1", 20, 30}, new Object[]{
            "c1", "p2", "s1", 50, 60}, new Object[]{"c1", "p3", "s1", 70, 80},
            new Object[]{"c2", "p2", "s2", 50,
                    60},
            new Object[]{"c2", "p3", "s2", 90, 100}, new Object[]{"c2", "p4", "s1", 110, 120}));

    TinyUhhc set(String caregiver, String patient, String service, double start, double end) {
        stops.removeIf(stop -> stop[1].equals(patient) && stop[2].equals(service) && stop[0].equals(caregiver));
        stops.add(new Object[]{caregiver, patient, service, start, end});
        return this;
    }

    TinyUhhc remove(String patient, String service) {
        stops.removeIf(stop -> stop[1].equals(patient) && stop[2].equals(service));
        return this;
    }

    String solutionJson() {
        StringBuilder json = new StringBuilder("{\"cost_components\": {}, \"routes\": [");
        List<String> caregivers = new ArrayList<>();
        stops.forEach(stop -> {
            if (!caregivers.contains((String) stop[0])) {
                caregivers.add((String) stop[0]);
            }
        });
        for (int c = 0; c < caregivers.size(); c++) {
            json.append(c == 0 ? "" : ", ").append("{\"caregiver_id\": \"").append(caregivers.get(c)).append(
                    "\", \"locations\": [");
            boolean first = true;
            for (Object[] stop : stops) {
                if (stop[0].equals(caregivers.get(c))) {
                    json.append(first ? "" : ", ").append(String.format(Locale.ROOT,
                            "{\"arrival_time\": %s, \"departure_time\": %s, \"patient\": \"%s\", \"service\": \"%s\"}",
                            stop[3], stop[4], stop[1], stop[2]));
                    first = false;
                }
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    UhhcEvaluation evaluate() {
        return UhhcEvaluator.evaluate(instance(), UhhcReader.parseSolution(solutionJson(), "tiny-solution.json"));
    }
}
