package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final Planner planner = Planner.create();

    private static SolveOptions moves(long moves, long seed) {
        return SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(seed);
    }

    @Tag("slow")
    @Test
    void solveSmallProblem_returnsPlanThatTheVerifierAccepts() {
        Problem problem = TestProblems.random(11, 20, 4);

        Plan plan = planner.solve(problem, moves(20_000, 1));

        assertThat(plan.shifts()).hasSize(4);
        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(20);
        VerificationReport report = planner.verify(problem, plan);
        assertThat(report.feasible()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }

    @Test
    void sameSeedAndMoveLimit_giveSamePlan() {
        Problem problem = TestProblems.random(12, 25, 4);

        Plan first = planner.solve(problem, moves(5_000, 7));
        Plan second = planner.solve(problem, moves(5_000, 7));

        assertThat(second).isEqualTo(first);
    }

    @Tag("slow")
    @Test
    void concurrentSolves_doNotInterfere() throws Exception {
        List<Problem> problems = List.of(TestProblems.random(21, 18, 3), TestProblems.random(22, 22, 4),
                TestProblems.random(23, 15, 3), TestProblems.random(24, 20, 4));
        List<Plan> sequential = new ArrayList<>();
        for (Problem problem : problems) {
            sequential.add(planner.solve(problem, moves(4_000, 3)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Plan>> futures = new ArrayList<>();
            for (Problem problem : problems) {
                futures.add(pool.submit(() -> planner.solve(problem, moves(4_000, 3))));
            }
            for (int i = 0; i < problems.size(); i++) {
                assertThat(futures.get(i).get(2, TimeUnit.MINUTES)).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void asyncSolve_reportsBestPlansAndCompletes() throws Exception {
        Problem problem = TestProblems.random(13, 20, 4);
        List<SolveProgress> updates = new CopyOnWriteArrayList<>();

        SolveJob job = planner.solveAsync(problem, moves(10_000, 1), updates::add);
        Plan plan = job.result().get(2, TimeUnit.MINUTES);

        assertThat(job.isDone()).isTrue();
        assertThat(updates).isNotEmpty();
        SolveProgress last = updates.get(updates.size() - 1);
        assertThat(last.score()).isEqualTo(plan.score());
        assertThat(last.assignedVisits()).isEqualTo(plan.summary().assignedVisits());
        assertThat(last.plan()).isEqualTo(plan);
    }

    @Test
    void cancelledAsyncSolve_completesWithBestPlanSoFar() throws Exception {
        Problem problem = TestProblems.random(14, 60, 6);
        SolveJob job = planner.solveAsync(problem, SolveOptions.ofTimeLimit(Duration.ofMinutes(10)), progress -> {
        });

        job.cancel();
        Plan plan = job.result().get(2, TimeUnit.MINUTES);

        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(60);
    }

    @Test
    void targetScoreReached_stopsTheSolve() throws Exception {
        Problem problem = TestProblems.random(15, 10, 4);
        // Any plan with no hard violation and at most ~1000 medium penalty qualifies at once.
        SolveOptions options = SolveOptions.defaults().withTimeLimit(Duration.ofMinutes(10))
                .withTargetScore("0hard/-1000medium/-100000000soft");

        Plan plan = planner.solveAsync(problem, options, progress -> {
        }).result().get(2, TimeUnit.MINUTES);

        assertThat(plan.summary().hardScore()).isZero();
    }

    @Test
    void unimprovedTimeLimit_stopsTheSolve() throws Exception {
        Problem problem = TestProblems.random(16, 8, 3);
        SolveOptions options = SolveOptions.defaults().withUnimprovedTimeLimit(Duration.ofMillis(500))
                .withTimeLimit(null);

        Plan plan = planner.solveAsync(problem, options, progress -> {
        }).result().get(2, TimeUnit.MINUTES);

        assertThat(plan.shifts()).hasSize(3);
    }

    @Test
    void invalidProblem_isRejectedWithEveryError() {
        Problem problem = TestProblems.random(17, 3, 1);
        List<Visit> visits = new ArrayList<>(problem.visits());
        visits.add(visits.get(0));
        Problem broken = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(),
                problem.caregivers(), visits, Map.of("no-such-rule", 1L));

        assertThatThrownBy(() -> planner.solve(broken, moves(100, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void problemWithoutVisits_givesEmptyFeasiblePlan() {
        Problem base = TestProblems.random(18, 0, 2);

        Plan plan = planner.solve(base, moves(100, 1));

        assertThat(plan.summary().feasible()).isTrue();
        assertThat(plan.shifts()).allSatisfy(shift -> assertThat(shift.visits()).isEmpty());
    }

    @Test
    void unreachableMandatoryVisit_isReportedNotThrown() {
        Problem base = TestProblems.random(19, 2, 1);
        Caregiver caregiver = base.caregivers().get(0);
        Shift shift = caregiver.shifts().get(0);
        Visit impossible = new Visit("too-early", null, null, TestProblems.BASE, Duration.ofMinutes(30),
                List.of(new org.careroute.core.api.model.TimeWindow(Instant.parse("2027-02-01T08:00:00Z"),
                        Instant.parse("2027-02-01T09:00:00Z"))),
                caregiver.skills(), 1, true, 0);
        Problem problem = new Problem("p", base.timeZone(), base.timeFormat(), base.travel(), List.of(caregiver),
                List.of(impossible), Map.of());

        Plan plan = planner.solve(problem, moves(2_000, 1));

        assertThat(shift.id()).isEqualTo(plan.shifts().get(0).shiftId());
        assertThat(plan.summary().feasible()).isFalse();
        assertThat(plan.unassignedVisits()).singleElement()
                .satisfies(u -> assertThat(u.reasons().get(0)).contains("works during the visit's time window"));
    }
}
