package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SolveStatisticsTest {

    @Tag("slow")
    @Test
    void solveWithStatistics_countsMovesAndScoreCalculations() {
        Problem problem = TestProblems.random(11, 20, 4);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(5_000L).withTimeLimit(null).withSeed(1);

        long started = System.nanoTime();
        SolveResult result = Planner.create().solveWithStatistics(problem, options);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);

        SolveStatistics statistics = result.statistics();
        assertThat(statistics.moveEvaluationCount()).isGreaterThanOrEqualTo(5_000);
        // ruin-and-recreate iterations count as moves; only those that pass the search's own estimate are scored
        assertThat(statistics.scoreCalculationCount()).isPositive();
        assertThat(result.plan()).isEqualTo(Planner.create().solve(problem, options));
        boolean complete = result.plan().summary().feasible() && result.plan().summary().unassignedVisits() == 0;
        assertThat(statistics.firstFeasible().isPresent()).isEqualTo(complete);
        statistics.firstFeasible().ifPresent(time -> assertThat(time).isLessThanOrEqualTo(wall));
    }

    @Test
    void problemWithoutVisits_hasNoStatistics() {
        Problem problem = TestProblems.random(11, 0, 2);

        SolveResult result = Planner.create().solveWithStatistics(problem, SolveOptions.ofTimeLimit(Duration
                .ofSeconds(1)));

        assertThat(result.statistics()).isEqualTo(SolveStatistics.NONE);
    }

    @Test
    void speeds_arePerSecondOfSolverTime() {
        SolveStatistics statistics = new SolveStatistics(Duration.ofMillis(2_000), 10_000, 30_000, null);

        assertThat(statistics.moveEvaluationSpeed()).isEqualTo(5_000);
        assertThat(statistics.scoreCalculationSpeed()).isEqualTo(15_000);
        assertThat(SolveStatistics.NONE.moveEvaluationSpeed()).isZero();
    }
}
