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
import org.careroute.core.internal.domain.CarePreferences;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.VisitFacts;

/**
 * The facts of every visit the search reads, in parallel primitive arrays indexed by the visit's search number (its
 * place in {@link org.careroute.core.internal.domain.CareSchedule#getVisits()}); fixed once built.
 */
final class SearchVisits {

    /** A deadline that never passes (visits without windows). */
    static final long ALWAYS = Long.MAX_VALUE / 4;

    final int[] location;
    final long[] duration;
    final long[][] windowStarts;
    final long[][] windowEnds;
    /** The end of the last window ({@link #ALWAYS} without windows). */
    final long[] deadline;
    /** A started visit's published start, which it keeps when re-planning ({@link CareVisit#getHeldStart()}). */
    final long[] heldStart;
    final long[] demand;
    final long[] skillMask;
    final boolean[] mandatory;
    final int[] priority;
    /** Soft points lost when the visit is left out (0 for visits weighed by their priority). */
    final long[] value;
    /** Weighed by a value on the soft level rather than by a priority ({@link CareVisit#getValue()}). */
    final boolean[] valued;
    /** End of the preferred window ({@link #ALWAYS} without one): a later start is tardy. */
    final long[] preferredEnd;
    /** Not pinned, nor any visit linked to it (its parts, the visits of its dependencies and their parts). */
    final boolean[] movable;
    /** The numbers of all parts of a part's visit (itself included), {@code null} for an ordinary visit. */
    final int[][] siblings;
    /**
     * Visits linked by a dependency (either side; every part of such a visit): kept at their start like parts, since
     * a dependent visit waits for its predecessor's start plus the gap, which the estimate does not model.
     */
    final boolean[] dependentVisit;
    final int[] dependentNumbers;
    /**
     * The visits that move with a visit linked by a dependency: every visit reachable over dependencies and parts,
     * each visit's parts together, predecessors before the visits that depend on them (the order of insertion);
     * shared by all of them, {@code null} for other visits.
     */
    final int[][] linkGroup;
    /**
     * Per part of a dependent visit: the numbers of the visits it depends on (their lead parts), {@code null} for
     * others; {@link #minOffset} and {@link #maxOffset} at the same index bound its start after theirs.
     */
    final int[][] predecessors;
    /** Seconds after a predecessor's start before which the visit may not start (gap, plus its duration from end). */
    final long[][] minOffset;
    /** Seconds after a predecessor's start by which the visit must start ({@link #ALWAYS} without a maximum gap). */
    final long[][] maxOffset;
    /** Search number of every visit. */
    final Map<CareVisit, Integer> numberOf;

