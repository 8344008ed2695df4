package org.careroute.core.internal.construction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CarePreferences;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
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
 *
 * <p>
 * Visits needing two caregivers are inserted pairwise: both parts at once, into routes of different caregivers, at
 * the common start (the later arrival) that keeps both routes feasible; once placed, a part's start never moves
 * again, since that would move its partner's route too (later insertions that would delay it are rejected). A visit
 * with a dependency is inserted only where it starts inside the gap to its already placed partners, and its start is
 * then fixed the same way (two-part visits too). Visits with three or more parts are left to Timefold's
 * construction heuristic, which scores every insertion with all rules. Visits pinned to a caregiver are
 * only inserted into that caregiver's shifts, and wait for their pinned start.
 */
public final class GreedyInsertion {

    private final RouteTiming timing = new RouteTiming();
    private final long travelTimeWeight;
    private final long travelDistanceWeight;

    private GreedyCareCosts careCosts = new GreedyCareCosts(0, 0, 0);

    public GreedyInsertion(long travelTimeWeight, long travelDistanceWeight) {
        this.travelTimeWeight = travelTimeWeight;
        this.travelDistanceWeight = travelDistanceWeight;
    }

    /** Per problem visit index: the fixed common start of a placed linked visit. */
    private long[] partStart = new long[0];
    /** The dependencies between visits, with the fixed starts of the placed linked visits. */
    private GreedyDependencies links = new GreedyDependencies(List.of());

    /** Candidates per part kept for pairing: the cheapest positions at the part's own arrival. */
    private static final int PAIR_CANDIDATES = 40;

    /**
     * Also weighs the soft patient-care rules when choosing a position: preference points lost, a caregiver new to
     * the patient (continuity of care) and seconds outside the preferred window. Excluded caregivers and the
     * preferred-window deviation cap are always respected.
     */
    public GreedyInsertion withPatientCare(long preferenceWeight, long continuityWeight, long preferredWindowWeight) {
        this.careCosts = new GreedyCareCosts(preferenceWeight, continuityWeight, preferredWindowWeight);
        return this;
    }

