package org.careroute.core.internal.run;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.ScoreLevel;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.LinkedVisits;
import org.careroute.core.internal.model.ScheduleFactory;

/**
 * One constraint's amount as the solver scores a plan and as the verifier recomputes it, for the solver/verifier
 * agreement tests: the problem is re-weighted to that constraint alone.
 */
final class ConstraintAmounts {

    static final SolutionManager<CareSchedule, HardMediumSoftScore> SCORER = SolutionManager.create(SolverFactory
            .create(SolverRun.solverConfig(SolveOptions.defaults())));

    private ConstraintAmounts() {
    }

    /** The problem with weight 1 for {@code constraint} and 0 for all others. */
    static Problem isolate(Problem problem, CareConstraint constraint) {
        Map<String, Long> weights = new HashMap<>();
        for (CareConstraint other : CareConstraint.values()) {
            weights.put(other.id(), other == constraint ? 1L : 0L);
        }
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), problem.visits(), weights, problem.clients());
    }

    static long level(PlanSummary summary, ScoreLevel level) {
        return switch (level) {
            case HARD -> summary.hardScore();
            case MEDIUM -> summary.mediumScore();
            case SOFT -> summary.softScore();
        };
    }

    /** The solver's amount of the one constraint weighted in {@code isolated} (re-planning facts when given). */
    static long solverAmount(Problem isolated, Plan plan, CareConstraint constraint, Replanning replanning) {
        CareSchedule schedule = ScheduleFactory.build(isolated).schedule();
        if (replanning != null) {
            WarmStart.replanning(replanning).apply(schedule);
        }
        Map<String, CareVisit> visits = new HashMap<>();
        schedule.getVisits().forEach(visit -> visits.put(visit.getId(), visit));
        for (ShiftPlan shiftPlan : plan.shifts()) {
            CareShift shift = schedule.getShifts().stream().filter(s -> s.getId().equals(shiftPlan.shiftId()))
                    .findFirst().orElseThrow();
            List<CareVisit> route = shiftPlan.visits().stream().map(v -> v.part() == PlannedVisit.NO_PART
                    ? v.visitId()
                    : LinkedVisits.partId(v.visitId(), v.part())).map(visits::get).toList();
            shift.setVisits(new ArrayList<>(route));
        }
        HardMediumSoftScore score = SCORER.update(schedule);
        return -switch (constraint.level()) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
