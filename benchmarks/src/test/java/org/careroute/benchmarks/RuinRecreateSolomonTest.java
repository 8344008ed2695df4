package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.datasets.BenchmarkData;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwProblems;
import org.careroute.datasets.vrptw.VrptwReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default search (greedy routes, then careroute's ruin-and-recreate phase) on real Solomon instances, with a
 * move-count limit: complete and feasible by the independent verifier, and the same plan for the same seed.
 */
class RuinRecreateSolomonTest {

    private static VrptwInstance solomon(String name) throws IOException {
        return VrptwReader.read(BenchmarkData.vrptw().resolve("solomon").resolve(name + ".txt"));
    }

    private static List<List<Integer>> routes(Plan plan) {
        return plan.shifts().stream().map(ShiftPlan::visits).map(visits -> visits.stream().map(
                PlannedVisit::visitId).map(Integer::valueOf).toList()).toList();
    }

    private static Plan solve(VrptwInstance instance, long moves, long seed) {
        return Planner.create().solve(VrptwProblems.toProblem(instance), SolveOptions.defaults()
                .withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed));
    }

    @Test
    void moveCountLimitedRunOnRc201_isCompleteAndFeasibleByTheVerifier() throws IOException {
        VrptwInstance rc201 = solomon("RC201");

        Plan plan = solve(rc201, 3_000, 0);
        Verdict verdict = VrptwVerifier.verify(rc201, routes(plan));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
        assertThat(plan.summary().unassignedVisits()).isZero();
    }

    @Tag("slow")
    @Test
    void sameSeedAndMoveCountLimit_giveTheSamePlan() throws IOException {
        VrptwInstance r101 = solomon("R101");

        Plan first = solve(r101, 2_000, 7);
        Plan second = solve(r101, 2_000, 7);

        assertThat(routes(second)).isEqualTo(routes(first));
        assertThat(second.score()).isEqualTo(first.score());
    }

    @Tag("slow")
    @Test
    void ruinRecreate_improvesOnTheGreedyRoutes() throws IOException {
        VrptwInstance r101 = solomon("R101");

        Plan shortRun = solve(r101, 1, 0);
        Plan longerRun = solve(r101, 3_000, 0);

        assertThat(longerRun.summary().totalDistanceMeters()).isLessThan(shortRun.summary()
                .totalDistanceMeters());
    }
}
