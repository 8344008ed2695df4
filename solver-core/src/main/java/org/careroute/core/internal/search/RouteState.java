package org.careroute.core.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * The routes of the search as primitive arrays: which visit is where, the pool of unassigned visits, the per-route
 * times the subclass computes ({@link #recompute}), the pinning and linked-visit bookkeeping, and the undo log of one
 * iteration ({@link #rollback()}: each route is saved the first time it is touched) and snapshots of the best routes.
 * The visits' facts are {@link SearchVisits}; the estimates are {@link SearchRoutes}.
 */
abstract class RouteState {

    /** An arrival bound that no arrival meets. */
    static final long NEVER = Long.MIN_VALUE / 4;
    static final long ALWAYS = SearchVisits.ALWAYS;

    final CareVisit[] visits;
    final CareShift[] shifts;
    /** The visits' facts. */
    final SearchVisits facts;
    /** The routes each visit fits nowhere in, as of their last recomputation (subclasses tell it of each). */
    final NoFitMemo noFit;
    /** The weight of {@code optional-visit-value}: soft points per point of value. */
    long valueWeight = 1;
    /** The synchronised start of a part in a route ({@link CareVisit#UNSET} when not known). */
    final long[] syncStart;
    // undo log of synchronised starts set in one iteration
    private int[] syncLogVisit = new int[16];
    private long[] syncLogValue = new long[16];
    private int syncLogCount;
    final DenseTravelMatrix[] travel;

    final int[][] route;
    final int[] size;
    final long[] load;
    final long[] cost;
    long[][] serviceEnd;
    long[][] latestArrival;
    /**
     * Timed routes: the working-day state after each visit
     * ({@link org.careroute.core.internal.domain.WorkingDay#pack}).
     */
    long[][] dayState;
    /** Timed routes: hard violation seconds from each position to the route's end (index {@code size}: the end). */
    long[][] violationFrom;
    final boolean[] timed;
    /** Arrival at every position (kept when waiting or tardiness is estimated). */
    long[][] arrivalAt;
    /** Seconds waited at this position and every later one (kept when waiting is estimated). */
    long[][] waitSuffix;
    final int[] routeOf;
    final int[] positionOf;
    private final int[] pool;
    private final int[] poolPosition;
    private int poolSize;
    long totalCost;
    private int unassignedMandatory;
    private long unassignedPriority;
    private long unassignedValue;

    // undo log of one iteration
    private final boolean[] touched;
    final int[] touchedRoutes;
    int touchedCount;
    private final int[][] savedRoute;
    private final int[] savedSize;
    private final int[] savedPool;
    private int savedPoolSize;
    private boolean poolSaved;

    RouteState(CareVisit[] visits, CareShift[] shifts, List<CareDependency> dependencies) {
        this.visits = visits;
        this.shifts = shifts;
        int n = visits.length;
        int m = shifts.length;
        facts = new SearchVisits(visits, dependencies);
        noFit = NoFitMemo.of(facts, m);
        syncStart = new long[n];
        Arrays.fill(syncStart, CareVisit.UNSET);
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

    /** Recomputes load, cost, service ends and latest arrivals of route {@code r}. */
    abstract void recompute(int r);

    void load(CareSchedule schedule) {
        Arrays.fill(routeOf, -1);
        for (int r = 0; r < shifts.length; r++) {
            List<CareVisit> list = shifts[r].getVisits();
            ensureCapacity(r, list.size());
            for (int i = 0; i < list.size(); i++) {
                CareVisit visit = list.get(i);
                int v = facts.numberOf.get(visit);
                route[r][i] = v;
                routeOf[v] = r;
                positionOf[v] = i;
                if (facts.siblings[v] != null || facts.dependentVisit[v]) {
                    syncStart[v] = visit.getServiceStart();
                }
            }
            size[r] = list.size();
        }
        poolSize = 0;
        unassignedMandatory = 0;
        unassignedPriority = 0;
        unassignedValue = 0;
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

    /**
     * Whether the search may take this visit out of its route or put it into one: not pinned (nor any visit linked to
     * it), and neither it nor a visit that moves with it ({@link #group}) one of its route's first visits that
     * started before the re-planning time.
     */
    boolean isMovable(int visit) {
        if (!facts.movable[visit]) {
            return false;
        }
        int[] group = group(visit);
        if (group == null) {
            return isUnpinnedPlace(visit);
        }
        for (int member : group) {
            if (!isUnpinnedPlace(member)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The visits that move with this one, itself included: the visits linked to it by dependencies with their parts
     * (predecessors first), else the parts of its visit; {@code null} for a visit that moves alone.
     */
    int[] group(int visit) {
        return facts.linkGroup[visit] != null ? facts.linkGroup[visit] : facts.siblings[visit];
    }

    /** Whether the visit is linked to others by a dependency ({@link #linkGroup}). */
    boolean isDependencyLinked(int visit) {
        return facts.linkGroup[visit] != null;
    }

    /**
     * The earliest start the placed visits this one depends on allow (each one's synchronised start plus the
     * minimum offset), {@link CareVisit#UNSET} when none is placed.
     */
    long dependencyFloor(int visit) {
        int[] before = facts.predecessors[visit];
        long floor = CareVisit.UNSET;
        for (int i = 0; before != null && i < before.length; i++) {
            if (routeOf[before[i]] >= 0 && syncStart[before[i]] != CareVisit.UNSET) {
                floor = Math.max(floor, syncStart[before[i]] + facts.minOffset[visit][i]);
            }
        }
        return floor;
    }

    /** The latest start the placed visits this one depends on allow (maximum gaps); {@link #ALWAYS} if none. */
    long dependencyCeiling(int visit) {
        int[] before = facts.predecessors[visit];
        long ceiling = ALWAYS;
        for (int i = 0; before != null && i < before.length; i++) {
            if (routeOf[before[i]] >= 0 && syncStart[before[i]] != CareVisit.UNSET) {
                ceiling = Math.min(ceiling, syncStart[before[i]] + facts.maxOffset[visit][i]);
            }
        }
        return ceiling;
    }

    private boolean isUnpinnedPlace(int visit) {
        int r = routeOf[visit];
        return r < 0 || positionOf[visit] >= shifts[r].getFirstUnpinnedIndex();
    }

    /** The numbers of all parts of the visit of this part (itself included); {@code null} for an ordinary visit. */
    int[] siblings(int visit) {
        return facts.siblings[visit];
    }

    /** The visit that stands for its {@link #group} (its first member), or the visit itself. */
    int leadOf(int visit) {
        int[] group = group(visit);
        return group == null ? visit : group[0];
    }

    /** Whether every visit of this visit's {@link #group} is in the pool. */
    boolean isPooledGroup(int visit) {
        for (int member : group(visit)) {
            if (routeOf[member] >= 0) {
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
        long[] starts = facts.windowStarts[visit];
        return starts.length == 0 ? Long.MIN_VALUE : starts[0];
    }

    /** Travel seconds between two visits' places by route {@code r}'s means of transport. */
    long travelSeconds(int r, int from, int to) {
        return travel[r].durationSeconds(facts.location[from], facts.location[to]);
    }

    boolean isMandatory(int visit) {
        return facts.mandatory[visit];
    }

    long demand(int visit) {
        return facts.demand[visit];
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

    /** The weighted value of the optional visits with a value that are left out (soft points). */
    long unassignedValueCost() {
        return saturatedProduct(unassignedValue, valueWeight);
    }

    /**
     * What leaving the visit out costs on the soft level, its weighted value, for an optional visit with a value;
     * {@link Long#MAX_VALUE} for other visits (their priority or the mandatory rule weighs more than any soft cost).
     */
    long leaveOutCost(int visit) {
        return facts.valued[visit] ? saturatedProduct(facts.value[visit], valueWeight) : Long.MAX_VALUE;
    }

    private static long saturatedProduct(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Width of the visit's time windows taken together (long for visits without windows). */
    long windowSpan(int visit) {
        long[] ends = facts.windowEnds[visit];
        return ends.length == 0 ? ALWAYS : ends[ends.length - 1] - facts.windowStarts[visit][0];
    }

    /**
     * Takes the visit and every assigned visit of its {@link #group} out of the routes (call
     * {@link #recomputeTouched()} afterwards); returns how many visits went, 0 if none was assigned.
     */
    int removeGroup(int visit, int[] removedOut, int offset) {
        int[] group = group(visit);
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

    void setSyncStart(int visit, long start) {
        if (syncLogCount == syncLogVisit.length) {
            syncLogVisit = Arrays.copyOf(syncLogVisit, 2 * syncLogCount);
            syncLogValue = Arrays.copyOf(syncLogValue, 2 * syncLogCount);
        }
        syncLogVisit[syncLogCount] = visit;
        syncLogValue[syncLogCount++] = syncStart[visit];
        syncStart[visit] = start;
    }

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
        if (facts.mandatory[visit]) {
            unassignedMandatory++;
        } else {
            unassignedPriority += facts.priority[visit];
            unassignedValue += facts.value[visit];
        }
    }

    private void removeFromPool(int visit) {
        int p = poolPosition[visit];
        int last = pool[--poolSize];
        pool[p] = last;
        poolPosition[last] = p;
        if (facts.mandatory[visit]) {
            unassignedMandatory--;
        } else {
            unassignedPriority -= facts.priority[visit];
            unassignedValue -= facts.value[visit];
        }
    }

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
