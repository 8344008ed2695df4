package org.careroute.core.internal.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Timefold planning solution: all shifts (with their routes) and all visits. */
@PlanningSolution
public class CareSchedule {

    @PlanningEntityCollectionProperty
    private List<CareShift> shifts;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<CareVisit> visits;

    @ProblemFactCollectionProperty
    private List<CareDependency> dependencies = List.of();

    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For Timefold's cloner. */
    public CareSchedule() {
    }

    public CareSchedule(List<CareShift> shifts, List<CareVisit> visits,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.shifts = shifts;
        this.visits = visits;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public List<CareShift> getShifts() {
        return shifts;
    }

    public void setShifts(List<CareShift> shifts) {
        this.shifts = shifts;
    }

    public List<CareVisit> getVisits() {
        return visits;
    }

    public void setVisits(List<CareVisit> visits) {
        this.visits = visits;
    }

    /** Gaps between linked visits (empty when the problem has none). */
    public List<CareDependency> getDependencies() {
        return dependencies;
    }

    /**
     * Sets the dependencies and makes each dependent visit (every part of it) wait for the visits it depends on
     * ({@link CareVisit#dependOn}); call once the visits are set. A visit waits only for visits that depend on
     * nothing themselves (in a chain A, B, C, B waits for A, C does not wait for B; its gap is still scored): a
     * visit that both waits and is waited for would, while unplanned, link its neighbours in the chain in Timefold's
     * shadow graph, which reports a loop where none is (C before A in a route with B unplanned). The first visit of a
     * sequential pair that two caregivers must serve also waits for its partner ({@link CareVisit#holdFor}).
     */
    public void setDependencies(List<CareDependency> dependencies) {
        this.dependencies = dependencies;
        if (visits == null || dependencies.isEmpty()) {
            return;
        }
        Map<String, CareVisit> byId = new HashMap<>(2 * visits.size());
        for (CareVisit visit : visits) {
            byId.put(visit.getId(), visit);
        }
        Set<String> dependent = new HashSet<>();
        for (CareDependency dependency : dependencies) {
            dependent.add(dependency.afterId());
        }
        Map<CareVisit, List<CareDependency>> byAfter = new LinkedHashMap<>();
        for (CareDependency dependency : dependencies) {
            CareVisit after = byId.get(dependency.afterId());
            // only for a visit that depends on nothing itself: see waitsFor
            if (after != null && byId.containsKey(dependency.beforeId()) && !dependent.contains(dependency
                    .beforeId())) {
                byAfter.computeIfAbsent(after, k -> new ArrayList<>()).add(dependency);
            }
        }
        byAfter.forEach((after, list) -> {
            List<CareVisit> before = new ArrayList<>(list.size());
            long[] offsets = new long[list.size()];
            for (int i = 0; i < list.size(); i++) {
                CareDependency dependency = list.get(i);
                CareVisit earlier = byId.get(dependency.beforeId());
                before.add(earlier);
                offsets[i] = dependency.minGap() + (dependency.fromStart() ? 0 : earlier.facts().duration());
            }
            for (CareVisit part : after.getParts() == null ? List.of(after) : after.getParts()) {
                part.dependOn(before, offsets);
            }
        });
        byAfter.forEach((after, list) -> {
            CareDependency dependency = list.getFirst();
            CareVisit earlier = byId.get(dependency.beforeId());
            if (list.size() == 1 && isTwoCaregiverPair(earlier, after, dependency, dependencies)) {
                long offset = dependency.maxGap() + (dependency.fromStart() ? 0 : earlier.facts().duration());
                earlier.holdFor(List.of(after), new long[]{offset});
            }
        });
    }

    /**
     * Whether the caregiver of {@code earlier} waits for the one of {@code after} (see {@link CareVisit#holdFor}): a
     * pair of ordinary visits with a maximum gap, linked to no other visit, neither pinned to a caregiver, that no
     * shift's skills cover both of, so
     * that two caregivers serve it in every plan without a missing skill. Decision: one caregiver serving both (in
     * one route) would make the first visit's start depend on its own end in Timefold's shadow-variable graph, a loop
     * it reports as inconsistent; where one caregiver may serve both, the first visit does not wait.
     */
    private boolean isTwoCaregiverPair(CareVisit earlier, CareVisit after, CareDependency dependency,
            List<CareDependency> all) {
        if (dependency.maxGap() == CareDependency.NO_MAX_GAP || earlier.getParts() != null
                || after.getParts() != null || earlier.facts().pinnedCaregiverId() != null
                || after.facts().pinnedCaregiverId() != null) {
            return false;
        }
        for (CareDependency other : all) {
            if (other != dependency && (other.beforeId().equals(earlier.getId())
                    || other.beforeId().equals(after.getId()) || other.afterId().equals(earlier.getId())
                    || other.afterId().equals(after.getId()))) {
                return false;
            }
        }
        long both = earlier.facts().skillMask() | after.facts().skillMask();
        for (CareShift shift : shifts) {
            if ((shift.getSkillMask() & both) == both) {
                return false;
            }
        }
        return true;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
