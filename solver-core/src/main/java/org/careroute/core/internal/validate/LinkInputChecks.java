package org.careroute.core.internal.validate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;

/**
 * Checks of linked visits (parts, dependencies, pins): unknown ids, parts no set of distinct caregivers can serve,
 * pinned caregivers without the needed skills, gaps that cannot hold, dependency cycles, both-or-none dependencies
 * of a mandatory visit.
 */
final class LinkInputChecks {

    private final Problem problem;
    private final ProblemChecks.SkillPositions positions;
    private final BiConsumer<String, String> error;
    private final Map<String, Caregiver> caregivers = new HashMap<>();
    private final Map<String, Integer> visitIndex = new HashMap<>();

    LinkInputChecks(Problem problem, ProblemChecks.SkillPositions positions, BiConsumer<String, String> error) {
        this.problem = problem;
        this.positions = positions;
        this.error = error;
        problem.caregivers().forEach(c -> caregivers.putIfAbsent(c.id(), c));
        for (int v = 0; v < problem.visits().size(); v++) {
            visitIndex.putIfAbsent(problem.visits().get(v).id(), v);
        }
    }

    void run() {
        for (int v = 0; v < problem.visits().size(); v++) {
            Visit visit = problem.visits().get(v);
            String pointer = "/visits/" + v;
            VisitLinks links = visit.links();
            checkParts(visit, pointer);
            if (links.pinnedCaregiverId() != null) {
                if (links.hasParts()) {
                    error.accept(pointer + "/pinnedCaregiverId", "Visit '" + visit.id() + "' has parts: pin each"
                            + " part with parts[i].pinnedCaregiverId instead of the whole visit.");
                } else {
                    checkPin(links.pinnedCaregiverId(), visit.requiredSkills(), pointer + "/pinnedCaregiverId",
                            "visit '" + visit.id() + "'");
                }
            }
            Instant pinnedStart = links.pinnedStart();
            if (pinnedStart != null && (pinnedStart.isBefore(ProblemChecks.EARLIEST) || pinnedStart.isAfter(
                    ProblemChecks.LATEST))) {
                error.accept(pointer + "/pinnedStart", "Pinned start " + pinnedStart + " is outside the supported"
                        + " range 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.");
            }
            checkDependencies(visit, v, pointer);
        }
        checkCycles();
    }

