package org.careroute.core.internal.search;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * The search's own copy of the routes in primitive arrays, for ranking insertions fast. Per route it keeps the
 * service end of every visit (forward pass) and the latest arrival at every position that keeps the rest of the
 * route feasible (backward pass over time windows with waiting, the shift end), so checking an insertion is O(1)
 * per time window of the inserted visit. It knows the basic rules only (windows, shift end, capacity, skills, and
 * when re-planning the pinned started visits and departures not before "now", see {@link CareVisit#departureAfter}):
 * Timefold's score stays the judge of every change, see {@link RuinRecreatePhase}.
 *
 * <p>
 * Routes whose shifts have breaks, the continuous-work law, a maximum working time or an overtime allowance
 * ({@link #isTimed timed} routes) are timed with {@link WorkingDay}, as the score and the plan time them: the O(1) test
 * (which ignores breaks and so never refuses what would fit with them) filters, and an insertion that passes it is
 * then driven from its position until the route's times and working-day state meet the old ones again; it is refused
 * if it adds hard violations (lateness, late breaks, continuous work, shift end, working time, a part no longer
 * ready for its partners' common start) to the route.
 *
 * <p>
 * The route state, its undo log and snapshots are {@link RouteState}'s; the teams' workload balance is
 * {@link TeamBalance}'s.
 *
 * <p>
 * The parts of a visit served by several caregivers move together: {@link #removeGroup} takes every part out,
 * {@link #partOption} and {@link #insertGroup} put them into distinct routes with one synchronised start (the latest
 * of the parts' ready times). A part in a route keeps its visit's synchronised start ({@link #syncStart}) as a fixed
 * start: the backward pass lets nothing delay it, so the estimate never desynchronises the parts. After Timefold
 * accepted a change, {@link #refreshSyncStarts} reads the real starts back. Visits linked by dependencies move as a
 * group ({@link #group}): each keeps its start the same way, and a dependent visit is inserted with a start inside
 * the gaps after its placed predecessors ({@link #dependencyFloor}, {@link #dependencyCeiling}). Pinned visits (and
 * every visit linked to one) are not {@link #isMovable movable}: the search only inserts other visits around them,
 * Timefold's own local search moves them ({@link SearchPhases}).
 */
final class SearchRoutes extends RouteState {

    static final long INFEASIBLE = Long.MAX_VALUE;
    /** Insertion result: too late here and at every later position of the route. */
    static final long TOO_LATE = Long.MIN_VALUE;
    // the last option computed by partOption
    private long optionReady;
    private long optionLatestStart;
    private long optionArrival;
    /** Arrival at the next visit minus the start (0 at the end of the route). */
    private long optionNextShift;
    private final long timeWeight;
    private final long distanceWeight;
    /** Weight of a minute waited (not before a route's first visit); 0: waiting is not estimated. */
    private final long waitingWeight;
    /** Weight of a minute waited before a route's first visit, leaving at the shift start. */
    private final long firstWaitingWeight;
    /** Whether waiting is estimated at all (a weight above 0). */
    private final boolean waits;
    /** Weight of a second started after the preferred window ends; 0: tardiness is not estimated. */
    private final long tardinessWeight;
    /** Weight of a second started after the end of the soft window the service starts in; 0: not estimated. */
    private final long softLatenessWeight;
    /** Whether tardiness (after preferred or soft windows) is estimated. */
    private final boolean estimatesTardiness;
    /** Whether arrivals are kept (waiting or tardiness estimated). */
    private final boolean keepsArrivals;
    /** Whether a visit with several soft windows can be less late when it starts later (in a later window). */
    private final boolean laterCanBeLessLate;
    /** The teams' workload balance, or {@code null} when it is not estimated. */
    private TeamBalance balance;
    private final RouteTiming timing = new RouteTiming();
    private final TimedProbe probe = new TimedProbe(this);

    private SearchRoutes(CareVisit[] visits, CareShift[] shifts, long timeWeight, long distanceWeight,
            long waitingWeight, long firstWaitingWeight, long tardinessWeight, long softLatenessWeight,
            List<CareDependency> dependencies) {
        super(visits, shifts, dependencies);
        this.timeWeight = timeWeight;
        this.distanceWeight = distanceWeight;
        this.waitingWeight = waitingWeight;
        this.firstWaitingWeight = firstWaitingWeight;
        this.waits = waitingWeight != 0 || firstWaitingWeight != 0;
        boolean windows = false;
        for (long end : facts.preferredEnd) {
            windows |= end != ALWAYS;
        }
        this.tardinessWeight = windows ? tardinessWeight : 0;
        boolean softWindows = false;
        boolean severalSoftWindows = false;
        for (CareVisit visit : visits) {
            softWindows |= visit.facts().hasSoftWindows();
            severalSoftWindows |= visit.facts().hasSoftWindows() && visit.facts().windowStarts().length > 1;
        }
        this.softLatenessWeight = softWindows ? softLatenessWeight : 0;
        this.estimatesTardiness = this.tardinessWeight != 0 || this.softLatenessWeight != 0;
        this.keepsArrivals = waits || estimatesTardiness;
        this.laterCanBeLessLate = severalSoftWindows;
    }

    /**
     * Mirrors the routes of a (working) schedule. Visits are numbered by their place in
     * {@link CareSchedule#getVisits()} (not by {@link CareVisit#getIndex()}, which the parts of a visit share), routes
     * by the order of {@link CareSchedule#getShifts()}.
     */
    static SearchRoutes of(CareSchedule schedule, long timeWeight, long distanceWeight) {
        return of(schedule, timeWeight, distanceWeight, 0, 0, 0, 0);
    }

    /**
     * As {@link #of(CareSchedule, long, long)}, with waiting in the costs: {@code waitingWeight} per minute waited
     * before a visit that is not the first of its route, {@code firstWaitingWeight} per minute waited before the
     * first one (leaving at the shift start), estimated in seconds; the teams' workload balance: {@code
     * fairnessWeight} per squared minute of deviation from the team mean, as {@code workload-fairness} counts it
     * (caregivers' travel and service minutes); and tardiness: {@code tardinessWeight} per second a service starts
     * after its preferred window ends, as {@code preferred-window} counts it (of the inserted visit and of the later
     * visits it delays).
     */
    static SearchRoutes of(CareSchedule schedule, long timeWeight, long distanceWeight, long waitingWeight,
            long firstWaitingWeight, long fairnessWeight, long tardinessWeight) {
        CareVisit[] visits = schedule.getVisits().toArray(new CareVisit[0]);
        CareShift[] shifts = schedule.getShifts().toArray(new CareShift[0]);
        SearchRoutes routes = new SearchRoutes(visits, shifts, timeWeight, distanceWeight, waitingWeight,
                firstWaitingWeight, tardinessWeight, weightOf(schedule, CareConstraint.SOFT_WINDOW_LATENESS), schedule
                        .getDependencies());
        routes.valueWeight = weightOf(schedule, CareConstraint.OPTIONAL_VISIT_VALUE);
        if (fairnessWeight != 0) {
            routes.balance = TeamBalance.of(shifts, fairnessWeight);
        }
        routes.load(schedule);
        return routes;
    }

    /** The schedule's weight of a soft rule (its default without overrides). */
    private static long weightOf(CareSchedule schedule, CareConstraint rule) {
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = schedule.getConstraintWeightOverrides();
        HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(rule.id());
        return weight == null ? rule.defaultWeight() : weight.softScore();
    }

    /** Weighted travel cost between the start location of route {@code r}'s shift and the visit. */
    long costFromStart(int r, int visit) {
        return legCost(r, shifts[r].getStartLocation(), facts.location[visit]);
    }

    /** Whether two routes are empty shifts that any visit would fit the same way (same times, places, rules). */
    boolean sameEmptyRoute(int a, int b) {
        CareShift x = shifts[a];
        CareShift y = shifts[b];
        return size[a] == 0 && size[b] == 0 && x.getStart() == y.getStart() && x.getEnd() == y.getEnd()
                && x.getStartLocation() == y.getStartLocation() && x.getEndLocation() == y.getEndLocation()
                && x.getSkillMask() == y.getSkillMask() && x.getCapacity() == y.getCapacity()
                && x.getTravel() == y.getTravel();
    }

    /**
     * Whether the route's shift may serve the visit at all (skills; the service can end before the shift does) and
     * has room for its demand.
     */
    boolean canServe(int r, int visit) {
        CareShift shift = shifts[r];
        return (facts.skillMask[visit] & ~shift.getSkillMask()) == 0
                && (!shift.hasCapacityLimit() || load[r] + facts.demand[visit] <= shift.getCapacity())
                && visits[visit].facts().serviceStartFor(shift.getStart()) + facts.duration[visit] <= shift.getEnd()
                        + shift
                                .getRules().getOvertimeAllowance();
    }

    /**
     * The weighted travel added by inserting {@code visit} before {@code position} of route {@code r};
     * {@link #INFEASIBLE} when that breaks a time window or the shift end, {@link #TOO_LATE} when the visit is already
     * late at this position (and so at every later one). Skills and capacity: {@link #canServe}.
     */
    long insertionCost(int r, int visit, int position) {
        int[] location = facts.location;
        long[] duration = facts.duration;
        long[] deadline = facts.deadline;
        CareShift shift = shifts[r];
        DenseTravelMatrix matrix = travel[r];
        int[] visitsOfRoute = route[r];
        int previousLocation = position == 0 ? shift.getStartLocation() : location[visitsOfRoute[position - 1]];
        int here = location[visit];
        long departure = departureTowards(r, visit, position);
        long arrival = departure + matrix.durationSeconds(previousLocation, here);
        // a timed route that already breaks a rule from here on is judged by the exact check alone: an insertion
        // that moves its breaks can make it better, which the break-free bounds cannot see
        boolean exactOnly = timed[r] && violationFrom[r][position] > 0;
        if (arrival > deadline[visit] && !exactOnly) {
            return departure > deadline[visit] ? TOO_LATE : INFEASIBLE;
        }
        long end = serviceStart(visit, arrival) + duration[visit];
        int nextLocation = position < size[r] ? location[visitsOfRoute[position]] : shift.getEndLocation();
        long nextDeparture = position < size[r]
                ? RouteTiming.departure(shift, visits[visit], visits[visitsOfRoute[position]], end)
                : end;
        long nextArrival = nextLocation < 0 ? end : nextDeparture + matrix.durationSeconds(here, nextLocation);
        if (nextArrival > latestArrival[r][position] && !exactOnly) {
            return INFEASIBLE;
        }
        if (timed[r] && !timedInsertionKeepsRules(r, visit, position)) {
            return INFEASIBLE;
        }
        long added = legCost(r, previousLocation, here) + legCost(r, here, nextLocation);
        long waiting = waits ? waitingChange(r, position, end - duration[visit] - arrival, nextArrival) : 0;
        long tardiness = !estimatesTardiness
                ? 0
                : tardinessChange(r, visit, end - duration[visit], position,
                        nextArrival);
        long fairness = balance == null
                ? 0
                : balance.change(r, workAdded(r, visit, previousLocation, nextLocation));
        return added - legCost(r, previousLocation, nextLocation) + waiting + tardiness + fairness;
    }

    /**
     * The weighted tardiness a visit starting at {@code start} before {@code position} of route r adds, its own and
     * that of the later visits when the visit there then arrives at {@code nextArrival} (pushed forward until waiting
     * absorbs the delay; a visit kept at its synchronised start absorbs it too).
     */
    private long tardinessChange(int r, int visit, long start, int position, long nextArrival) {
        long added = tardiness(visit, start);
        long push = position < size[r] ? nextArrival - arrivalAt[r][position] : 0;
        int[] visitsOfRoute = route[r];
        long[] durations = facts.duration;
        for (int i = position; i < size[r] && push > 0; i++) {
            int v = visitsOfRoute[i];
            long oldStart = serviceEnd[r][i] - durations[v];
            long newStart = Math.max(oldStart, serviceStart(v, arrivalAt[r][i] + push));
            added += tardiness(v, newStart) - tardiness(v, oldStart);
            push = newStart - oldStart;
        }
        return added;
    }

    /** The weighted tardiness of a visit starting at {@code start}: after its preferred window and its soft window. */
    private long tardiness(int visit, long start) {
        long late = tardinessWeight * Math.max(0, start - facts.preferredEnd[visit]);
        return softLatenessWeight == 0
                ? late
                : late + softLatenessWeight * visits[visit].facts().softWindowLateness(start);
    }

    /**
     * Change of the waiting cost of route r when a visit waiting {@code ownWait} is inserted before {@code position}
     * and the visit there then arrives at {@code nextArrival}: a later arrival is absorbed by the waiting at that visit
     * and the later ones (push forward); a visit inserted first waits as the first visit, and the former first one
     * starts counting as an ordinary one.
     */
    private long waitingChange(int r, int position, long ownWait, long nextArrival) {
        long absorbed = 0;
        if (position < size[r]) {
            long push = Math.max(0, nextArrival - arrivalAt[r][position]);
            absorbed = Math.min(push, waitSuffix[r][position]);
        }
        if (position > 0) {
            return waitingCost(waitingWeight, ownWait - absorbed);
        }
        long formerFirst = size[r] == 0 ? 0 : waitSuffix[r][0] - waitSuffix[r][1];
        return waitingCost(firstWaitingWeight, ownWait - formerFirst) + waitingCost(waitingWeight, formerFirst
                - absorbed);
    }

    private static long waitingCost(long weight, long seconds) {
        return weight * seconds / 60;
    }

    /** When the caregiver of route {@code r} leaves for the visit inserted before {@code position}. */
    private long departureTowards(int r, int visit, int position) {
        CareShift shift = shifts[r];
        long previousEnd = position == 0 ? shift.getStart() : serviceEnd[r][position - 1];
        return RouteTiming.departure(shift, position == 0 ? null : visits[route[r][position - 1]], visits[visit],
                previousEnd);
    }

    /**
     * Inserting part {@code visit} of a visit with parts before {@code position} of route {@code r}: the weighted
     * travel added as {@link #insertionCost} returns it (or {@link #INFEASIBLE}, {@link #TOO_LATE}); when feasible,
     * {@link #optionReady()} is when this caregiver could start the service there and {@link #optionLatestStart()}
     * the latest synchronised start the route allows there (later visits, windows, shift end).
     */
    long partOption(int r, int visit, int position) {
        int[] location = facts.location;
        long[] duration = facts.duration;
        long[] deadline = facts.deadline;
        CareShift shift = shifts[r];
        DenseTravelMatrix matrix = travel[r];
        int[] visitsOfRoute = route[r];
        int previousLocation = position == 0 ? shift.getStartLocation() : location[visitsOfRoute[position - 1]];
        int here = location[visit];
        long departure = departureTowards(r, visit, position);
        long arrival = departure + matrix.durationSeconds(previousLocation, here);
        if (arrival > deadline[visit]) {
            return departure > deadline[visit] ? TOO_LATE : INFEASIBLE;
        }
        long ready = serviceStart(visit, arrival);
        int nextLocation = position < size[r] ? location[visitsOfRoute[position]] : shift.getEndLocation();
        long drive = nextLocation < 0 ? 0 : matrix.durationSeconds(here, nextLocation);
        long limit = latestArrival[r][position];
        if (limit <= NEVER) {
            return INFEASIBLE;
        }
        long latestStart = Math.min(deadline[visit], limit - drive - duration[visit]);
        if (ready > latestStart) {
            return INFEASIBLE;
        }
        optionReady = ready;
        optionLatestStart = latestStart;
        optionArrival = arrival;
        optionNextShift = position < size[r] ? duration[visit] + drive - arrivalAt[r][position] : 0;
        long added = legCost(r, previousLocation, here) + legCost(r, here, nextLocation);
        long fairness = balance == null
                ? 0
                : balance.change(r, workAdded(r, visit, previousLocation, nextLocation));
        return added - legCost(r, previousLocation, nextLocation) + fairness;
    }

    /**
     * The costs of a part option ({@link #partOption} of {@code visit} in route r before {@code position}, with its
     * {@link #optionArrival()} and {@link #optionNextShift()}) that depend on the start: waiting and tardiness when
     * the parts start at {@code start}; 0 when neither is estimated.
     */
    long optionStartCost(int visit, long start, long arrival, int r, int position, long nextShift) {
        if (!keepsArrivals) {
            return 0;
        }
        long nextArrival = position < size[r] ? start + nextShift + arrivalAt[r][position] : 0;
        long waiting = waits ? waitingChange(r, position, start - arrival, nextArrival) : 0;
        return !estimatesTardiness ? waiting : waiting + tardinessChange(r, visit, start, position, nextArrival);
    }

    /**
     * A lower bound of {@link #optionStartCost} for all starts from {@code start}, or {@link #TOO_LATE}: the cost at
     * {@code start}, as later starts only add waiting and tardiness, except before a route's first visit when waiting
     * is weighed (the former first visit's waiting gets absorbed) and when a later soft window is less late.
     */
    long optionStartCostBound(int visit, long start, long arrival, int r, int position, long nextShift) {
        return laterCanBeLessLate || waits && position == 0 && size[r] > 0
                ? TOO_LATE
                : optionStartCost(visit, start, arrival, r, position, nextShift);
    }

    /** Whether costs beyond travel depend on a part's start ({@link #optionStartCost}). */
    boolean estimatesStartCosts() {
        return keepsArrivals;
    }

    long optionArrival() {
        return optionArrival;
    }

    long optionNextShift() {
        return optionNextShift;
    }

    long optionReady() {
        return optionReady;
    }

    long optionLatestStart() {
        return optionLatestStart;
    }

    /**
     * Puts the pooled parts {@code parts[k]} into routes {@code routesOf[k]} (distinct) before {@code positions[k]},
     * all starting at {@code start} (the arrays may be longer than {@code parts}).
     */
    void insertGroup(int[] parts, int[] routesOf, int[] positions, long start) {
        for (int k = 0; k < parts.length; k++) {
            setSyncStart(parts[k], start);
        }
        for (int k = 0; k < parts.length; k++) {
            insert(parts[k], routesOf[k], positions[k]);
        }
    }

    /**
     * After Timefold scored and kept this iteration's routes: reads the real synchronised start of every part in a
     * touched route back (the estimate keeps a start where it was even when removals let the parts start earlier)
     * and recomputes the routes of parts whose start changed; the same for every visit linked by a dependency. Call
     * before {@link #commit()}.
     */
    void refreshSyncStarts() {
        int count = touchedCount;
        for (int i = 0; i < count; i++) {
            int r = touchedRoutes[i];
            for (int p = 0; p < size[r]; p++) {
                int v = route[r][p];
                int[] group = facts.siblings[v];
                if (group == null) {
                    continue;
                }
                long real = visits[v].getServiceStart();
                if (real == CareVisit.UNSET || real == syncStart[v]) {
                    continue;
                }
                for (int part : group) {
                    syncStart[part] = real;
                    if (routeOf[part] >= 0 && routeOf[part] != r) {
                        recompute(routeOf[part]);
                    }
                }
                recompute(r);
            }
        }
        // a dependent visit moves with its predecessor's start, which may lie in any route
        for (int v : facts.dependentNumbers) {
            int r = routeOf[v];
            if (r < 0) {
                continue;
            }
            long real = visits[v].getServiceStart();
            if (real != CareVisit.UNSET && real != syncStart[v]) {
                syncStart[v] = real;
                recompute(r);
            }
        }
    }

    /** Workload seconds (service and travel) that inserting the visit between two locations adds to route r. */
    private long workAdded(int r, int visit, int previousLocation, int nextLocation) {
        DenseTravelMatrix matrix = travel[r];
        int here = facts.location[visit];
        long drive = matrix.durationSeconds(previousLocation, here);
        if (nextLocation >= 0) {
            drive += matrix.durationSeconds(here, nextLocation) - matrix.durationSeconds(previousLocation,
                    nextLocation);
        }
        return facts.duration[visit] + drive;
    }

    /** Whether route {@code r}'s shift is timed with {@link WorkingDay} (breaks and working-time rules). */
    boolean isTimed(int r) {
        return timed[r];
    }

    /** See {@link TimedProbe#addedViolation}. */
    long addedViolation(int r, int visit, int position) {
        return probe.addedViolation(r, visit, position);
    }

    /** See {@link TimedProbe#violationFrom}. */
    long violationFrom(int r, int inserted, int position) {
        return probe.violationFrom(r, inserted, position);
    }

    /** See {@link TimedProbe#timedInsertionKeepsRules}. */
    boolean timedInsertionKeepsRules(int r, int visit, int position) {
        return probe.timedInsertionKeepsRules(r, visit, position);
    }

    private long legCost(int r, int from, int to) {
        if (to < 0) {
            return 0;
        }
        DenseTravelMatrix matrix = travel[r];
        return timeWeight * matrix.durationSeconds(from, to) + distanceWeight * matrix.distanceMeters(from, to);
    }

    long serviceStart(int visit, long ready) {
        long arrival = Math.max(ready, facts.heldStart[visit]);
        long[] ends = facts.windowEnds[visit];
        for (int i = 0; i < ends.length; i++) {
            if (arrival <= ends[i]) {
                return Math.max(arrival, facts.windowStarts[visit][i]);
            }
        }
        return arrival;
    }

    /** The latest arrival at the visit that lets its service start by {@code latestStart}; {@link #NEVER} if none. */
    private long latestArrivalFor(int visit, long latestStart) {
        long[] starts = facts.windowStarts[visit];
        long[] ends = facts.windowEnds[visit];
        if (ends.length == 0) {
            return latestStart;
        }
        long best = NEVER;
        for (int i = 0; i < ends.length; i++) {
            if (starts[i] <= latestStart) {
                best = Math.max(best, Math.min(ends[i], latestStart));
            }
        }
        return best;
    }

    // ************************************************************************
    // Route times and the timed probe
    // ************************************************************************

    @Override
    void recompute(int r) {
        noFit.changed(r);
        int[] location = facts.location;
        long[] duration = facts.duration;
        long[] deadline = facts.deadline;
        long[] demand = facts.demand;
        CareShift shift = shifts[r];
        DenseTravelMatrix matrix = travel[r];
        int[] visitsOfRoute = route[r];
        int n = size[r];
        long[] ends = serviceEnd[r];
        long[] arrivals = arrivalAt[r];
        long time = shift.getStart();
        int at = shift.getStartLocation();
        long routeLoad = 0;
        long routeCost = 0;
        boolean timedRoute = timed[r];
        long[] states = dayState[r];
        long[] violations = violationFrom[r];
        long state = 0;
        long work = 0;
        for (int i = 0; i < n; i++) {
            int v = visitsOfRoute[i];
            CareVisit before = i == 0 ? null : visits[visitsOfRoute[i - 1]];
            routeCost += legCost(r, at, location[v]);
            work += matrix.durationSeconds(at, location[v]) + duration[v];
            long arrival;
            long start;
            if (timedRoute) {
                // syncStart: the part's synchronised start (UNSET = Long.MIN_VALUE: none), as RouteTiming takes it
                timing.visit(shift, before, time, state, visits[v], syncStart[v]);
                arrival = timing.arrival();
                start = timing.end() - duration[v];
                state = timing.state();
                states[i] = state;
                violations[i] = timing.violation(duration[v], deadline[v], syncStart[v]);
            } else {
                arrival = RouteTiming.plainArrival(shift, before, visits[v], time);
                start = serviceStart(v, arrival);
                if (syncStart[v] != CareVisit.UNSET && syncStart[v] > start) {
                    start = syncStart[v];
                }
            }
            time = start + duration[v];
            ends[i] = time;
            if (keepsArrivals) {
                arrivals[i] = arrival;
                waitSuffix[r][i] = start - arrival;
                routeCost += tardiness(v, start);
            }
            at = location[v];
            routeLoad += demand[v];
        }
        if (timedRoute) {
            violations[n] = n == 0 ? 0 : timing.end(shift, at, time, state).endViolation();
            for (int i = n - 1; i >= 0; i--) {
                violations[i] += violations[i + 1];
            }
        }
        int endLocation = shift.getEndLocation();
        if (n > 0) {
            routeCost += legCost(r, at, endLocation);
            work += endLocation < 0 ? 0 : matrix.durationSeconds(at, endLocation);
        }
        if (balance != null) {
            totalCost += balance.setRouteWork(r, work);
        }
        if (waits) {
            long[] suffix = waitSuffix[r];
            suffix[n] = 0;
            for (int i = n - 1; i >= 0; i--) {
                suffix[i] += suffix[i + 1];
            }
            routeCost += n > 1 ? waitingCost(waitingWeight, suffix[1]) : 0;
            routeCost += n > 0 ? waitingCost(firstWaitingWeight, suffix[0] - suffix[1]) : 0;
        }
        long[] latest = latestArrival[r];
        // the hard shift-end rule starts after the overtime allowance
        latest[n] = shift.getEnd() + shift.getRules().getOvertimeAllowance();
        for (int i = n - 1; i >= 0; i--) {
            int v = visitsOfRoute[i];
            int next = i + 1 < n ? location[visitsOfRoute[i + 1]] : endLocation;
            long drive = next < 0 ? 0 : matrix.durationSeconds(location[v], next);
            // re-planning: the next visit may not be left for before "now", however early this one ends
            long earliestDeparture = i + 1 < n
                    ? RouteTiming.departure(shift, visits[v], visits[visitsOfRoute[i + 1]], NEVER)
                    : NEVER;
            long bound = latest[i + 1] <= NEVER || earliestDeparture + drive > latest[i + 1]
                    ? NEVER
                    : latest[i + 1] - drive - duration[v];
            if (syncStart[v] != CareVisit.UNSET) {
                // a part (or a visit linked by a dependency) starts at its synchronised start: it must be there by
                // then, and nothing may delay it
                latest[i] = bound <= NEVER || syncStart[v] > bound ? NEVER : syncStart[v];
            } else {
                latest[i] = bound <= NEVER ? NEVER : latestArrivalFor(v, bound);
            }
        }
        load[r] = routeLoad;
        totalCost += routeCost - cost[r];
        cost[r] = routeCost;
    }

}
