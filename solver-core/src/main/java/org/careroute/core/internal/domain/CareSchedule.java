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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * ({@link CareVisit#dependOn}); call once the visits are set.
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
        Map<CareVisit, List<CareDependency>> byAfter = new LinkedHashMap<>();
        for (CareDependency dependency : dependencies) {
            CareVisit after = byId.get(dependency.afterId());
            if (after != null && byId.containsKey(dependency.beforeId())) {
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
                offsets[i] = dependency.minGap() + (dependency.fromStart() ? 0 : earlier.getDuration());
            }
            for (CareVisit part : after.getParts() == null ? List.of(after) : after.getParts()) {
                part.dependOn(before, offsets);
            }
        });
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