    private void checkParts(Visit visit, String pointer) {
        List<VisitPart> parts = visit.links().parts();
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1) {
            error.accept(pointer + "/parts", "Visit '" + visit.id() + "' has a single part; a visit with parts"
                    + " needs at least 2 (one per caregiver). Remove 'parts' for a visit served by one caregiver.");
            return;
        }
        Set<String> known = new TreeSet<>();
        problem.caregivers().forEach(c -> known.addAll(c.skills()));
        Set<String> pinnedTwice = new HashSet<>();
        Map<String, Integer> pinned = new HashMap<>();
        boolean skillsKnown = true;
        for (int p = 0; p < parts.size(); p++) {
            VisitPart part = parts.get(p);
            String partPointer = pointer + "/parts/" + p;
            for (String skill : new TreeSet<>(part.requiredSkills())) {
                if (!known.contains(skill)) {
                    skillsKnown = false;
                    String arrayPointer = partPointer + "/requiredSkills";
                    error.accept(arrayPointer + "/" + positions.indexOf(arrayPointer, part.requiredSkills(), skill),
                            "Required skill '" + skill + "' of part " + p + " is not held by any caregiver"
                                    + Suggestions.didYouMean(skill, known) + " Known skills: " + (known.isEmpty()
                                            ? "none"
                                            : String.join(", ", known))
                                    + ".");
                }
            }
            if (part.pinnedCaregiverId() != null) {
                checkPin(part.pinnedCaregiverId(), union(visit.requiredSkills(), part.requiredSkills()), partPointer
                        + "/pinnedCaregiverId", "part " + p + " of visit '" + visit.id() + "'");
                Integer first = pinned.putIfAbsent(part.pinnedCaregiverId(), p);
                if (first != null && pinnedTwice.add(part.pinnedCaregiverId())) {
                    error.accept(partPointer + "/pinnedCaregiverId", "Parts " + first + " and " + p + " of visit '"
                            + visit.id() + "' are both pinned to caregiver '" + part.pinnedCaregiverId()
                            + "'; every part needs a different caregiver.");
                }
            }
        }
        if (skillsKnown && visit.requiredSkills().stream().allMatch(known::contains)) {
            int served = maxDistinctCaregivers(visit, parts);
            if (served < parts.size()) {
                error.accept(pointer + "/parts", "Visit '" + visit.id() + "' needs " + parts.size()
                        + " caregivers at once, but at most " + served + " different caregivers have the skills"
                        + " its parts need; add caregivers with these skills or remove a part.");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The largest number of parts that distinct caregivers can serve (bipartite matching, augmenting paths). */
    private int maxDistinctCaregivers(Visit visit, List<VisitPart> parts) {
        List<Caregiver> all = problem.caregivers();
        int[] caregiverOfPart = new int[parts.size()];
        int[] partOfCaregiver = new int[all.size()];
        Arrays.fill(caregiverOfPart, -1);
        Arrays.fill(partOfCaregiver, -1);
        boolean[][] can = new boolean[parts.size()][all.size()];
        for (int p = 0; p < parts.size(); p++) {
            Set<String> needed = union(visit.requiredSkills(), parts.get(p).requiredSkills());
            for (int c = 0; c < all.size(); c++) {
                can[p][c] = all.get(c).skills().containsAll(needed) && !all.get(c).shifts().isEmpty();
            }
        }
        int matched = 0;
        for (int p = 0; p < parts.size(); p++) {
            if (augment(p, can, partOfCaregiver, new boolean[all.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int part, boolean[][] can, int[] partOfCaregiver, boolean[] seen) {
        for (int c = 0; c < partOfCaregiver.length; c++) {
            if (can[part][c] && !seen[c]) {
                seen[c] = true;
                if (partOfCaregiver[c] < 0 || augment(partOfCaregiver[c], can, partOfCaregiver, seen)) {
                    partOfCaregiver[c] = part;
                    return true;
                }
            }
        }
        return false;
    }

    private void checkPin(String caregiverId, Set<String> needed, String pointer, String what) {
        Caregiver caregiver = caregivers.get(caregiverId);
        if (caregiver == null) {
            error.accept(pointer, "The " + what + " is pinned to caregiver '" + caregiverId + "', which is not in"
                    + " the problem" + Suggestions.didYouMean(caregiverId, caregivers.keySet()));
            return;
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(caregiver.skills());
        if (!missing.isEmpty()) {
            error.accept(pointer, "The " + what + " is pinned to caregiver '" + caregiverId + "', who lacks the"
                    + " required skill(s) " + String.join(", ", missing) + "; pin a caregiver with these skills.");
        }
    }

    private void checkDependencies(Visit visit, int v, String pointer) {
        List<VisitDependency> dependencies = visit.links().dependencies();
        for (int d = 0; d < dependencies.size(); d++) {
            VisitDependency dependency = dependencies.get(d);
            String at = pointer + "/dependencies/" + d;
            if (!visitIndex.containsKey(dependency.visitId())) {
                error.accept(at + "/visitId", "Visit '" + visit.id() + "' depends on visit '" + dependency.visitId()
                        + "', which is not in the problem" + Suggestions.didYouMean(dependency.visitId(), visitIndex
                                .keySet()));
            } else if (dependency.visitId().equals(visit.id())) {
                error.accept(at + "/visitId", "Visit '" + visit.id() + "' depends on itself; remove the"
                        + " dependency.");
            }
            if (dependency.minGap().isNegative()) {
                error.accept(at + "/minGap", "The minimum gap " + dependency.minGap() + " must not be negative.");
            }
            Duration maxGap = dependency.maxGap();
            if (maxGap != null && maxGap.compareTo(dependency.minGap()) < 0) {
                error.accept(at + "/maxGap", "The maximum gap " + maxGap + " is shorter than the minimum gap "
                        + dependency.minGap() + "; no start can satisfy both.");
            }
            if (dependency.bothOrNone()) {
                checkBothOptional(visit, dependency, at + "/bothOrNone");
            }
        }
    }

    /**
     * Both-or-none ties two optional visits: with a mandatory one it would make the other mandatory too, so it is an
     * error (make both mandatory instead).
     */
    private void checkBothOptional(Visit visit, VisitDependency dependency, String pointer) {
        Integer other = visitIndex.get(dependency.visitId());
        for (Visit side : other == null ? List.of(visit) : List.of(visit, problem.visits().get(other))) {
            if (side.mandatory()) {
                error.accept(pointer, "bothOrNone ties two optional visits, but visit '" + side.id() + "' is"
                        + " mandatory and always planned; make both visits mandatory and remove bothOrNone, or make"
                        + " both optional.");
                return;
            }
        }
    }

    /** Reports every dependency that closes a cycle (visit A after B after ... after A), once. */
    private void checkCycles() {
        int n = problem.visits().size();
        int[] state = new int[n];
        for (int v = 0; v < n; v++) {
            if (state[v] == 0) {
                visit(v, state, new ArrayList<>());
            }
        }
    }

    private void visit(int v, int[] state, List<Integer> path) {
        state[v] = 1;
        path.add(v);
        List<VisitDependency> dependencies = problem.visits().get(v).links().dependencies();
        for (int d = 0; d < dependencies.size(); d++) {
            Integer before = visitIndex.get(dependencies.get(d).visitId());
            if (before == null || before == v) {
                continue;
            }
            if (state[before] == 1) {
                List<String> cycle = new ArrayList<>();
                for (int i = path.indexOf(before); i < path.size(); i++) {
                    cycle.add(problem.visits().get(path.get(i)).id());
                }
                cycle.add(problem.visits().get(before).id());
                error.accept("/visits/" + v + "/dependencies/" + d + "/visitId", "Dependencies form a cycle ("
                        + String.join(" after ", cycle) + "); no order of visits can satisfy them."
                        + " Remove one of these dependencies.");
            } else if (state[before] == 0) {
                visit(before, state, path);
            }
        }
        path.removeLast();
        state[v] = 2;
    }
}
