package org.careroute.core.internal.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careroute.core.api.InputError;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.internal.verify.TimeText;

/**
 * Semantic checks of the patient-care fields: caregivers named in preferred and excluded lists exist, a
 * preferred window lies inside one of the visit's hard windows, a value belongs to an optional visit without a
 * priority, soft windows have windows, client entries are unique and name patients that have visits.
 */
final class PatientCareInputChecks {

    private final Problem problem;
    private final String source;
    private final ProblemChecks.SkillPositions positions;
    private final List<InputError> errors = new ArrayList<>();
    private final Set<String> caregiverIds = new LinkedHashSet<>();

    private PatientCareInputChecks(Problem problem, String source, ProblemChecks.SkillPositions positions) {
        this.problem = problem;
        this.source = source;
        this.positions = positions;
        problem.caregivers().forEach(c -> caregiverIds.add(c.id()));
    }

    static List<InputError> run(Problem problem, String source, ProblemChecks.SkillPositions positions) {
        PatientCareInputChecks checks = new PatientCareInputChecks(problem, source, positions);
        for (int v = 0; v < problem.visits().size(); v++) {
            checks.checkVisit(problem.visits().get(v), "/visits/" + v);
        }
        checks.checkClients();
        return checks.errors;
    }

    private void error(String pointer, String message) {
        errors.add(new InputError(source, pointer, message));
    }

    private void checkVisit(Visit visit, String pointer) {
        VisitCare care = visit.care();
        for (String caregiverId : new TreeMap<>(care.preferredCaregivers()).keySet()) {
            if (!caregiverIds.contains(caregiverId)) {
                error(JsonPointers.child(pointer + "/preferredCaregivers", caregiverId), unknownCaregiver(
                        caregiverId, "preferred"));
            }
        }
        for (String caregiverId : new TreeSet<>(care.excludedCaregivers())) {
            if (!caregiverIds.contains(caregiverId)) {
                String arrayPointer = pointer + "/excludedCaregivers";
                error(arrayPointer + "/" + positions.indexOf(arrayPointer, care.excludedCaregivers(), caregiverId),
                        unknownCaregiver(caregiverId, "excluded"));
            }
        }
        if (care.hasPreferredWindow()) {
            checkPreferredWindow(visit, care.preferredWindow(), pointer + "/preferredWindow");
        }
        if (care.hasValue()) {
            checkValue(visit, pointer);
        }
        if (care.softWindows() && visit.timeWindows().isEmpty()) {
            error(pointer + "/softWindows", "softWindows makes the visit's time windows soft, but the visit has no"
                    + " timeWindows (it may start at any time); add timeWindows or remove softWindows.");
        }
    }

    /** A value weighs an optional visit on the soft level: not for a mandatory visit, and instead of a priority. */
    private void checkValue(Visit visit, String pointer) {
        if (visit.mandatory()) {
            error(pointer + "/value", "A mandatory visit is always planned, so its value (" + visit.care().value()
                    + ") would never count; remove value or make the visit optional.");
        }
        if (visit.priority() != 1) {
            error(pointer + "/priority", "A visit with a value (" + visit.care().value() + ") is weighed on the soft"
                    + " level only and its priority (" + visit.priority() + ") would not count; remove priority or"
                    + " value.");
        }
    }

    private String unknownCaregiver(String caregiverId, String list) {
        return "Caregiver '" + caregiverId + "' in the " + list + " caregivers is not in the problem"
                + Suggestions.didYouMean(caregiverId, caregiverIds) + " Use the id of one of the "
                + caregiverIds.size() + " caregivers.";
    }

    private void checkPreferredWindow(Visit visit, TimeWindow preferred, String pointer) {
        if (preferred.start().isBefore(ProblemChecks.EARLIEST) || preferred.end().isAfter(ProblemChecks.LATEST)) {
            error(pointer, "Preferred window " + preferred.start() + " to " + preferred.end()
                    + " is outside the supported range 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.");
            return;
        }
        if (visit.timeWindows().isEmpty()) {
            return;
        }
        for (TimeWindow window : visit.timeWindows()) {
            if (!preferred.start().isBefore(window.start()) && !preferred.end().isAfter(window.end())) {
                return;
            }
        }
        TimeText time = ProblemChecks.timeText(problem);
        List<String> windows = visit.timeWindows().stream().map(w -> time.period(w.start(), w.end())).toList();
        error(pointer, "Preferred window " + time.period(preferred.start(), preferred.end())
                + " does not lie inside one of the visit's time windows (" + String.join(", ", windows)
                + "); move it inside a window or widen the window.");
    }

    private void checkClients() {
        Set<String> clientIds = new TreeSet<>();
        problem.visits().forEach(v -> clientIds.add(v.clientId()));
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < problem.clients().size(); c++) {
            Client client = problem.clients().get(c);
            String pointer = "/clients/" + c + "/id";
            Integer first = seen.putIfAbsent(client.id(), c);
            if (first != null) {
                error(pointer, "Duplicate client id '" + client.id() + "' (also used by /clients/" + first
                        + "); give each patient one entry.");
            } else if (!clientIds.contains(client.id())) {
                error(pointer, "Client '" + client.id() + "' has no visits (no visit has this clientId)"
                        + Suggestions.didYouMean(client.id(), clientIds)
                        + " Remove the entry or fix the id.");
            }
        }
    }
}
