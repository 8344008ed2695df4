package org.careroute.core.internal.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;

/**
 * Sequential pairs that two caregivers serve: the caregiver of the first visit waits until the second's caregiver can
 * start within the maximum gap (the first starts no earlier than the second's solo start minus the maximum gap, plus
 * the first's duration for a gap from the end). A pair qualifies when the second depends on the first alone with a
 * maximum gap, neither has parts or a pinned caregiver, no other visit depends on either or is depended on by the
 * first, and no caregiver with shifts holds the skills of both.
 *
 * <p>
 * The first's start then depends on the second's route: routes in which that dependency runs back to the first (the
 * second's route reaches the second only after visits that wait, directly or through parts and gaps, for visits
 * served after the first) form a loop, which is reported as such ({@link #loops}) whether or not its times would
 * settle.
 */
final class PartnerWaits {

    /** The first visit of a pair waits for {@code secondId}: no earlier than its solo start minus {@code offset}. */
    record Hold(String secondId, long offset) {
    }

    private PartnerWaits() {
    }

    /** Per first visit id of every qualifying pair, its hold. */
    static Map<String, Hold> of(Collection<Visit> visits, List<Caregiver> caregivers) {
        Map<String, Integer> dependents = new HashMap<>();
        for (Visit visit : visits) {
            for (VisitDependency dependency : visit.links().dependencies()) {
                dependents.merge(dependency.visitId(), 1, Integer::sum);
            }
        }
        Map<String, Visit> byId = new HashMap<>();
        visits.forEach(visit -> byId.put(visit.id(), visit));
        Map<String, Hold> holds = new HashMap<>();
        for (Visit second : visits) {
            List<VisitDependency> dependencies = second.links().dependencies();
            if (dependencies.size() != 1 || dependencies.getFirst().maxGap() == null) {
                continue;
            }
            VisitDependency dependency = dependencies.getFirst();
            Visit first = byId.get(dependency.visitId());
            if (first == null || !alone(first) || !alone(second)
                    || !first.links().dependencies().isEmpty() || dependents.getOrDefault(first.id(), 0) != 1
                    || dependents.containsKey(second.id()) || oneCaregiverCould(first, second, caregivers)) {
                continue;
            }
            long offset = dependency.maxGap().toSeconds() + (dependency.from() == VisitDependency.GapFrom.START
                    ? 0
                    : first.duration().toSeconds());
            holds.put(first.id(), new Hold(second.id(), offset));
        }
        return holds;
    }

    private static boolean alone(Visit visit) {
        return !visit.links().hasParts() && visit.links().pinnedCaregiverId() == null;
    }

    private static boolean oneCaregiverCould(Visit first, Visit second, List<Caregiver> caregivers) {
        Set<String> both = new HashSet<>(first.requiredSkills());
        both.addAll(second.requiredSkills());
        for (Caregiver caregiver : caregivers) {
            if (!caregiver.shifts().isEmpty() && caregiver.skills().containsAll(both)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visits of planned pairs whose hold lies on a loop: the second's start is reached from the first's end along
     * routes (each stop after the one before), parts (a part's readiness moves every part's start), the gaps a
     * dependent visit waits for ({@code waits}: dependent visit id to the ids it waits for) and the holds themselves.
     */
    static Set<String> loops(List<LinkedTimes.PlannedRoute> routes, Map<String, Hold> holds,
            Map<String, List<String>> waits) {
        Set<String> looped = new HashSet<>();
        if (holds.isEmpty()) {
            return looped;
        }
        // two nodes per stop: 2k = arrival and readiness, 2k + 1 = start and end
        Map<String, List<Integer>> stopsById = new HashMap<>();
        List<List<Integer>> edges = new ArrayList<>();
        int k = 0;
        for (LinkedTimes.PlannedRoute route : routes) {
            for (int i = 0; i < route.visits().size(); i++, k++) {
                stopsById.computeIfAbsent(route.visits().get(i).id(), id -> new ArrayList<>()).add(k);
                edges.add(new ArrayList<>(List.of(2 * k + 1)));
                edges.add(new ArrayList<>());
                if (i > 0) {
                    edges.get(2 * k - 1).add(2 * k);
                }
            }
        }
        for (List<Integer> stops : stopsById.values()) {
            for (int a : stops) {
                for (int b : stops) {
                    if (a != b) {
                        edges.get(2 * a).add(2 * b + 1);
                    }
                }
            }
        }
        waits.forEach((dependent, befores) -> {
            for (String before : befores) {
                for (int a : stopsById.getOrDefault(before, List.of())) {
                    for (int b : stopsById.getOrDefault(dependent, List.of())) {
                        edges.get(2 * a + 1).add(2 * b + 1);
                    }
                }
            }
        });
        holds.forEach((firstId, hold) -> {
            for (int a : stopsById.getOrDefault(hold.secondId(), List.of())) {
                for (int b : stopsById.getOrDefault(firstId, List.of())) {
                    edges.get(2 * a).add(2 * b + 1);
                }
            }
        });
        holds.forEach((firstId, hold) -> {
            List<Integer> first = stopsById.get(firstId);
            List<Integer> second = stopsById.get(hold.secondId());
            if (first != null && second != null && reaches(edges, 2 * first.getFirst() + 1, 2 * second.getFirst())) {
                looped.add(firstId);
                looped.add(hold.secondId());
            }
        });
        return looped;
    }

    private static boolean reaches(List<List<Integer>> edges, int from, int to) {
        boolean[] seen = new boolean[edges.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        seen[from] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node == to) {
                return true;
            }
            for (int next : edges.get(node)) {
                if (!seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return false;
    }
}
