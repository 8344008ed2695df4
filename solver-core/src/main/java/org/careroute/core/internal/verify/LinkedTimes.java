package org.careroute.core.internal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.internal.travel.TravelMatrices;

/**
 * The latest arrival of any caregiver at each visit served by several caregivers, and the earliest start of each
 * visit that depends on others (their start plus the minimum gap), and of the first visit of each pair two caregivers
 * serve the start its partner needs ({@link PartnerWaits}), found by driving all routes again until no
 * synchronised start moves (every caregiver waits for the others and for the gap). Routes that wait on each other in a
 * loop
 * never settle; after one round more than there are linked visits the visits whose arrival still moved are
 * {@link #unsettled() unsettled}.
 */
final class LinkedTimes {

    /** One route as the plan gives it: its shift, caregiver, the problem's visits and the part of each. */
    record PlannedRoute(Caregiver caregiver, Shift shift, List<Visit> visits, List<Integer> parts) {
    }

    private final Map<String, Long> partsArrival;
    private final Set<String> unsettled;
    private final Set<String> looped;

    private LinkedTimes(Map<String, Long> partsArrival, Set<String> unsettled, Set<String> looped) {
        this.partsArrival = partsArrival;
        this.unsettled = unsettled;
        this.looped = looped;
    }

    /**
     * @param visitsById
     *            every visit of the problem (a visit waits for the visits it depends on only if they depend on
     *            nothing themselves, planned or not)
     */
    static LinkedTimes of(List<PlannedRoute> routes, TravelMatrices travel, RouteSimulation.Release release,
            Map<String, Visit> visitsById, List<Caregiver> caregivers) {
        Map<String, PartnerWaits.Hold> holds = PartnerWaits.of(visitsById.values(), caregivers);
        Set<String> linked = new HashSet<>();
        Map<String, Visit> planned = new HashMap<>();
        for (PlannedRoute route : routes) {
            for (int i = 0; i < route.visits().size(); i++) {
                Visit visit = route.visits().get(i);
                planned.put(visit.id(), visit);
                if (route.parts().get(i) != PlannedVisit.NO_PART || waits(visit, visitsById) || holds.containsKey(
                        visit.id())) {
                    linked.add(visit.id());
                }
            }
        }
        Map<String, Long> arrivals = new HashMap<>();
        if (linked.isEmpty()) {
            return new LinkedTimes(arrivals, Set.of(), Set.of());
        }
        Set<String> moved = new HashSet<>(linked);
        Map<String, Long> used = arrivals;
        for (int round = 0; round <= linked.size() + 1 && !moved.isEmpty(); round++) {
            used = arrivals;
            Map<String, Long> next = new HashMap<>();
            Map<String, Long> starts = new HashMap<>();
            Map<String, Long> solos = new HashMap<>();
            for (PlannedRoute route : routes) {
                TravelMatrix matrix = travel.forMode(route.caregiver().transportMode());
                List<RouteSimulation.Stop> stops = new RouteSimulation(matrix, travel.locationIndex()).simulate(
                        route.caregiver(), route.shift(), route.visits(), route.parts(), arrivals, release).stops();
                for (RouteSimulation.Stop stop : stops) {
                    if (stop.part() != PlannedVisit.NO_PART) {
                        next.merge(stop.visit().id(), stop.soloStart(), Math::max);
                    }
                    starts.put(stop.visit().id(), stop.start());
                    solos.put(stop.visit().id(), stop.soloStart());
                }
            }
            addDependencyFloors(planned, starts, next, visitsById);
            holds.forEach((first, hold) -> {
                Long ready = solos.get(hold.secondId());
                if (ready != null && planned.containsKey(first)) {
                    next.merge(first, ready - hold.offset(), Math::max);
                }
            });
            moved = new HashSet<>();
            for (Map.Entry<String, Long> entry : next.entrySet()) {
                if (!entry.getValue().equals(arrivals.get(entry.getKey()))) {
                    moved.add(entry.getKey());
                }
            }
            arrivals = next;
        }
        // The routes are driven with the arrivals of the last round's input, as the solver's plan does.
        return new LinkedTimes(used, moved, PartnerWaits.loops(routes, holds, waitedFor(planned, visitsById)));
    }

    /**
     * Whether the caregiver of {@code visit} waits for a visit it depends on: one that exists and depends on nothing
     * itself (in a chain A, B, C only B waits; as the solver's {@code CareSchedule.setDependencies}).
     */
    static boolean waits(Visit visit, Map<String, Visit> visitsById) {
        for (VisitDependency dependency : visit.links().dependencies()) {
            if (waitsFor(dependency, visitsById)) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitsFor(VisitDependency dependency, Map<String, Visit> visitsById) {
        Visit before = visitsById.get(dependency.visitId());
        return before != null && before.links().dependencies().isEmpty();
    }

    /**
     * A visit that depends on others starts no earlier than each planned one's start (or end, for a gap from the end)
     * plus the minimum gap: that floor joins the time the visit waits for.
     */
    private static void addDependencyFloors(Map<String, Visit> planned, Map<String, Long> starts,
            Map<String, Long> waitFor, Map<String, Visit> visitsById) {
        for (Visit visit : planned.values()) {
            for (VisitDependency dependency : visit.links().dependencies()) {
                Long start = starts.get(dependency.visitId());
                Visit before = planned.get(dependency.visitId());
                if (start == null || before == null || !waitsFor(dependency, visitsById)) {
                    continue;
                }
                long anchor = dependency.from() == VisitDependency.GapFrom.START
                        ? start
                        : start + before.duration().toSeconds();
                waitFor.merge(visit.id(), anchor + dependency.minGap().toSeconds(), Math::max);
            }
        }
    }

    /** Per planned visit that waits for others (see {@link #waits}), the ids of those it waits for. */
    private static Map<String, List<String>> waitedFor(Map<String, Visit> planned, Map<String, Visit> visitsById) {
        Map<String, List<String>> waited = new HashMap<>();
        for (Visit visit : planned.values()) {
            for (VisitDependency dependency : visit.links().dependencies()) {
                if (waitsFor(dependency, visitsById)) {
                    waited.computeIfAbsent(visit.id(), id -> new ArrayList<>()).add(dependency.visitId());
                }
            }
        }
        return waited;
    }

    /**
     * Per linked visit id the time its service waits for: the latest solo start (ready time) of a caregiver serving
     * one of its parts, and for a visit that depends on others the earliest start their gaps allow.
     */
    Map<String, Long> partsArrival() {
        return partsArrival;
    }

    /** Linked visits whose start never settled because routes wait on each other in a loop. */
    Set<String> unsettled() {
        return unsettled;
    }

    /** The visits of sequential pairs whose first waits for the second in a loop ({@link PartnerWaits#loops}). */
    Set<String> looped() {
        return looped;
    }

    static List<Integer> noParts(int size) {
        List<Integer> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parts.add(PlannedVisit.NO_PART);
        }
        return parts;
    }
}
