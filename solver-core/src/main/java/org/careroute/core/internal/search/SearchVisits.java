package org.careroute.core.internal.search;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareVisit;

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
    /** Not pinned and not linked by a dependency (nor any of its parts). */
    final boolean[] movable;
    /** The numbers of all parts of a part's visit (itself included), {@code null} for an ordinary visit. */
    final int[][] siblings;
    /**
     * Visits linked by a dependency (either side; every part of such a visit): kept at their start like parts, since
     * a dependent visit waits for its predecessor's start plus the gap, which the estimate does not model.
     */
    final boolean[] dependentVisit;
    final int[] dependentNumbers;
    /** Search number of every visit. */
    final Map<CareVisit, Integer> numberOf;

    /**
     * @param dependent
     *            planning ids of the visits on either side of a dependency
     */
    SearchVisits(CareVisit[] visits, Set<String> dependent) {
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
            valued[v] = visit.getValue() != CareVisit.NO_VALUE;
            value[v] = Math.max(0, visit.getValue());
        }
    }
}
