package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.PlanFactory;
import org.careroute.core.internal.run.SolverRun;
import org.careroute.core.internal.verify.PlanVerifier;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstructionTest {

    private static final SolverFactory<CareSchedule> FACTORY = SolverFactory.create(SolverRun.solverConfig(
            SolveOptions.defaults()));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void builtRoutes_breakNoHardRuleButUnassignedMandatoryVisits(long seed) {
        Problem problem = TestProblems.random(seed, 20 + (int) seed * 10, 2 + (int) seed);
        ScheduleFactory.Built built = ScheduleFactory.build(problem);

        int assigned = new Construction(1, 0).apply(built.schedule());

        HardMediumSoftScore score = SolutionManager.<CareSchedule, HardMediumSoftScore>create(FACTORY)
                .update(built.schedule());
        Plan plan = PlanFactory.toPlan(problem, built, built.schedule(), score);
        VerificationReport report = PlanVerifier.verify(problem, plan);
        assertThat(assigned).isPositive().isEqualTo(plan.summary().assignedVisits());
        assertThat(report.violations()).allSatisfy(violation -> assertThat(violation.constraintId())
                .isEqualTo(CareConstraint.MANDATORY_VISIT_UNASSIGNED.id()));
        assertThat(report.recomputed().hardScore()).isEqualTo(score.hardScore());
    }

    /**
     * The patient's hard rules hold too: excluded caregivers, caps on distinct caregivers, and the preferred-window
     * deviation cap of a visit that later insertions push back.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void patientCare_breaksNoHardRule(long seed) {
        Problem problem = TestProblems.randomWithPatientCare(seed, 40, 4, Map.of());
        ScheduleFactory.Built built = ScheduleFactory.build(problem);

        new Construction(1, 0).withPatientCare(300, 1800, 1).apply(built.schedule());

        HardMediumSoftScore score = SolutionManager.<CareSchedule, HardMediumSoftScore>create(FACTORY)
                .update(built.schedule());
        Plan plan = PlanFactory.toPlan(problem, built, built.schedule(), score);
        assertThat(PlanVerifier.verify(problem, plan).violations()).allSatisfy(violation -> assertThat(violation
                .constraintId()).isEqualTo(CareConstraint.MANDATORY_VISIT_UNASSIGNED.id()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void roomyProblem_getsEveryVisitAssigned(long seed) {
        Problem problem = TestProblems.random(seed, 12, 12);
        ScheduleFactory.Built built = ScheduleFactory.build(problem);

        int assigned = new Construction(1, 0).apply(built.schedule());

        // Only visits whose window no shift can reach in time may stay out.
        long reachable = built.schedule().getVisits().stream().filter(v -> v.facts().windowEnds().length == 0
                || v.facts().windowEnds()[v.facts().windowEnds().length - 1] > TestProblems.DAY.getEpochSecond() + 3600
                        + 1800)
                .count();
        assertThat((long) assigned).isGreaterThanOrEqualTo(reachable);
    }
}
