package org.careroute.reports;

import java.util.Map;

import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;

/** Small random problems (around Karlstad) solved with a move-count limit: reproducible plans for output tests. */
final class SolvedProblems {

    private static final Planner PLANNER = Planner.create();

    private SolvedProblems() {
    }

    record Solved(Problem problem, Plan plan) {
    }

    static Solved solve(long seed, int visits, int caregivers) {
        Problem problem = TestProblems.random(seed, visits, caregivers);
        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null)
                .withSeed(seed));
        return new Solved(problem, plan);
    }
}
