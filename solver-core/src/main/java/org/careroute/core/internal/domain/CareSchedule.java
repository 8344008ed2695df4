package org.careroute.core.internal.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

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

    public void setDependencies(List<CareDependency> dependencies) {
        this.dependencies = dependencies;
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
