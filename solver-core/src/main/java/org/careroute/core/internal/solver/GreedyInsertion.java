package org.careroute.core.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.domain.WorkingDayRules;
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

        Route(CareShift shift) {
            this.shift = shift;
        }

        void recompute() {
            if (start.length < visits.size()) {
                start = Arrays.copyOf(start, visits.size() * 2);
                end = Arrays.copyOf(end, visits.size() * 2);
            }
            DenseTravelMatrix travel = shift.getTravel();
            WorkingDayRules rules = shift.getRules();
            long time = shift.getStart();
            long state = 0;
            int location = shift.getStartLocation();
            WorkingDay.Step step = new WorkingDay.Step();
            for (int i = 0; i < visits.size(); i++) {
                CareVisit visit = visits.get(i);
                WorkingDay.visit(rules, visit, time, travel.durationSeconds(location, visit.getLocation()), state,
                        step, null);
                end[i] = step.end();
                start[i] = end[i] - visit.getDuration();
                state = step.state();
                time = end[i];
                location = visit.getLocation();
            }
        }

        /** Whether the route is timed or limited by working-day rules (then insertions are checked in full). */
        boolean hasWorkingDayRules() {
            WorkingDayRules rules = shift.getRules();
            return rules.isTimed() || rules.hasMaxWorkingTime() || rules.getOvertimeAllowance() > 0;
        }
    }

    /** Fills the (empty) routes of the schedule; returns how many visits were assigned. */
    int apply(CareSchedule schedule) {
        List<Route> routes = new ArrayList<>(schedule.getShifts().size());
        for (CareShift shift : schedule.getShifts()) {
            routes.add(new Route(shift));
        }
        List<CareVisit> order = new ArrayList<>(schedule.getVisits());
        int[] qualified = new int[order.size()];
        for (CareVisit visit : order) {
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
                for (int position = 0; position <= size; position++) {
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
        if (previousEnd > deadline) {
            return Long.MIN_VALUE;
        }
        long arrival = previousEnd + travel.durationSeconds(previousLocation, visit.getLocation());
        if (arrival > deadline) {
            return Long.MAX_VALUE;
        }
        if (route.hasWorkingDayRules()) {
            return feasibleWithWorkingDayRules(route, visit, position)
                    ? travelCost(route, visit, position)
                    : Long.MAX_VALUE;
        }
        long time = visit.serviceStartFor(arrival) + visit.getDuration();
        int location = visit.getLocation();
        boolean absorbed = false;
        for (int i = position; i < visits.size(); i++) {
            CareVisit next = visits.get(i);
            long nextArrival = time + travel.durationSeconds(location, next.getLocation());
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
        return travelCost(route, visit, position);
    }

    /** The weighted travel added by inserting the visit before position {@code position}. */
    private long travelCost(Route route, CareVisit visit, int position) {
        CareShift shift = route.shift;
        DenseTravelMatrix travel = shift.getTravel();
        List<CareVisit> visits = route.visits;
        int previousLocation = position == 0 ? shift.getStartLocation() : visits.get(position - 1).getLocation();
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

    /**
     * Times the whole route with the visit inserted, breaks and the continuous-work law included, and checks every
     * hard rule of the working day: windows, break windows, continuous work, shift end with overtime allowance and
     * maximum working time.
     */
    private static boolean feasibleWithWorkingDayRules(Route route, CareVisit inserted, int position) {
        CareShift shift = route.shift;
        WorkingDayRules rules = shift.getRules();
        DenseTravelMatrix travel = shift.getTravel();
        List<CareVisit> visits = route.visits;
        long time = shift.getStart();
        long state = 0;
        int location = shift.getStartLocation();
        WorkingDay.Step step = new WorkingDay.Step();
        for (int i = 0; i <= visits.size(); i++) {
            CareVisit visit = i == position ? inserted : visits.get(i < position ? i : i - 1);
            WorkingDay.visit(rules, visit, time, travel.durationSeconds(location, visit.getLocation()), state, step,
                    null);
            if (step.end() - visit.getDuration() > deadline(visit) || step.breakLateness() > 0
                    || step.workExcess() > 0) {
                return false;
            }
            state = step.state();
            time = step.end();
            location = visit.getLocation();
        }
        long back = shift.hasOpenEnd() ? 0 : travel.durationSeconds(location, shift.getEndLocation());
        long returnTime = WorkingDay.routeEnd(rules, time, back, state, WorkingDay.RETURN_TIME, null);
        if (returnTime > shift.getEnd() + rules.getOvertimeAllowance()
                || WorkingDay.routeEnd(rules, time, back, state, WorkingDay.BREAK_LATENESS, null) > 0
                || WorkingDay.routeEnd(rules, time, back, state, WorkingDay.WORK_EXCESS, null) > 0) {
            return false;
        }
        long breaks = WorkingDay.breakSeconds(rules, WorkingDay.routeEnd(rules, time, back, state, WorkingDay.STATE,
                null));
        return !rules.hasMaxWorkingTime() || returnTime - shift.getStart() - breaks <= rules.getMaxWorkingTime();
    }
}
