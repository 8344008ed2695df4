package org.careroute.core.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's score and the independent verifier must agree on every solved plan: feasibility, and each score level
 * recomputed from scratch. Problems are tight on purpose so that many plans are infeasible or leave visits out.
 */
class SolverVerifierAgreementTest {

    private static final Planner PLANNER = Planner.create();

    static long[] seeds() {
        long[] seeds = new long[24];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = 100 + i;
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solvedPlan_verifierAgreesWithSolverScore(long seed) {
        int visits = 10 + (int) (seed % 5) * 8;
        int caregivers = 1 + (int) (seed % 4);
        Map<String, Long> weights = seed % 3 == 0 ? Map.of("travel-distance", 2L, "waiting-time", 0L) : Map.of();
        Problem problem = TestProblems.random(seed, visits, caregivers, weights);
        // A few moves only for some seeds, so that unfinished (infeasible) plans are checked too.
        long moves = seed % 2 == 0 ? 300 : 8_000;

        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(report.feasible()).as(report.violations().toString()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().mediumScore()).isEqualTo(plan.summary().mediumScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
        assertThat(report.recomputed().totalTravelSeconds()).isEqualTo(plan.summary().totalTravelSeconds());
        assertThat(report.recomputed().totalDistanceMeters()).isEqualTo(plan.summary().totalDistanceMeters());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void workingDayPlan_verifierAgreesWithSolverScore(long seed) {
        int visits = 10 + (int) (seed % 5) * 8;
        int caregivers = 1 + (int) (seed % 4);
        Problem problem = TestProblems.withWorkingDay(TestProblems.random(seed, visits, caregivers));
        long moves = seed % 2 == 0 ? 300 : 8_000;

        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(report.violations()).extracting(v -> v.constraintId()).doesNotContain("plan-structure");
        assertThat(report.feasible()).as(report.violations().toString()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().mediumScore()).isEqualTo(plan.summary().mediumScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solvedTwoDayPlanWithPatientCare_verifierAgreesWithSolverScore(long seed) {
        int visits = 6 + (int) (seed % 4) * 5;
        int caregivers = 2 + (int) (seed % 3);
        Problem problem = TestProblems.randomWithPatientCare(seed, visits, caregivers, Map.of());
        long moves = seed % 2 == 0 ? 300 : 6_000;

        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(report.feasible()).as(report.violations().toString()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().mediumScore()).isEqualTo(plan.summary().mediumScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }
}
