package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With double-staffed visits, a dependency and a pin, the independent verifier recomputes the synchronised starts
 * across routes and must agree with the solver's score; the plan shows every part with the same start.
 */
@Tag("slow")
class LinkedSolverVerifierAgreementTest {

    private static final Planner PLANNER = Planner.create();

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void solvedLinkedPlan_verifierAgreesWithSolverScore(long seed) {
        Problem problem = TestProblems.linked(seed, 16 + (int) (seed % 3) * 4, 3 + (int) (seed % 3));
        long moves = seed % 2 == 0 ? 300 : 6_000;

        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertAgrees(plan, report);
        Map<String, List<PlannedVisit>> parts = new HashMap<>();
        for (ShiftPlan shift : plan.shifts()) {
            shift.visits().stream().filter(PlannedVisit::isPart).forEach(v -> parts.computeIfAbsent(v.visitId(),
                    id -> new ArrayList<>()).add(v));
        }
        if (plan.summary().feasible()) {
            assertThat(parts).allSatisfy((visitId, served) -> {
                assertThat(served).hasSize(2);
                assertThat(served.get(0).start()).isEqualTo(served.get(1).start());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void sequentialPairsOfTwoCaregivers_verifierAgreesWithSolverScore(long seed) {
        // the first caregiver of each pair waits for the second; short runs leave loops and broken gaps to compare
        Problem problem = TestProblems.sequentialPairs(seed, 16 + (int) (seed % 2) * 8, 4);
        long moves = seed % 2 == 0 ? 200 : 6_000;

        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertAgrees(plan, report);
    }

    private static void assertAgrees(Plan plan, VerificationReport report) {
        assertThat(report.violations()).extracting(Violation::constraintId).doesNotContain(Violation.PLAN_STRUCTURE);
        assertThat(report.feasible()).as(report.violations().toString()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).as(report.violations().toString()).isEqualTo(plan.summary()
                .hardScore());
        assertThat(report.recomputed().mediumScore()).isEqualTo(plan.summary().mediumScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }
}
