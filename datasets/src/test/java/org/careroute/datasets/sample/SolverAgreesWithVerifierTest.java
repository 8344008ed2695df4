package org.careroute.datasets.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The solver and the independent verifier implement the same rules separately: on a realistic problem, every time,
 * leg, total and score the solver reports must be what the verifier recomputes.
 */
@Tag("slow")
class SolverAgreesWithVerifierTest {

    @Test
    void solvedSample_isRecomputedExactlyByTheVerifier() {
        Problem problem = VarmlandSample.problem();
        Planner planner = Planner.create();
        Plan plan = planner.solve(problem, new SolveOptions(null, null, null, 20_000L, 1L, null));

        VerificationReport report = planner.verify(problem, plan);

        assertThat(report.violations()).extracting(Violation::constraintId).doesNotContain(Violation.PLAN_STRUCTURE);
        assertThat(report.recomputed()).isEqualTo(plan.summary());
        assertThat(plan.score()).isEqualTo(report.recomputed().hardScore() + "hard/" + report.recomputed()
                .mediumScore() + "medium/" + report.recomputed().softScore() + "soft");
    }
}
