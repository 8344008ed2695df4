package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.ConstraintMatch;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On many solved problems (tight, so that many plans are infeasible or leave visits out, some solved only a few
 * moves), the explanation's per-constraint totals add up, level by level, to the score the solver reports.
 */
@Tag("slow")
class ExplainScoreTest {

    private static final Planner PLANNER = Planner.create();

    static long[] seeds() {
        long[] seeds = new long[30];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = 500 + i;
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solvedPlan_constraintTotalsAddUpToTheSolverScore(long seed) {
        int visits = 8 + (int) (seed % 6) * 7;
        int caregivers = 1 + (int) (seed % 4);
        Map<String, Long> weights = switch ((int) (seed % 4)) {
            case 0 -> Map.of("travel-distance", 2L, "waiting-time", 0L);
            case 1 -> Map.of("visit-unassigned", 5L, "shift-end", 3L, "visit-time-window", 2L);
            default -> Map.of();
        };
        Problem problem = TestProblems.random(seed, visits, caregivers, weights);
        long moves = seed % 2 == 0 ? 200 : 5_000;
        Plan plan = PLANNER.solve(problem,
                SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));

        Explanation explanation = PLANNER.explain(problem, plan);

        long[] levels = new long[3];
        for (ConstraintBreakdown breakdown : explanation.constraints()) {
            assertThat(breakdown.totalPenalty()).isEqualTo(breakdown.matches().stream().mapToLong(
                    ConstraintMatch::penalty).sum());
            assertThat(breakdown.totalPenalty()).isEqualTo(breakdown.weight() * breakdown.totalAmount());
            levels[breakdown.level().ordinal()] += breakdown.totalPenalty();
        }
        assertThat(-levels[0]).as("hard").isEqualTo(plan.summary().hardScore());
        assertThat(-levels[1]).as("medium").isEqualTo(plan.summary().mediumScore());
        assertThat(-levels[2]).as("soft").isEqualTo(plan.summary().softScore());
        assertThat(explanation.score()).isEqualTo(plan.score());
        assertThat(explanation.planProblems()).isEmpty();
        assertThat(explanation.unassignedVisits()).hasSize(plan.unassignedVisits().size());
        assertThat(explanation.unassignedVisits()).allSatisfy(u -> assertThat(u.reasons()).isNotEmpty());
    }
}
