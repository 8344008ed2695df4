package org.careroute.core.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * A fast construction heuristic that builds hard-feasible routes before Timefold starts: visits in order of
 * difficulty (mandatory first, then those few caregivers can serve, then the earliest deadline), each inserted at
 * the cheapest position of any route where it keeps every time window, the shift end and the capacity. Visits that
 * fit nowhere stay unassigned for Timefold's own construction heuristic and local search.
 *
 * <p>
 * Timefold's default construction heuristic evaluates every position of every route for every visit through the
 * score director; on 10 000 visits it had not finished after 5 minutes. This one checks an insertion by simulating
 * only the part of the route whose times change (it stops as soon as waiting absorbs the delay), with primitive
 * arrays, and takes about a second there.
 */
final class GreedyInsertion {

    private final long travelTimeWeight;
    private final long travelDistanceWeight;

    GreedyInsertion(long travelTimeWeight, long travelDistanceWeight) {
        this.travelTimeWeight = travelTimeWeight;
        this.travelDistanceWeight = travelDistanceWeight;
    }

    /** Route state of one shift while routes are built. */
    private static final class Route {
        final CareShift shift;
        final List<CareVisit> visits = new ArrayList<>();
        long[] start = new long[8];
        long[] end = new long[8];
        long load;
        /** Visits before this index have started (re-planning) and keep their place. */
        final int pinned;

        Route(CareShift shift) {
            this.shift = shift;
            this.visits.addAll(shift.getVisits());
            this.pinned = shift.getFirstUnpinnedIndex();
            for (CareVisit visit : visits) {
                load += visit.getDemand();
            }
            recompute();
        }

        /**
         * Takes out of a route brought by a warm start the not-pinned visits that break a hard rule there (a skill
         * the caregiver lacks, late, past the shift end or the capacity), so that they are inserted again where they
         * fit; returns them.
         */
        List<CareVisit> repair() {
            List<CareVisit> removed = new ArrayList<>();
            for (int i = visits.size() - 1; i >= pinned; i--) {
                CareVisit visit = visits.get(i);
                if ((visit.getSkillMask() & ~shift.getSkillMask()) != 0) {
                    removed.add(visits.remove(i));
                    load -= visit.getDemand();
                }
            }
            recompute();
            int i = pinned;
            while (i < visits.size()) {
                if (start[i] > deadline(visits.get(i))) {
                    CareVisit late = visits.remove(i);
                    load -= late.getDemand();
                    removed.add(late);
                    recompute();
                } else {
                    i++;
                }
            }
            while (visits.size() > pinned && (returnTime() > shift.getEnd() || load > shift.getCapacity())) {
                CareVisit last = visits.remove(visits.size() - 1);
                load -= last.getDemand();
                removed.add(last);
                recompute();
            }
            return removed;
        }

        private long returnTime() {
            if (visits.isEmpty()) {
                return shift.getStart();
            }
            int last = visits.size() - 1;
            return shift.hasOpenEnd()
                    ? end[last]
                    : end[last] + shift.getTravel().durationSeconds(visits.get(last).getLocation(),
                            shift.getEndLocation());
        }

        void recompute() {
            if (start.length < visits.size()) {
                start = Arrays.copyOf(start, visits.size() * 2);
                end = Arrays.copyOf(end, visits.size() * 2);
            }
            DenseTravelMatrix travel = shift.getTravel();
            long time = shift.getStart();
            int location = shift.getStartLocation();
            for (int i = 0; i < visits.size(); i++) {
                CareVisit visit = visits.get(i);
                CareVisit before = i == 0 ? null : visits.get(i - 1);
                long arrival = visit.departureAfter(shift, before, time)
                        + travel.durationSeconds(location, visit.getLocation());
                start[i] = visit.serviceStartFor(arrival);
                end[i] = start[i] + visit.getDuration();
                time = end[i];
                location = visit.getLocation();
            }
        }
    }