    SearchVisits(CareVisit[] visits, List<CareDependency> dependencies) {
        Set<String> dependent = new HashSet<>();
        for (CareDependency dependency : dependencies) {
            dependent.add(dependency.beforeId());
            dependent.add(dependency.afterId());
        }
        int n = visits.length;
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
        value = new long[n];
        valued = new boolean[n];
        preferredEnd = new long[n];
        movable = new boolean[n];
        siblings = new int[n][];
        numberOf = new IdentityHashMap<>(2 * n);
        for (int v = 0; v < n; v++) {
            numberOf.put(visits[v], v);
        }
        dependentVisit = new boolean[n];
        int dependentCount = 0;
        for (int v = 0; v < n; v++) {
            CareVisit visit = visits[v];
            boolean linked = dependent.contains(visit.getId());
            if (visit.facts().isPart()) {
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
            movable[v] = visit.facts().pinnedCaregiverId() == null && visit.facts().pinnedStart() == CareVisit.UNSET;
            if (visit.facts().isPart()) {
                List<CareVisit> parts = visit.getParts();
                int[] numbers = new int[parts.size()];
                for (int k = 0; k < numbers.length; k++) {
                    CareVisit part = parts.get(k);
                    Integer number = numberOf.get(part);
                    numbers[k] = number == null ? v : number;
                    movable[v] &= part.facts().pinnedCaregiverId() == null
                            && part.facts().pinnedStart() == CareVisit.UNSET;
                }
                siblings[v] = numbers;
            }
            location[v] = visit.facts().location();
            duration[v] = visit.facts().duration();
            long[][] windows = windows(visit);
            windowStarts[v] = windows[0];
            windowEnds[v] = windows[1];
            long[] ends = windowEnds[v];
            deadline[v] = ends.length == 0 ? ALWAYS : ends[ends.length - 1];
            heldStart[v] = visit.facts().heldStart();
            demand[v] = visit.facts().demand();
            skillMask[v] = visit.facts().skillMask();
            mandatory[v] = visit.facts().mandatory();
            priority[v] = visit.facts().priority();
            valued[v] = visit.facts().value() != VisitFacts.NO_VALUE;
            value[v] = Math.max(0, visit.facts().value());
            preferredEnd[v] = visit.facts().care().hasPreferredWindow() ? visit.facts().care().preferredEnd() : ALWAYS;
        }
        predecessors = new int[n][];
        minOffset = new long[n][];
        maxOffset = new long[n][];
        linkGroup = new int[n][];
        linkDependencies(visits, dependencies);
    }

    /** The part that stands for a visit with parts (its first part), or the visit itself. */
    private int lead(int visit) {
        return siblings[visit] == null ? visit : siblings[visit][0];
    }

    /** The visit itself, or every part of its visit. */
    private int[] unit(int visit) {
        return siblings[visit] == null ? new int[]{visit} : siblings[visit];
    }

    /**
     * Fills {@link #predecessors} and the offsets of every part of each dependent visit, and {@link #linkGroup} of
     * every visit reached over dependencies and parts; a group with a pinned visit, or whose dependencies go round in
     * a circle, is not movable.
     */
    private void linkDependencies(CareVisit[] visits, List<CareDependency> dependencies) {
        Map<String, Integer> byId = new HashMap<>();
        for (int v = 0; v < visits.length; v++) {
            byId.put(visits[v].getId(), v);
        }
        int[] component = new int[visits.length];
        Arrays.setAll(component, v -> lead(v));
        for (CareDependency dependency : dependencies) {
            Integer before = byId.get(dependency.beforeId());
            Integer after = byId.get(dependency.afterId());
            if (before == null || after == null) {
                continue;
            }
            int predecessor = lead(before);
            long anchor = dependency.fromStart() ? 0 : duration[predecessor];
            long max = dependency.maxGap() == CareDependency.NO_MAX_GAP ? ALWAYS : anchor + dependency.maxGap();
            for (int part : unit(after)) {
                addPredecessor(part, predecessor, anchor + dependency.minGap(), max);
            }
            union(component, predecessor, lead(after));
        }
        Map<Integer, List<Integer>> leadsByComponent = new HashMap<>();
        for (int v = 0; v < visits.length; v++) {
            if (lead(v) == v && dependentVisit[v]) {
                leadsByComponent.computeIfAbsent(find(component, v), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<Integer> leads : leadsByComponent.values()) {
            int[] group = order(leads);
            boolean movableGroup = group != null;
            for (int v : group == null ? members(leads) : group) {
                movableGroup &= movable[v];
            }
            for (int v : group == null ? members(leads) : group) {
                linkGroup[v] = movableGroup ? group : null;
                movable[v] = movableGroup;
            }
        }
    }

    private void addPredecessor(int visit, int predecessor, long min, long max) {
        int k = predecessors[visit] == null ? 0 : predecessors[visit].length;
        predecessors[visit] = predecessors[visit] == null ? new int[1] : Arrays.copyOf(predecessors[visit], k + 1);
        minOffset[visit] = minOffset[visit] == null ? new long[1] : Arrays.copyOf(minOffset[visit], k + 1);
        maxOffset[visit] = maxOffset[visit] == null ? new long[1] : Arrays.copyOf(maxOffset[visit], k + 1);
        predecessors[visit][k] = predecessor;
        minOffset[visit][k] = min;
        maxOffset[visit][k] = max;
    }

    /** Every part of the visits of these leads. */
    private int[] members(List<Integer> leads) {
        return leads.stream().flatMapToInt(lead -> Arrays.stream(unit(lead))).toArray();
    }

    /** The members of the leads' visits, predecessors first (Kahn's order); {@code null} for a circle. */
    private int[] order(List<Integer> leads) {
        int[] result = new int[members(leads).length];
        int count = 0;
        List<Integer> left = new ArrayList<>(leads);
        Set<Integer> placed = new HashSet<>();
        while (!left.isEmpty()) {
            int next = -1;
            for (int lead : left) {
                boolean ready = true;
                for (int before : predecessors[lead] == null ? new int[0] : predecessors[lead]) {
                    ready &= placed.contains(before);
                }
                if (ready) {
                    next = lead;
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            left.remove(Integer.valueOf(next));
            placed.add(next);
            for (int part : unit(next)) {
                result[count++] = part;
            }
        }
        return result;
    }

    private static int find(int[] component, int v) {
        while (component[v] != v) {
            component[v] = component[component[v]];
            v = component[v];
        }
        return v;
    }

    private static void union(int[] component, int a, int b) {
        component[find(component, a)] = find(component, b);
    }

    /**
     * The visit's hard windows as the search keeps them ({@code starts, ends}), as {@link CareVisit#serviceStartFor}
     * applies them: a pinned start replaces them, the service waits for the preferred window to open, and the
     * preferred-window deviation cap (a hard rule) ends them at the preferred end plus the cap.
     */
    private static long[][] windows(CareVisit visit) {
        long pinned = visit.facts().pinnedStart();
        if (pinned != CareVisit.UNSET) {
            return new long[][]{{pinned}, {pinned}};
        }
        long[] starts = visit.facts().windowStarts();
        long[] ends = visit.facts().windowEnds();
        CarePreferences care = visit.facts().care();
        long opens = care.preferredStart();
        long cap = care.maxDeviation() == Long.MAX_VALUE ? ALWAYS : care.preferredEnd() + care.maxDeviation();
        if (!care.hasPreferredWindow()) {
            return new long[][]{starts, ends};
        }
        if (ends.length == 0) {
            return new long[][]{{opens}, {cap}};
        }
        long[] cutStarts = new long[ends.length];
        long[] cutEnds = new long[ends.length];
        int kept = 0;
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] >= opens && starts[i] <= cap) {
                cutStarts[kept] = Math.max(starts[i], opens);
                cutEnds[kept++] = Math.min(ends[i], cap);
            }
        }
        if (kept == 0) {
            // never on time: a window that closes before it opens
            return new long[][]{{Math.max(starts[0], opens)}, {Math.min(ends[0], cap)}};
        }
        return new long[][]{Arrays.copyOf(cutStarts, kept), Arrays.copyOf(cutEnds, kept)};
    }
}
