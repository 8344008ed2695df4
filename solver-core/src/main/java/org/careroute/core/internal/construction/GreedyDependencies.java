package org.careroute.core.internal.construction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The dependencies between visits as the greedy construction keeps them: which visits are linked by one, the fixed
 * start of every placed linked visit (it must not move any more), and the start a dependent visit waits for or must
 * fall in given its partners already placed.
 */
final class GreedyDependencies {

    /** Planning ids of the visits on either side of a dependency. */
    private final Set<String> dependent = new HashSet<>();
    /** Placed visits with dependencies: their start must not move any more. */
    private final Map<CareVisit, Long> fixedStart = new HashMap<>();
    /** Dependencies by the planning id of each of their two visits. */
    private final Map<String, List<CareDependency>> dependenciesOf = new HashMap<>();
    /** Placed visits by planning id. */
    private final Map<String, CareVisit> placedById = new HashMap<>();

    GreedyDependencies(List<CareDependency> dependencies) {
        for (CareDependency dependency : dependencies) {
            dependent.add(dependency.beforeId());
            dependent.add(dependency.afterId());
            dependenciesOf.computeIfAbsent(dependency.beforeId(), k -> new ArrayList<>()).add(dependency);
            dependenciesOf.computeIfAbsent(dependency.afterId(), k -> new ArrayList<>()).add(dependency);
        }
    }

    /** Whether the visit (by planning id) is on either side of a dependency. */
    boolean isLinked(CareVisit visit) {
        return dependent.contains(visit.getId());
    }

    /** Records that a linked visit was placed to start at {@code start}, which must not move any more. */
    void placed(CareVisit visit, long start) {
        fixedStart.put(visit, start);
        placedById.put(visit.getId(), visit);
    }

    /** Whether the visit is a placed linked visit whose start must not move. */
    boolean isFixed(CareVisit visit) {
        return fixedStart.containsKey(visit);
    }

    /**
     * The start a dependent visit waits for (as the solver's shadow variables make it wait): the latest start plus
     * offset of its placed predecessors ({@link CareVisit#getPredecessors()}), or {@code Long.MIN_VALUE} when none
     * is placed.
     */
    long waitFloor(CareVisit visit) {
        List<CareVisit> before = visit.getPredecessors();
        long floor = Long.MIN_VALUE;
        if (before == null) {
            return floor;
        }
        for (int i = 0; i < before.size(); i++) {
            Long start = fixedStart.get(before.get(i));
            if (start != null) {
                floor = Math.max(floor, start + visit.getPredecessorOffset(i));
            }
        }
        return floor;
    }

    /** The range a dependent visit's start must fall in, given the partners already placed. */
    long[] startRange(CareVisit visit) {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        for (CareDependency dependency : dependenciesOf.getOrDefault(visit.getId(), List.of())) {
            boolean after = dependency.afterId().equals(visit.getId());
            CareVisit partner = placedById.get(after ? dependency.beforeId() : dependency.afterId());
            if (partner == null) {
                continue;
            }
            long partnerStart = fixedStart.get(partner);
            long max = dependency.maxGap() == CareDependency.NO_MAX_GAP ? Long.MAX_VALUE / 4 : dependency.maxGap();
            if (after) {
                long anchor = partnerStart + (dependency.fromStart() ? 0 : partner.getDuration());
                low = Math.max(low, anchor + dependency.minGap());
                high = Math.min(high, anchor + max);
            } else {
                long own = dependency.fromStart() ? 0 : visit.getDuration();
                low = Math.max(low, partnerStart - max - own);
                high = Math.min(high, partnerStart - dependency.minGap() - own);
            }
        }
        return new long[]{low, high};
    }
}
