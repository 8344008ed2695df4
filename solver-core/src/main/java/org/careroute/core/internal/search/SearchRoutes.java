package org.careroute.core.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareTeam;
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
 * Changes within one iteration are undone with {@link #rollback()}: each route is saved the first time it is touched.
 *
 * <p>
 * The parts of a visit served by several caregivers move together: {@link #removeGroup} takes every part out,
 * {@link #partOption} and {@link #insertGroup} put them into distinct routes with one synchronised start (the latest
 * of the parts' ready times). A part in a route keeps its visit's synchronised start ({@link #syncStart}) as a fixed
 * start: the backward pass lets nothing delay it, so the estimate never desynchronises the parts. After Timefold
 * accepted a change, {@link #refreshSyncStarts} reads the real starts back. Visits with dependencies and pinned visits
 * (and every part of a visit with one of them) are not {@link #isMovable movable}: the search only inserts other
 * visits around them, Timefold's own local search moves them ({@link SearchPhases}).
 */
final class SearchRoutes {

    static final long INFEASIBLE = Long.MAX_VALUE;
    /** Insertion result: too late here and at every later position of the route. */
    static final long TOO_LATE = Long.MIN_VALUE;
    private static final long NEVER = Long.MIN_VALUE / 4;
    private static final long ALWAYS = Long.MAX_VALUE / 4;

    final CareVisit[] visits;
    final CareShift[] shifts;
    private final int[] location;
    private final long[] duration;
    private final long[][] windowStarts;
    private final long[][] windowEnds;
    private final long[] deadline;
    /** A started visit's published start, which it keeps when re-planning ({@link CareVisit#getHeldStart()}). */
    private final long[] heldStart;
    private final long[] demand;
    private final long[] skillMask;
    private final boolean[] mandatory;
    private final int[] priority;
    private final boolean[] movable;
    /** The numbers of all parts of a part's visit (itself included), {@code null} for an ordinary visit. */
    private final int[][] siblings;
    /** The synchronised start of a part in a route ({@link CareVisit#UNSET} when not known). */
    private final long[] syncStart;
    /**
     * Visits linked by a dependency (either side; every part of such a visit): kept at their start like parts, since
     * a dependent visit waits for its predecessor's start plus the gap, which the estimate does not model.
     */
    private final boolean[] dependentVisit;
    private final int[] dependentNumbers;
    // undo log of synchronised starts set in one iteration
    private int[] syncLogVisit = new int[16];
    private long[] syncLogValue = new long[16];
    private int syncLogCount;
    // the last option computed by partOption
    private long optionReady;
    private long optionLatestStart;
    private long optionArrival;
    /** Arrival at the next visit minus the start (0 at the end of the route). */
    private long optionNextShift;
    /** Search number of every visit (its place in {@link CareSchedule#getVisits()}). */
    private final Map<CareVisit, Integer> numberOf;
    private final DenseTravelMatrix[] travel;
    private final long timeWeight;
    private final long distanceWeight;
    /** Weight of a minute waited (not before a route's first visit); 0: waiting is not estimated. */
    private final long waitingWeight;
    /** Weight of a minute waited before a route's first visit, leaving at the shift start. */
    private final long firstWaitingWeight;
    /** Whether waiting is estimated at all (a weight above 0). */
    private final boolean waits;
    /** Weight of the team workload balance ({@code workload-fairness}: squared minutes); 0: not estimated. */
    private long fairnessWeight;
    /** Per route its caregiver's number, per caregiver its team's number (-1: none). */
    private int[] caregiverOfRoute;
    private int[] teamOfCaregiver;
    /** Workload seconds (travel and service) per route and per caregiver. */
    private long[] routeWork;
    private long[] caregiverWork;
    /** Per team: size, sum and sum of squares of the caregivers' whole workload minutes. */
    private long[] teamSize;
    private long[] teamSum;
    private long[] teamSumOfSquares;

    private final int[][] route;
    private final int[] size;
    private final long[] load;
    private final long[] cost;
    private long[][] serviceEnd;
    private long[][] latestArrival;
    /** Timed routes: the working-day state after each visit ({@link WorkingDay#pack}). */
    private long[][] dayState;
    /** Timed routes: hard violation seconds from each position to the route's end (index {@code size}: the end). */
    private long[][] violationFrom;
    private final boolean[] timed;
    private final RouteTiming timing = new RouteTiming();
    /** Arrival at every position (kept when waiting is estimated). */
    private long[][] arrivalAt;
    /** Seconds waited at this position and every later one (kept when waiting is estimated). */
    private long[][] waitSuffix;
    private final int[] routeOf;
    private final int[] positionOf;
    private final int[] pool;
    private final int[] poolPosition;
    private int poolSize;
    private long totalCost;
    private int unassignedMandatory;
    private long unassignedPriority;

    // undo log of one iteration
    private final boolean[] touched;
    private final int[] touchedRoutes;
    private int touchedCount;
    private final int[][] savedRoute;
    private final int[] savedSize;
    private final int[] savedPool;
    private int savedPoolSize;
    private boolean poolSaved;

    private SearchRoutes(CareVisit[] visits, CareShift[] shifts, long timeWeight, long distanceWeight,
            long waitingWeight, long firstWaitingWeight, Set<String> dependent) {
        this.visits = visits;
        this.shifts = shifts;
        this.timeWeight = timeWeight;
        this.distanceWeight = distanceWeight;
        this.waitingWeight = waitingWeight;
        this.firstWaitingWeight = firstWaitingWeight;
        this.waits = waitingWeight != 0 || firstWaitingWeight != 0;
        int n = visits.length;
        int m = shifts.length;
        location = new int[n];
        duration = new long[n];
        windowStarts = new long[n][];
        windowEnds = new long[n][];
        deadline = new long[n];
        heldStart = new long[n];
        demand = new long[n];
        skillMask = new long[n];
        mandatory = new boolean[n];
        priority = new int[n];
        movable = new boolean[n];
        siblings = new int[n][];
        syncStart = new long[n];
        numberOf = new IdentityHashMap<>(2 * n);
        for (int v = 0; v < n; v++) {
            numberOf.put(visits[v], v);
        }
        dependentVisit = new boolean[n];
        int dependentCount = 0;
        for (int v = 0; v < n; v++) {
            CareVisit visit = visits[v];
            boolean linked = dependent.contains(visit.getId());
            if (visit.isPart()) {
                for (CareVisit part : visit.getParts()) {
                    linked |= dependent.contains(part.getId());
                }
            }
            dependentVisit[v] = linked;
            dependentCount += linked ? 1 : 0;
        }
        dependentNumbers = new int[dependentCount];
        for (int v = 0, k = 0; v < n; v++) {
            if (dependentVisit[v]) {
                dependentNumbers[k++] = v;
            }
        }
        for (int v = 0; v < n; v++) {
            CareVisit visit = visits[v];
            syncStart[v] = CareVisit.UNSET;
            movable[v] = visit.getPinnedCaregiverId() == null && visit.getPinnedStart() == CareVisit.UNSET
                    && !dependent.contains(visit.getId());
            if (visit.isPart()) {
                List<CareVisit> parts = visit.getParts();
                int[] numbers = new int[parts.size()];
                for (int k = 0; k < numbers.length; k++) {
                    CareVisit part = parts.get(k);
                    Integer number = numberOf.get(part);
                    numbers[k] = number == null ? v : number;
                    movable[v] &= part.getPinnedCaregiverId() == null && part.getPinnedStart() == CareVisit.UNSET
                            && !dependent.contains(part.getId());
                }
                siblings[v] = numbers;
            }
            location[v] = visit.getLocation();
            duration[v] = visit.getDuration();
            windowStarts[v] = visit.getWindowStarts();
            windowEnds[v] = visit.getWindowEnds();
            long[] ends = windowEnds[v];
            deadline[v] = ends.length == 0 ? ALWAYS : ends[ends.length - 1];
            heldStart[v] = visit.getHeldStart();
            demand[v] = visit.getDemand();
            skillMask[v] = visit.getSkillMask();
            mandatory[v] = visit.isMandatory();
            priority[v] = visit.getPriority();
        }
        travel = new DenseTravelMatrix[m];
        route = new int[m][];
        size = new int[m];
        load = new long[m];
        cost = new long[m];
        serviceEnd = new long[m][];
        latestArrival = new long[m][];
        dayState = new long[m][];
        violationFrom = new long[m][];
        timed = new boolean[m];
        arrivalAt = new long[m][];
        waitSuffix = new long[m][];
        for (int r = 0; r < m; r++) {
            travel[r] = shifts[r].getTravel();
            route[r] = new int[8];
            serviceEnd[r] = new long[8];
            latestArrival[r] = new long[9];
            dayState[r] = new long[8];
            violationFrom[r] = new long[9];
            timed[r] = RouteTiming.checksWorkingDay(shifts[r]);
            arrivalAt[r] = new long[8];
            waitSuffix[r] = new long[9];
        }
        routeOf = new int[n];
        positionOf = new int[n];
        pool = new int[n];
        poolPosition = new int[n];
        touched = new boolean[m];
        touchedRoutes = new int[m];
        savedRoute = new int[m][];
        savedSize = new int[m];
        savedPool = new int[n];
    }

    /**
     * Mirrors the routes of a (working) schedule. Visits are numbered by their place in
     * {@link CareSchedule#getVisits()} (not by {@link CareVisit#getIndex()}, which the parts of a visit share), routes
     * by the order of {@link CareSchedule#getShifts()}.
     */
    static SearchRoutes of(CareSchedule schedule, long timeWeight, long distanceWeight) {
        return of(schedule, timeWeight, distanceWeight, 0, 0);
    }

    /**
     * As {@link #of(CareSchedule, long, long)}, with waiting in the costs: {@code waitingWeight} per minute waited
     * before a visit that is not the first of its route, {@code firstWaitingWeight} per minute waited before the
     * first one (leaving at the shift start), estimated in seconds.
     */
    static SearchRoutes of(CareSchedule schedule, long timeWeight, long distanceWeight, long waitingWeight,
            long firstWaitingWeight) {
        return of(schedule, timeWeight, distanceWeight, waitingWeight, firstWaitingWeight, 0);
    }

    /**
     * As {@link #of(CareSchedule, long, long, long, long)}, with the teams' workload balance in the costs:
     * {@code fairnessWeight} per squared minute of deviation from the team mean, as {@code workload-fairness} counts
     * it (caregivers' travel and service minutes).
     */
    static SearchRoutes of(CareSchedule schedule, long timeWeight, long distanceWeight, long waitingWeight,
            long firstWaitingWeight, long fairnessWeight) {
        CareVisit[] visits = schedule.getVisits().toArray(new CareVisit[0]);
        Set<String> dependent = new HashSet<>();
        for (CareDependency dependency : schedule.getDependencies()) {
            dependent.add(dependency.beforeId());
            dependent.add(dependency.afterId());
        }
        CareShift[] shifts = schedule.getShifts().toArray(new CareShift[0]);
        SearchRoutes routes = new SearchRoutes(visits, shifts, timeWeight, distanceWeight, waitingWeight,
                firstWaitingWeight, dependent);
        if (fairnessWeight != 0) {
            routes.indexTeams(fairnessWeight);
        }
        routes.load(schedule);
        return routes;
    }

    private void indexTeams(long weight) {
        Map<String, Integer> caregivers = new HashMap<>();
        Map<CareTeam, Integer> teams = new IdentityHashMap<>();
        caregiverOfRoute = new int[shifts.length];
        int[] teamOf = new int[shifts.length];
        List<CareTeam> teamList = new ArrayList<>();
        for (int r = 0; r < shifts.length; r++) {
            int c = caregivers.computeIfAbsent(shifts[r].getCaregiverId(), id -> caregivers.size());
            caregiverOfRoute[r] = c;
            CareTeam team = shifts[r].getRules().getTeam();
            if (team == null) {
                teamOf[c] = -1;
            } else {
                teamOf[c] = teams.computeIfAbsent(team, t -> {
                    teamList.add(t);
                    return teamList.size() - 1;
                });
            }
        }
        if (teamList.isEmpty()) {
            return;
        }
        fairnessWeight = weight;
        teamOfCaregiver = Arrays.copyOf(teamOf, caregivers.size());
        routeWork = new long[shifts.length];
        caregiverWork = new long[caregivers.size()];
        teamSize = new long[teamList.size()];
        teamSum = new long[teamList.size()];
        teamSumOfSquares = new long[teamList.size()];
        for (int t = 0; t < teamSize.length; t++) {
            teamSize[t] = Math.max(1, teamList.get(t).getSize());
        }
    }

    /** The team's balance cost with the caregiver's workload changed by {@code delta} seconds, minus the cost now. */
    private long fairnessChange(int r, long delta) {
        if (fairnessWeight == 0 || delta == 0) {
            return 0;
        }
        int c = caregiverOfRoute[r];
        int t = teamOfCaregiver[c];
        if (t < 0) {
            return 0;
        }
        long before = caregiverWork[c] / 60;
        long after = (caregiverWork[c] + delta) / 60;
        long sum = teamSum[t] + after - before;
        long squares = teamSumOfSquares[t] + after * after - before * before;
        return teamCost(t, sum, squares) - teamCost(t, teamSum[t], teamSumOfSquares[t]);
    }

    private long teamCost(int t, long sum, long squares) {
        long n = teamSize[t];
        return fairnessWeight * ((n * squares - sum * sum) / n);
    }

    /** Sets route r's workload and moves its team's balance cost into the total. */
    private void setRouteWork(int r, long work) {
        int c = caregiverOfRoute[r];
        int t = teamOfCaregiver[c];
        long delta = work - routeWork[r];
        routeWork[r] = work;
        if (t < 0 || delta == 0) {
            caregiverWork[c] += delta;
            return;
        }
        long costBefore = teamCost(t, teamSum[t], teamSumOfSquares[t]);
        long before = caregiverWork[c] / 60;
        caregiverWork[c] += delta;
        long after = caregiverWork[c] / 60;
        teamSum[t] += after - before;
        teamSumOfSquares[t] += after * after - before * before;
        totalCost += teamCost(t, teamSum[t], teamSumOfSquares[t]) - costBefore;
    }

    private void load(CareSchedule schedule) {
        Arrays.fill(routeOf, -1);
        for (int r = 0; r < shifts.length; r++) {
            List<CareVisit> list = shifts[r].getVisits();
            ensureCapacity(r, list.size());
            for (int i = 0; i < list.size(); i++) {
                CareVisit visit = list.get(i);
                int v = numberOf.get(visit);
                route[r][i] = v;
                routeOf[v] = r;
                positionOf[v] = i;
                if (siblings[v] != null || dependentVisit[v]) {
                    syncStart[v] = visit.getServiceStart();
                }
            }
            size[r] = list.size();
        }
        poolSize = 0;
        unassignedMandatory = 0;
        unassignedPriority = 0;
        for (int v = 0; v < visits.length; v++) {
            if (routeOf[v] < 0) {
                addToPool(v);
            }
        }
        totalCost = 0;
        for (int r = 0; r < shifts.length; r++) {
            cost[r] = 0;
            recompute(r);
        }
    }

    // ************************************************************************
    // Pinning and linked visits
    // ************************************************************************

    /**
     * Whether the search may take this visit out of its route or put it into one: not a linked visit (parts,
     * dependencies, pins: Timefold's local search moves those) and not one of the route's first visits that started
     * before the re-planning time.
     */
    boolean isMovable(int visit) {
        if (!movable[visit]) {
            return false;
        }
        int[] group = siblings[visit];
        if (group == null) {
            return isUnpinnedPlace(visit);
        }
        for (int part : group) {
            if (!isUnpinnedPlace(part)) {
                return false;
            }
        }
        return true;
    }

    private boolean isUnpinnedPlace(int visit) {
        int r = routeOf[visit];
        return r < 0 || positionOf[visit] >= shifts[r].getFirstUnpinnedIndex();
    }

    /** The numbers of all parts of the visit of this part (itself included); {@code null} for an ordinary visit. */
    int[] siblings(int visit) {
        return siblings[visit];
    }

    /** The part that stands for a visit with parts (its first part), or the visit itself. */
    int leadOf(int visit) {
        int[] group = siblings[visit];
        return group == null ? visit : group[0];
    }

    /** Whether every part of this part's visit is in the pool. */
    boolean isPooledGroup(int visit) {
        for (int part : siblings[visit]) {
            if (routeOf[part] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The synchronised start of a part in a route ({@link CareVisit#UNSET} for other visits). */
    long syncStart(int visit) {
        return syncStart[visit];
    }

    /** First position of the route where the search may insert or remove (after pinned visits). */
    int firstMovablePosition(int routeIndex) {
        return shifts[routeIndex].getFirstUnpinnedIndex();
    }

    // ************************************************************************
    // Queries
    // ************************************************************************

    int visitCount() {
        return visits.length;
    }

    int routeCount() {
        return shifts.length;
    }

    int size(int r) {
        return size[r];
    }

    int visitAt(int r, int position) {
        return route[r][position];
    }

    int routeOf(int visit) {
        return routeOf[visit];
    }

    int positionOf(int visit) {
        return positionOf[visit];
    }

    int poolSize() {
        return poolSize;
    }

    int poolVisit(int i) {
        return pool[i];
    }

    /** The first position of route {@code r} whose visit ends at or after {@code time} (its size if none). */
    int positionEndingFrom(int r, long time) {
        long[] ends = serviceEnd[r];
        for (int i = 0; i < size[r]; i++) {
            if (ends[i] >= time) {
                return i;
            }
        }
        return size[r];
    }

    /** When the visit's first time window opens (the shift start for visits without windows: use with care). */
    long windowOpens(int visit) {
        long[] starts = windowStarts[visit];
        return starts.length == 0 ? Long.MIN_VALUE : starts[0];
    }

    /** Travel seconds between two visits' places by route {@code r}'s means of transport. */
    long travelSeconds(int r, int from, int to) {
        return travel[r].durationSeconds(location[from], location[to]);
    }

    boolean isMandatory(int visit) {
        return mandatory[visit];
    }

    long demand(int visit) {
        return demand[visit];
    }

    long totalCost() {
        return totalCost;
    }

    int unassignedMandatory() {
        return unassignedMandatory;
    }

    long unassignedPriority() {
        return unassignedPriority;
    }

    /** Weighted travel cost between the start location of route {@code r}'s shift and the visit. */
    long costFromStart(int r, int visit) {
        return legCost(r, shifts[r].getStartLocation(), location[visit]);
    }

    /** Width of the visit's time windows taken together (long for visits without windows). */
    long windowSpan(int visit) {
        long[] ends = windowEnds[visit];
        return ends.length == 0 ? ALWAYS : ends[ends.length - 1] - windowStarts[visit][0];
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
        return (skillMask[visit] & ~shift.getSkillMask()) == 0
                && (!shift.hasCapacityLimit() || load[r] + demand[visit] <= shift.getCapacity())
                && visits[visit].serviceStartFor(shift.getStart()) + duration[visit] <= shift.getEnd() + shift
                        .getRules().getOvertimeAllowance();
    }

    /**
     * The weighted travel added by inserting {@code visit} before {@code position} of route {@code r};
     * {@link #INFEASIBLE} when that breaks a time window or the shift end, {@link #TOO_LATE} when the visit is already
     * late at this position (and so at every later one). Skills and capacity: {@link #canServe}.
     */
    long insertionCost(int r, int visit, int position) {
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
        long fairness = fairnessWeight == 0
                ? 0
                : fairnessChange(r, workAdded(r, visit, previousLocation,
                        nextLocation));
        return added - legCost(r, previousLocation, nextLocation) + waiting + fairness;
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
        long fairness = fairnessWeight == 0
                ? 0
                : fairnessChange(r, workAdded(r, visit, previousLocation,
                        nextLocation));
        return added - legCost(r, previousLocation, nextLocation) + fairness;
    }

    /**
     * The waiting cost of a part option ({@link #partOption} of route r before {@code position}, with its
     * {@link #optionArrival()} and {@link #optionNextShift()}) when the parts start at {@code start}; 0 when waiting
     * is not estimated.
     */
    long optionWaitingCost(long start, long arrival, int r, int position, long nextShift) {
        if (!waits) {
            return 0;
        }
        long nextArrival = position < size[r] ? start + nextShift + arrivalAt[r][position] : 0;
        return waitingChange(r, position, start - arrival, nextArrival);
    }

    boolean estimatesWaiting() {
        return waits;
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
     * Takes the visit, and for a part every assigned part of its visit, out of the routes (call
     * {@link #recomputeTouched()} afterwards); returns how many visits went, 0 if the visit was not assigned.
     */
    int removeGroup(int visit, int[] removedOut, int offset) {
        int[] group = siblings[visit];
        if (group == null) {
            if (routeOf[visit] < 0) {
                return 0;
            }
            remove(visit);
            removedOut[offset] = visit;
            return 1;
        }
        int count = 0;
        for (int part : group) {
            if (routeOf[part] >= 0) {
                remove(part);
                removedOut[offset + count++] = part;
            }
        }
        return count;
    }

    /** Recomputes every route touched in this iteration. */
    void recomputeTouched() {
        for (int i = 0; i < touchedCount; i++) {
            recompute(touchedRoutes[i]);
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
                int[] group = siblings[v];
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
        for (int v : dependentNumbers) {
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

    private void setSyncStart(int visit, long start) {
        if (syncLogCount == syncLogVisit.length) {
            syncLogVisit = Arrays.copyOf(syncLogVisit, 2 * syncLogCount);
            syncLogValue = Arrays.copyOf(syncLogValue, 2 * syncLogCount);
        }
        syncLogVisit[syncLogCount] = visit;
        syncLogValue[syncLogCount++] = syncStart[visit];
        syncStart[visit] = start;
    }

    /** Workload seconds (service and travel) that inserting the visit between two locations adds to route r. */
    private long workAdded(int r, int visit, int previousLocation, int nextLocation) {
        DenseTravelMatrix matrix = travel[r];
        int here = location[visit];
        long drive = matrix.durationSeconds(previousLocation, here);
        if (nextLocation >= 0) {
            drive += matrix.durationSeconds(here, nextLocation) - matrix.durationSeconds(previousLocation,
                    nextLocation);
        }
        return duration[visit] + drive;
    }

    /** Whether route {@code r}'s shift is timed with {@link WorkingDay} (breaks and working-time rules). */
    boolean isTimed(int r) {
        return timed[r];
    }

    /**
     * Drives timed route {@code r} with the visit inserted before {@code position}, from there until the times and
     * the working-day state meet the old route's again, and tells whether the route's hard violation seconds from
     * {@code position} on do not grow.
     */
    /**
     * Hard violation seconds (lateness, shift end with its overtime allowance, and on timed routes late breaks,
     * continuous work, working time, parts not ready) that inserting the visit before {@code position} adds to route
     * {@code r}; for placing a mandatory visit where no insertion is free of violations.
     */
    long addedViolation(int r, int visit, int position) {
        return violationFrom(r, visit, position) - violationFrom(r, -1, position);
    }

    /** The route's violation seconds from {@code position} on, with {@code inserted} there ({@code -1}: none). */
    private long violationFrom(int r, int inserted, int position) {
        CareShift shift = shifts[r];
        WorkingDayRules rules = shift.getRules();
        DenseTravelMatrix matrix = travel[r];
        int[] visitsOfRoute = route[r];
        boolean timedRoute = timed[r];
        long time = position == 0 ? shift.getStart() : serviceEnd[r][position - 1];
        long state = position == 0 || !timedRoute ? 0 : dayState[r][position - 1];
        int at = position == 0 ? shift.getStartLocation() : location[visitsOfRoute[position - 1]];
        CareVisit before = position == 0 ? null : visits[visitsOfRoute[position - 1]];
        long violation = 0;
        int count = size[r] - position + (inserted < 0 ? 0 : 1);
        for (int k = 0; k < count; k++) {
            int v = inserted < 0 ? visitsOfRoute[position + k] : k == 0 ? inserted : visitsOfRoute[position + k - 1];
            if (timedRoute) {
                timing.visit(shift, before, time, state, visits[v], syncStart[v]);
                violation += timing.violation(duration[v], deadline[v], syncStart[v]);
                time = timing.end();
                state = timing.state();
            } else {
                time = RouteTiming.departure(shift, before, visits[v], time);
                long start = serviceStart(v, time + matrix.durationSeconds(at, location[v]));
                if (syncStart[v] != CareVisit.UNSET && syncStart[v] > start) {
                    start = syncStart[v];
                }
                violation += Math.max(0, start - deadline[v]);
                time = start + duration[v];
            }
            at = location[v];
            before = visits[v];
        }
        if (count == 0 && position == 0) {
            return 0;
        }
        if (timedRoute) {
            return violation + timing.end(shift, at, time, state).endViolation();
        }
        long back = shift.hasOpenEnd() ? time : time + matrix.durationSeconds(at, shift.getEndLocation());
        return violation + Math.max(0, back - shift.getEnd() - rules.getOvertimeAllowance());
    }

    private boolean timedInsertionKeepsRules(int r, int visit, int position) {
        CareShift shift = shifts[r];
        int[] visitsOfRoute = route[r];
        long budget = violationFrom[r][position];
        long time = position == 0 ? shift.getStart() : serviceEnd[r][position - 1];
        long state = position == 0 ? 0 : dayState[r][position - 1];
        CareVisit before = position == 0 ? null : visits[visitsOfRoute[position - 1]];
        timing.visit(shift, before, time, state, visits[visit], syncStart[visit]);
        long added = timing.violation(duration[visit], deadline[visit], syncStart[visit]);
        if (added > budget) {
            return false;
        }
        time = timing.end();
        state = timing.state();
        int at = location[visit];
        before = visits[visit];
        for (int i = position; i < size[r]; i++) {
            int v = visitsOfRoute[i];
            timing.visit(shift, before, time, state, visits[v], syncStart[v]);
            added += timing.violation(duration[v], deadline[v], syncStart[v]);
            if (timing.end() == serviceEnd[r][i] && timing.state() == dayState[r][i]) {
                return added + violationFrom[r][i + 1] <= budget;
            }
            if (added > budget) {
                return false;
            }
            time = timing.end();
            state = timing.state();
            at = location[v];
            before = visits[v];
        }
        return added + timing.end(shift, at, time, state).endViolation() <= budget;
    }

    private long legCost(int r, int from, int to) {
        if (to < 0) {
            return 0;
        }
        DenseTravelMatrix matrix = travel[r];
        return timeWeight * matrix.durationSeconds(from, to) + distanceWeight * matrix.distanceMeters(from, to);
    }

    private long serviceStart(int visit, long ready) {
        long arrival = Math.max(ready, heldStart[visit]);
        long[] ends = windowEnds[visit];
        for (int i = 0; i < ends.length; i++) {
            if (arrival <= ends[i]) {
                return Math.max(arrival, windowStarts[visit][i]);
            }
        }
        return arrival;
    }

    /** The latest arrival at the visit that lets its service start by {@code latestStart}; {@link #NEVER} if none. */
    private long latestArrivalFor(int visit, long latestStart) {
        long[] starts = windowStarts[visit];
        long[] ends = windowEnds[visit];
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
    // Changes
    // ************************************************************************

    /** Takes the visit out of its route into the pool of unassigned visits; call {@link #recompute} afterwards. */
    void remove(int visit) {
        int r = routeOf[visit];
        touch(r);
        savePool();
        int p = positionOf[visit];
        int[] visitsOfRoute = route[r];
        System.arraycopy(visitsOfRoute, p + 1, visitsOfRoute, p, size[r] - p - 1);
        size[r]--;
        for (int i = p; i < size[r]; i++) {
            positionOf[visitsOfRoute[i]] = i;
        }
        routeOf[visit] = -1;
        addToPool(visit);
    }

    /** Puts a pooled visit into route {@code r} before {@code position} and updates the route's times. */
    void insert(int visit, int r, int position) {
        touch(r);
        savePool();
        removeFromPool(visit);
        ensureCapacity(r, size[r] + 1);
        int[] visitsOfRoute = route[r];
        System.arraycopy(visitsOfRoute, position, visitsOfRoute, position + 1, size[r] - position);
        visitsOfRoute[position] = visit;
        size[r]++;
        for (int i = position; i < size[r]; i++) {
            positionOf[visitsOfRoute[i]] = i;
        }
        routeOf[visit] = r;
        recompute(r);
    }

    /** Recomputes load, cost, service ends and latest arrivals of route {@code r}. */
    void recompute(int r) {
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
            if (waits) {
                arrivals[i] = arrival;
                waitSuffix[r][i] = start - arrival;
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
        if (fairnessWeight != 0) {
            setRouteWork(r, work);
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

    private void ensureCapacity(int r, int needed) {
        if (route[r].length < needed) {
            int length = Math.max(needed, route[r].length * 2);
            route[r] = Arrays.copyOf(route[r], length);
            serviceEnd[r] = Arrays.copyOf(serviceEnd[r], length);
            latestArrival[r] = Arrays.copyOf(latestArrival[r], length + 1);
            dayState[r] = Arrays.copyOf(dayState[r], length);
            violationFrom[r] = Arrays.copyOf(violationFrom[r], length + 1);
            arrivalAt[r] = Arrays.copyOf(arrivalAt[r], length);
            waitSuffix[r] = Arrays.copyOf(waitSuffix[r], length + 1);
        }
    }

    private void addToPool(int visit) {
        poolPosition[visit] = poolSize;
        pool[poolSize++] = visit;
        if (mandatory[visit]) {
            unassignedMandatory++;
        } else {
            unassignedPriority += priority[visit];
        }
    }

    private void removeFromPool(int visit) {
        int p = poolPosition[visit];
        int last = pool[--poolSize];
        pool[p] = last;
        poolPosition[last] = p;
        if (mandatory[visit]) {
            unassignedMandatory--;
        } else {
            unassignedPriority -= priority[visit];
        }
    }

    // ************************************************************************
    // Undo log
    // ************************************************************************

    private void touch(int r) {
        if (touched[r]) {
            return;
        }
        touched[r] = true;
        touchedRoutes[touchedCount++] = r;
        if (savedRoute[r] == null || savedRoute[r].length < size[r]) {
            savedRoute[r] = new int[Math.max(8, route[r].length)];
        }
        System.arraycopy(route[r], 0, savedRoute[r], 0, size[r]);
        savedSize[r] = size[r];
    }

    private void savePool() {
        if (!poolSaved) {
            poolSaved = true;
            System.arraycopy(pool, 0, savedPool, 0, poolSize);
            savedPoolSize = poolSize;
        }
    }

    int touchedCount() {
        return touchedCount;
    }

    int touchedRoute(int i) {
        return touchedRoutes[i];
    }

    /** The visits of a touched route as they were before this iteration. */
    List<CareVisit> savedVisits(int r) {
        List<CareVisit> list = new ArrayList<>(savedSize[r]);
        for (int i = 0; i < savedSize[r]; i++) {
            list.add(visits[savedRoute[r][i]]);
        }
        return list;
    }

    /** The visits of a route now. */
    List<CareVisit> currentVisits(int r) {
        List<CareVisit> list = new ArrayList<>(size[r]);
        for (int i = 0; i < size[r]; i++) {
            list.add(visits[route[r][i]]);
        }
        return list;
    }

    /** Keeps this iteration's changes. */
    void commit() {
        syncLogCount = 0;
        for (int i = 0; i < touchedCount; i++) {
            touched[touchedRoutes[i]] = false;
        }
        touchedCount = 0;
        poolSaved = false;
    }

    /** Undoes this iteration's changes. */
    void rollback() {
        while (syncLogCount > 0) {
            syncLogCount--;
            syncStart[syncLogVisit[syncLogCount]] = syncLogValue[syncLogCount];
        }
        if (poolSaved) {
            for (int i = 0; i < poolSize; i++) {
                routeOf[pool[i]] = -1;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            int r = touchedRoutes[i];
            ensureCapacity(r, savedSize[r]);
            System.arraycopy(savedRoute[r], 0, route[r], 0, savedSize[r]);
            size[r] = savedSize[r];
            for (int p = 0; p < size[r]; p++) {
                int v = route[r][p];
                routeOf[v] = r;
                positionOf[v] = p;
            }
        }
        if (poolSaved) {
            while (poolSize > 0) {
                removeFromPool(pool[poolSize - 1]);
            }
            for (int i = 0; i < savedPoolSize; i++) {
                addToPool(savedPool[i]);
                routeOf[savedPool[i]] = -1;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            recompute(touchedRoutes[i]);
        }
        commit();
    }

    // ************************************************************************
    // Snapshots (best solution)
    // ************************************************************************

    /** A copy of every route. */
    int[][] snapshot() {
        int[][] copy = new int[shifts.length][];
        for (int r = 0; r < shifts.length; r++) {
            copy[r] = Arrays.copyOf(route[r], size[r]);
        }
        return copy;
    }

    /** Replaces every route by the snapshot's (outside of an iteration). */
    void restore(int[][] snapshot) {
        Arrays.fill(routeOf, -1);
        for (int r = 0; r < shifts.length; r++) {
            ensureCapacity(r, snapshot[r].length);
            System.arraycopy(snapshot[r], 0, route[r], 0, snapshot[r].length);
            size[r] = snapshot[r].length;
            for (int p = 0; p < size[r]; p++) {
                routeOf[route[r][p]] = r;
                positionOf[route[r][p]] = p;
            }
        }
        while (poolSize > 0) {
            removeFromPool(pool[poolSize - 1]);
        }
        for (int v = 0; v < visits.length; v++) {
            if (routeOf[v] < 0) {
                addToPool(v);
            }
        }
        for (int r = 0; r < shifts.length; r++) {
            recompute(r);
        }
    }

    /** The visits of route {@code r} in a snapshot. */
    List<CareVisit> visitsOf(int[][] snapshot, int r) {
        List<CareVisit> list = new ArrayList<>(snapshot[r].length);
        for (int v : snapshot[r]) {
            list.add(visits[v]);
        }
        return list;
    }
}
