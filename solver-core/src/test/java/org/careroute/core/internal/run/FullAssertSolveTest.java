package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.ScenarioGenerator;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FULL_ASSERT recalculates the score from scratch after every move: any incremental score corruption fails. */
@Tag("slow")
class FullAssertSolveTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void smallRandomProblem_solvesWithoutScoreCorruption(long seed) {
        Problem problem = TestProblems.random(seed, 14, 3);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(14);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void distanceObjectiveWithoutWaiting_solvesWithoutScoreCorruption(long seed) {
        Problem problem = TestProblems.random(seed, 12, 3,
                Map.of("travel-time", 0L, "travel-distance", 1L, "waiting-time", 0L));
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(2_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.shifts()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7})
    void workingDayWithBreaks_solvesWithoutScoreCorruption(long seed) {
        Problem problem = TestProblems.withWorkingDay(TestProblems.random(seed, 14, 3));
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(14);
        assertThat(plan.shifts()).filteredOn(route -> !route.visits().isEmpty()).allSatisfy(route -> assertThat(
                route.breaks()).hasSize(2));
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7, 8})
    void twoDayProblemWithPatientCare_solvesWithoutScoreCorruption(long seed) {
        Problem problem = TestProblems.randomWithPatientCare(seed, 10, 3, Map.of());
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(20);
    }

    /**
     * Regression: the continuous-work excess of a visit changed with the previous visit's end or state while a break
     * or rest left the visit's own arrival, end and state as they were, so the constraint was not re-evaluated (FULL
     * assert: continuous-work matches missing). Generated problems with strict laws, short breaks, a second day.
     */
    @ParameterizedTest
    @ValueSource(longs = {25, 34, 35, 39})
    void workExcessAbsorbedByARest_solvesWithoutScoreCorruption(long seed) {
        Problem problem = ScenarioGenerator.generate(seed);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(1_500L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(problem.visits()
                .size());
    }
}
