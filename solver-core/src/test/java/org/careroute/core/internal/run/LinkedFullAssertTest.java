package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.internal.verify.PlanVerifier;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FULL_ASSERT with double-staffed visits, a dependency and a pin: every move is rescored from scratch, so loops in
 * the synchronised starts (inconsistent shadow variables) must never corrupt the incremental score.
 */
@Tag("slow")
class LinkedFullAssertTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void smallLinkedProblem_solvesWithoutScoreCorruption(long seed) {
        Problem problem = TestProblems.linked(seed, 12, 4);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(2_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(12);
        long partsServed = plan.shifts().stream().map(ShiftPlan::visits).flatMap(List::stream)
                .filter(PlannedVisit::isPart).count();
        assertThat(partsServed % 2).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4})
    void linkedProblemWithWorkingDay_solvesWithoutScoreCorruptionAndVerifierAgrees(long seed) {
        Problem problem = TestProblems.withWorkingDay(TestProblems.linked(seed, 12, 4));
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(2_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertVerifierAgrees(problem, plan);
        assertThat(plan.shifts().stream().mapToLong(shift -> shift.breaks().size()).sum()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void sequentialPairsOfTwoCaregivers_solveWithoutScoreCorruptionAndVerifierAgrees(long seed) {
        // the first caregiver of a pair waits for the second: a start that depends on another route's readiness
        Problem problem = TestProblems.sequentialPairs(seed, 12, 4);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(2_000L).withTimeLimit(null)
                .withSeed(seed).withAssertionMode(AssertionMode.FULL);

        Plan plan = SolverRun.solveHere(problem, options);

        assertVerifierAgrees(problem, plan);
    }

    /** The independent verifier recomputes the plan's score level by level. */
    private static void assertVerifierAgrees(Problem problem, Plan plan) {
        VerificationReport report = PlanVerifier.verify(problem, plan);
        assertThat(report.recomputed().hardScore()).as(report.violations().toString()).isEqualTo(plan.summary()
                .hardScore());
        assertThat(report.recomputed().mediumScore()).isEqualTo(plan.summary().mediumScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }
}
