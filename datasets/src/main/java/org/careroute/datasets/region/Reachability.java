package org.careroute.datasets.region;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.Planner;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;
import org.careroute.core.api.explain.UnassignedReason.Kind;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * Which visits no qualified shift can serve on its own, found by careroute's insertion diagnosis
 * ({@link Planner#explain} of a plan that leaves every visit out): every shift of a caregiver with the skills is tried
 * with the drive from its start location and back, its breaks and working-time rules, exactly as {@code explain}
 * and the verifier time a route. A visit is reachable when at least one such one-visit route breaks no hard rule.
 */
public final class Reachability {

    /** Visits per diagnosis: keeps the travel matrix of each call small on days of thousands of visits. */
    private static final int BATCH = 400;
    private static final Set<Kind> FITS = EnumSet.of(Kind.INSERTABLE, Kind.COSTS_MORE_THAN_LEAVING_OUT);

    private Reachability() {
    }

    /**
     * The visits of {@code visitIds} that no qualified shift of the problem can serve alone, each with the
     * diagnosis' first reason (e.g. "arrives 45 min after its last window ends"), in the problem's order.
     */
    public static Map<String, String> unreachable(Problem problem, Set<String> visitIds) {
        Planner planner = Planner.create();
        Map<String, String> unreachable = new LinkedHashMap<>();
        List<Visit> batch = new ArrayList<>(BATCH);
        for (Visit visit : problem.visits()) {
            if (visitIds.contains(visit.id())) {
                batch.add(visit);
                if (batch.size() == BATCH) {
                    diagnose(planner, problem, batch, unreachable);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            diagnose(planner, problem, batch, unreachable);
        }
        return unreachable;
    }

    private static void diagnose(Planner planner, Problem problem, List<Visit> visits, Map<String, String> out) {
        Problem part = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), visits, problem.constraintWeights());
        List<UnassignedVisit> left = visits.stream().map(v -> new UnassignedVisit(v.id(), v.mandatory(), List.of()))
                .toList();
        Explanation explanation = planner.explain(part, new Plan(problem.name(), null, null, List.of(), left));
        for (UnassignedExplanation visit : explanation.unassignedVisits()) {
            if (visit.reasons().stream().noneMatch(r -> FITS.contains(r.kind()))) {
                out.put(visit.visitId(), visit.reasons().stream().map(UnassignedReason::message).findFirst().orElse(
                        "no qualified shift can serve it"));
            }
        }
    }
}