    /**
     * Inserts the visits no route of the schedule serves yet (all of them when the routes are empty; a warm start
     * brings its routes, whose pinned prefixes stay untouched); returns how many visits were assigned.
     */
    int apply(CareSchedule schedule) {
        List<Route> routes = new ArrayList<>(schedule.getShifts().size());
        boolean[] placed = new boolean[schedule.getVisits().size()];
        for (CareShift shift : schedule.getShifts()) {
            Route route = new Route(shift);
            route.repair();
            routes.add(route);
            route.visits.forEach(visit -> placed[visit.getIndex()] = true);
        }
        List<CareVisit> order = new ArrayList<>(schedule.getVisits().size());
        for (CareVisit visit : schedule.getVisits()) {
            if (!placed[visit.getIndex()]) {
                order.add(visit);
            }
        }
        int[] qualified = new int[schedule.getVisits().size()];
        for (CareVisit visit : schedule.getVisits()) {
            int count = 0;
            for (CareShift shift : schedule.getShifts()) {
                if ((visit.getSkillMask() & ~shift.getSkillMask()) == 0) {
                    count++;
                }
            }
            qualified[visit.getIndex()] = count;
        }
        order.sort(Comparator.comparing((CareVisit v) -> !v.isMandatory())
                .thenComparingInt(v -> qualified[v.getIndex()])
                .thenComparingLong(GreedyInsertion::deadline)
                .thenComparingInt(CareVisit::getIndex));
        int assigned = 0;
        for (CareVisit visit : order) {
            Route bestRoute = null;
            int bestPosition = -1;
            long bestCost = Long.MAX_VALUE;
            for (Route route : routes) {
                CareShift shift = route.shift;
                if ((visit.getSkillMask() & ~shift.getSkillMask()) != 0
                        || route.load + visit.getDemand() > shift.getCapacity()) {
                    continue;
                }
                int size = route.visits.size();
                for (int position = route.pinned; position <= size; position++) {
                    long cost = insertionCost(route, visit, position);
                    if (cost == Long.MIN_VALUE) {
                        break; // this and every later position are too late for the visit
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestRoute = route;
                        bestPosition = position;
                    }
                }
            }
            if (bestRoute != null) {
                bestRoute.visits.add(bestPosition, visit);
                bestRoute.load += visit.getDemand();
                bestRoute.recompute();
                assigned++;
            }
        }
        for (Route route : routes) {
            route.shift.setVisits(new ArrayList<>(route.visits));
        }
        return assigned;
    }

    private static long deadline(CareVisit visit) {
        long[] ends = visit.getWindowEnds();
        return ends.length == 0 ? Long.MAX_VALUE : ends[ends.length - 1];
    }

    /**
     * The weighted travel added by inserting the visit before position {@code position}; {@code Long.MAX_VALUE} when
     * that breaks a hard rule, {@code Long.MIN_VALUE} when the visit would already be late at this position (then it
     * is late at every later one too).
     */
    private long insertionCost(Route route, CareVisit visit, int position) {
        CareShift shift = route.shift;
        DenseTravelMatrix travel = shift.getTravel();
        List<CareVisit> visits = route.visits;
        int previousLocation = position == 0 ? shift.getStartLocation() : visits.get(position - 1).getLocation();
        long previousEnd = position == 0 ? shift.getStart() : route.end[position - 1];
        long deadline = deadline(visit);
        CareVisit before = position == 0 ? null : visits.get(position - 1);
        long departure = visit.departureAfter(shift, before, previousEnd);
        if (departure > deadline) {
            return Long.MIN_VALUE;
        }
        long arrival = departure + travel.durationSeconds(previousLocation, visit.getLocation());
        if (arrival > deadline) {
            return Long.MAX_VALUE;
        }
        long time = visit.serviceStartFor(arrival) + visit.getDuration();
        int location = visit.getLocation();
        boolean absorbed = false;
        CareVisit last = visit;
        for (int i = position; i < visits.size(); i++) {
            CareVisit next = visits.get(i);
            long nextArrival = next.departureAfter(shift, last, time)
                    + travel.durationSeconds(location, next.getLocation());
            last = next;
            if (nextArrival > deadline(next)) {
                return Long.MAX_VALUE;
            }
            long nextStart = next.serviceStartFor(nextArrival);
            if (nextStart == route.start[i]) {
                absorbed = true;
                break;
            }
            time = nextStart + next.getDuration();
            location = next.getLocation();
        }
        if (!absorbed) {
            long back = shift.hasOpenEnd()
                    ? time
                    : time + travel.durationSeconds(location, shift.getEndLocation());
            if (back > shift.getEnd()) {
                return Long.MAX_VALUE;
            }
        }
        int nextLocation = position < visits.size()
                ? visits.get(position).getLocation()
                : shift.hasOpenEnd() ? -1 : shift.getEndLocation();
        long addedSeconds = travel.durationSeconds(previousLocation, visit.getLocation());
        long addedMeters = travel.distanceMeters(previousLocation, visit.getLocation());
        if (nextLocation >= 0) {
            addedSeconds += travel.durationSeconds(visit.getLocation(), nextLocation)
                    - travel.durationSeconds(previousLocation, nextLocation);
            addedMeters += travel.distanceMeters(visit.getLocation(), nextLocation)
                    - travel.distanceMeters(previousLocation, nextLocation);
        }
        return travelTimeWeight * addedSeconds + travelDistanceWeight * addedMeters;
    }
}