    /** Route state of one shift while routes are built. */
    private final class Route {
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
         * the caregiver lacks, an excluded caregiver, late, past the shift end, the capacity or a working-day rule), so
         * that they are inserted again where they
         * fit; returns them.
         */
        List<CareVisit> repair() {
            List<CareVisit> removed = new ArrayList<>();
            for (int i = visits.size() - 1; i >= pinned; i--) {
                CareVisit visit = visits.get(i);
                if ((visit.getSkillMask() & ~shift.getSkillMask()) != 0
                        || visit.getCare().excludes(shift.getCaregiverIndex())) {
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
            while (visits.size() > pinned && (load > shift.getCapacity() || !feasibleEnd())) {
                CareVisit last = visits.remove(visits.size() - 1);
                load -= last.getDemand();
                removed.add(last);
                recompute();
            }
            return removed;
        }

        /**
         * Whether the route keeps the shift end (with its overtime allowance) and, with working-day rules, the break
         * windows, the continuous-work law and the maximum working time after its pinned visits.
         */
        private boolean feasibleEnd() {
            if (hasWorkingDayRules()) {
                return feasibleWithWorkingDayRules(this, null, pinned, Long.MIN_VALUE);
            }
            if (visits.isEmpty()) {
                return true;
            }
            int last = visits.size() - 1;
            long back = shift.hasOpenEnd()
                    ? end[last]
                    : end[last] + shift.getTravel().durationSeconds(visits.get(last).getLocation(),
                            shift.getEndLocation());
            return back <= shift.getEnd();
        }

        void recompute() {
            if (start.length < visits.size()) {
                start = Arrays.copyOf(start, visits.size() * 2);
                end = Arrays.copyOf(end, visits.size() * 2);
            }
            long time = shift.getStart();
            long state = 0;
            for (int i = 0; i < visits.size(); i++) {
                CareVisit visit = visits.get(i);
                // a part's common start, or the start a dependent visit waits for (MIN_VALUE: none)
                timing.visit(shift, i == 0 ? null : visits.get(i - 1), time, state, visit, partStart[visit
                        .getIndex()]);
                end[i] = timing.end();
                start[i] = end[i] - visit.getDuration();
                state = timing.state();
                time = end[i];
            }
        }

        /** Whether the route is timed or limited by working-day rules (then insertions are checked in full). */
        boolean hasWorkingDayRules() {
            return RouteTiming.checksWorkingDay(shift);
        }
    }

    /**
     * Inserts the visits no route of the schedule serves yet (all of them when the routes are empty; a warm start
     * brings its routes, whose pinned prefixes stay untouched); returns how many visits were assigned.
     */
    public int apply(CareSchedule schedule) {
        List<Route> routes = new ArrayList<>(schedule.getShifts().size());
        boolean[] placed = new boolean[schedule.getVisits().size()];
        // Parts a warm start brings are timed as they come (no common start imposed); inserted pairs set theirs.
        partStart = new long[schedule.getVisits().size()];
        Arrays.fill(partStart, Long.MIN_VALUE);
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
        // Pinned visits first: they have one caregiver and often one start, so they get it before others fill it.
        order.sort(Comparator.comparing((CareVisit v) -> v.getPinnedCaregiverId() == null && v
                .getPinnedStart() == CareVisit.UNSET)
                .thenComparing((CareVisit v) -> !v.isMandatory())
                .thenComparingInt(v -> qualified[v.getIndex()])
                .thenComparingLong(GreedyInsertion::deadline)
                .thenComparingInt(CareVisit::getIndex));
        links = new GreedyDependencies(schedule.getDependencies());
        int assigned = 0;
        for (CareVisit visit : order) {
            if (visit.isPart() && visit.getPart() == 0 && visit.getPartCount() == 2) {
                assigned += insertPair(routes, visit.getParts(), links.isLinked(visit));
                continue;
            }
            if (visit.isPart()) {
                continue;
            }
            boolean linked = links.isLinked(visit);
            long[] range = linked ? links.startRange(visit) : null;
            long waitUntil = linked ? links.waitFloor(visit) : Long.MIN_VALUE;
            long bestForced = Long.MIN_VALUE;
            Route bestRoute = null;
            int bestPosition = -1;
            long bestCost = Long.MAX_VALUE;
            long[] seen = careCosts.seen(visit);
            for (Route route : routes) {
                CareShift shift = route.shift;
                if ((visit.getSkillMask() & ~shift.getSkillMask()) != 0
                        || route.load + visit.getDemand() > shift.getCapacity()
                        || visit.getPinnedCaregiverId() != null && !visit.getPinnedCaregiverId().equals(shift
                                .getCaregiverId())
                        || visit.getCare().excludes(shift.getCaregiverIndex())
                        || GreedyCareCosts.wouldExceedCap(visit, shift, seen) || endsAfterShift(visit, shift)) {
                    continue;
                }
                long careCost = careCosts.caregiverCost(visit, shift, seen);
                int size = route.visits.size();
                for (int position = route.pinned; position <= size; position++) {
                    long forced = waitUntil == Long.MIN_VALUE
                            ? Long.MIN_VALUE
                            : forcedWait(route, visit, position, waitUntil);
                    long cost = insertionCost(route, visit, position, forced);
                    if (cost == Long.MIN_VALUE) {
                        break; // this and every later position are too late for the visit
                    }
                    if (cost != Long.MAX_VALUE) {
                        cost += careCost + windowCost(route, visit, position, forced);
                    }
                    boolean fits = range == null || (forced == Long.MIN_VALUE
                            ? inRange(route, visit, position, range)
                            : forced >= range[0] && forced <= range[1]);
                    if (cost < bestCost && fits) {
                        bestCost = cost;
                        bestRoute = route;
                        bestPosition = position;
                        bestForced = forced;
                    }
                }
            }
            if (bestRoute != null) {
                careCosts.remember(visit, bestRoute.shift);
                partStart[visit.getIndex()] = bestForced;
                bestRoute.visits.add(bestPosition, visit);
                bestRoute.load += visit.getDemand();
                bestRoute.recompute();
                assigned++;
                if (linked) {
                    links.placed(visit, bestRoute.start[bestPosition]);
                }
            }
        }
        assigned -= dropHalfPlanned(schedule, routes);
        for (Route route : routes) {
            route.shift.setVisits(new ArrayList<>(route.visits));
        }
        return assigned;
    }

    /**
     * Takes out the planned visit (every part of it) of each both-or-none dependency whose other visit found no
     * place: the rule is hard, and the search may plan both later. Returns how many visits went.
     */
    private static int dropHalfPlanned(CareSchedule schedule, List<Route> routes) {
        Map<String, Route> routeOf = new HashMap<>();
        for (Route route : routes) {
            route.visits.forEach(visit -> routeOf.put(visit.getId(), route));
        }
        Map<String, CareVisit> byId = new HashMap<>();
        schedule.getVisits().forEach(visit -> byId.put(visit.getId(), visit));
        int dropped = 0;
        for (CareDependency dependency : schedule.getDependencies()) {
            boolean before = routeOf.containsKey(dependency.beforeId());
            if (!dependency.bothOrNone() || before == routeOf.containsKey(dependency.afterId())) {
                continue;
            }
            CareVisit planned = byId.get(before ? dependency.beforeId() : dependency.afterId());
            for (CareVisit visit : planned.isPart() ? planned.getParts() : List.of(planned)) {
                Route route = routeOf.remove(visit.getId());
                int at = route == null ? -1 : route.visits.indexOf(visit);
                if (route != null && at >= route.pinned) {
                    route.visits.remove(at);
                    route.load -= visit.getDemand();
                    route.recompute();
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /**
     * Whether the visit cannot end before the shift does (its overtime allowance included), wherever it goes: an
     * evening visit is not tried at every position of every day shift (at 10 000 visits most of the greedy's time).
     */
    static boolean endsAfterShift(CareVisit visit, CareShift shift) {
        return visit.serviceStartFor(shift.getStart()) + visit.getDuration() > shift.getEnd() + shift.getRules()
                .getOvertimeAllowance();
    }

    /**
     * The start the visit waits for at this position: the window-adjusted floor where it would arrive and be ready
     * earlier, else {@code Long.MIN_VALUE} (it starts as it arrives).
     */
    private long forcedWait(Route route, CareVisit visit, int position, long floor) {
        long natural = visit.serviceStartFor(arrival(route, visit, position));
        return natural >= floor ? Long.MIN_VALUE : visit.serviceStartFor(floor);
    }

    private static boolean inRange(Route route, CareVisit visit, int position, long[] range) {
        long start = visit.serviceStartFor(arrival(route, visit, position));
        return start >= range[0] && start <= range[1];
    }

    /** A place a part could go, costed at the part's own arrival. */
    private record Candidate(Route route, int position, long arrival, long cost) {
    }

    /** Inserts both parts of a two-caregiver visit at the cheapest feasible pair of places; returns parts placed. */
    private int insertPair(List<Route> routes, List<CareVisit> parts, boolean dependent) {
        long[] range = dependent ? links.startRange(parts.get(0)) : new long[]{Long.MIN_VALUE, Long.MAX_VALUE};
        List<Candidate> first = candidates(routes, parts.get(0));
        List<Candidate> second = candidates(routes, parts.get(1));
        Candidate bestFirst = null;
        Candidate bestSecond = null;
        long bestStart = 0;
        long bestCost = Long.MAX_VALUE;
        for (Candidate a : first) {
            for (Candidate b : second) {
                if (a.route().shift.getCaregiverId().equals(b.route().shift.getCaregiverId())) {
                    continue;
                }
                long start = parts.get(0).serviceStartFor(Math.max(a.arrival(), b.arrival()));
                if (start > deadline(parts.get(0)) || start < range[0] || start > range[1]) {
                    continue;
                }
                long costA = insertionCost(a.route(), parts.get(0), a.position(), start);
                long costB = costA >= bestCost || costA == Long.MAX_VALUE || costA == Long.MIN_VALUE
                        ? Long.MAX_VALUE
                        : insertionCost(b.route(), parts.get(1), b.position(), start);
                if (costB == Long.MAX_VALUE || costB == Long.MIN_VALUE || costA + costB >= bestCost) {
                    continue;
                }
                bestCost = costA + costB;
                bestFirst = a;
                bestSecond = b;
                bestStart = start;
            }
        }
        if (bestFirst == null) {
            return 0;
        }
        partStart[parts.get(0).getIndex()] = bestStart;
        partStart[parts.get(1).getIndex()] = bestStart;
        if (dependent) {
            links.placed(parts.get(0), bestStart);
        }
        place(bestFirst.route(), bestFirst.position(), parts.get(0));
        place(bestSecond.route(), bestSecond.position(), parts.get(1));
        return 2;
    }

    private static void place(Route route, int position, CareVisit visit) {
        route.visits.add(position, visit);
        route.load += visit.getDemand();
        route.recompute();
    }

    private List<Candidate> candidates(List<Route> routes, CareVisit part) {
        List<Candidate> found = new ArrayList<>();
        for (Route route : routes) {
            CareShift shift = route.shift;
            if ((part.getSkillMask() & ~shift.getSkillMask()) != 0
                    || route.load + part.getDemand() > shift.getCapacity()
                    || part.getPinnedCaregiverId() != null && !part.getPinnedCaregiverId().equals(shift
                            .getCaregiverId())) {
                continue;
            }
            for (int position = 0; position <= route.visits.size(); position++) {
                long arrival = arrival(route, part, position);
                if (arrival > deadline(part)) {
                    break;
                }
                long cost = insertionCost(route, part, position);
                if (cost != Long.MAX_VALUE && cost != Long.MIN_VALUE) {
                    found.add(new Candidate(route, position, arrival, cost));
                }
            }
        }
        found.sort(Comparator.comparingLong(Candidate::cost));
        return found.size() > PAIR_CANDIDATES ? found.subList(0, PAIR_CANDIDATES) : found;
    }

    /**
     * When the caregiver reaches the visit inserted at {@code position}: leaving the previous place when free (not
     * before the re-planning time, see {@link CareVisit#departureAfter}), breaks not counted.
     */
    private static long arrival(Route route, CareVisit visit, int position) {
        CareVisit before = position == 0 ? null : route.visits.get(position - 1);
        long previousEnd = position == 0 ? route.shift.getStart() : route.end[position - 1];
        return RouteTiming.plainArrival(route.shift, before, visit, previousEnd);
    }

    /**
     * The preferred-window cost of serving the visit at this position, starting at {@code forcedStart} unless that is
     * {@code Long.MIN_VALUE}.
     */
    private long windowCost(Route route, CareVisit visit, int position, long forcedStart) {
        if (!careCosts.weighsWindow(visit)) {
            return 0;
        }
        return careCosts.windowCost(visit, forcedStart != Long.MIN_VALUE
                ? forcedStart
                : visit.serviceStartFor(arrival(route, visit, position)));
    }

    /** The latest arrival that keeps the hard windows and the preferred-window deviation cap. */
    private static long deadline(CareVisit visit) {
        if (visit.getPinnedStart() != CareVisit.UNSET) {
            return visit.getPinnedStart();
        }
        long[] ends = visit.getWindowEnds();
        long deadline = ends.length == 0 ? Long.MAX_VALUE : ends[ends.length - 1];
        CarePreferences care = visit.getCare();
        if (care.maxDeviation() != Long.MAX_VALUE) {
            deadline = Math.min(deadline, care.preferredEnd() + care.maxDeviation());
        }
        return deadline;
    }

    /**
     * The weighted travel added by inserting the visit before position {@code position}; {@code Long.MAX_VALUE} when
     * that breaks a hard rule, {@code Long.MIN_VALUE} when the visit would already be late at this position (then it
     * is late at every later one too).
     */
    private long insertionCost(Route route, CareVisit visit, int position) {
        return insertionCost(route, visit, position, Long.MIN_VALUE);
    }

    /**
     * As {@link #insertionCost(Route, CareVisit, int)}, with the service starting at {@code forcedStart} (the common
     * start of a linked visit) unless that is {@code Long.MIN_VALUE}.
     */
    private long insertionCost(Route route, CareVisit visit, int position, long forcedStart) {
        CareShift shift = route.shift;
        DenseTravelMatrix travel = shift.getTravel();
        List<CareVisit> visits = route.visits;
        int previousLocation = position == 0 ? shift.getStartLocation() : visits.get(position - 1).getLocation();
        long previousEnd = position == 0 ? shift.getStart() : route.end[position - 1];
        long deadline = deadline(visit);
        CareVisit before = position == 0 ? null : visits.get(position - 1);
        long departure = RouteTiming.departure(shift, before, visit, previousEnd);
        if (departure > deadline) {
            return Long.MIN_VALUE;
        }
        long arrival = departure + travel.durationSeconds(previousLocation, visit.getLocation());
        if (arrival > deadline) {
            return Long.MAX_VALUE;
        }
        if (forcedStart != Long.MIN_VALUE && arrival > forcedStart) {
            return Long.MAX_VALUE;
        }
        if (route.hasWorkingDayRules()) {
            return feasibleWithWorkingDayRules(route, visit, position, forcedStart)
                    ? travelCost(route, visit, position)
                    : Long.MAX_VALUE;
        }
        long time = (forcedStart == Long.MIN_VALUE ? visit.serviceStartFor(arrival) : forcedStart) + visit
                .getDuration();
        int location = visit.getLocation();
        boolean absorbed = false;
        CareVisit last = visit;
        for (int i = position; i < visits.size(); i++) {
            CareVisit next = visits.get(i);
            long nextArrival = RouteTiming.plainArrival(shift, last, next, time);
            last = next;
            if (nextArrival > deadline(next)) {
                return Long.MAX_VALUE;
            }
            long nextStart = next.serviceStartFor(nextArrival);
            if (next.isPart() || partStart[next.getIndex()] != Long.MIN_VALUE) {
                if (nextArrival > route.start[i]) {
                    // a placed part's start must not move: its partner waits for it (and a dependent visit that
                    // waits for its predecessor keeps its start too)
                    return Long.MAX_VALUE;
                }
                absorbed = true;
                break;
            }
            if (nextStart == route.start[i]) {
                absorbed = true;
                break;
            }
            if (links.isFixed(next)) {
                return Long.MAX_VALUE; // a placed visit with a dependency must keep its start
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
     * Times the whole route with the visit inserted ({@code null}: the route as it is), breaks and the
     * continuous-work law included, and checks every hard rule of the working day from {@code position} on (the
     * part before it does not change): windows, break windows, continuous work, shift end with overtime allowance
     * and maximum working time. Placed parts of linked visits (and the inserted one when {@code forcedStart} is set)
     * must be ready by their common start, so that an insertion never delays a partner route.
     */
    private boolean feasibleWithWorkingDayRules(Route route, CareVisit inserted, int position, long forcedStart) {
        CareShift shift = route.shift;
        List<CareVisit> visits = route.visits;
        long time = shift.getStart();
        long state = 0;
        int location = shift.getStartLocation();
        int count = inserted == null ? visits.size() : visits.size() + 1;
        CareVisit before = null;
        for (int i = 0; i < count; i++) {
            CareVisit visit = inserted != null && i == position
                    ? inserted
                    : visits.get(inserted != null && i > position ? i - 1 : i);
            long sync = inserted != null && visit == inserted
                    ? forcedStart
                    : partStart[visit.getIndex()];
            timing.visit(shift, before, time, state, visit, sync);
            if (i >= position && timing.violation(visit.getDuration(), deadline(visit), sync) > 0) {
                return false;
            }
            before = visit;
            state = timing.state();
            time = timing.end();
            location = visit.getLocation();
        }
        return timing.end(shift, location, time, state).endViolation() == 0;
    }
}
