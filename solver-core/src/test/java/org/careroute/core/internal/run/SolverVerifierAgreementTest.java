package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's score and the independent verifier must agree on every solved plan: feasibility, and each score level
 * recomputed from scratch. Problems are tight on purpose so that many plans are infeasible or leave visits out.
 */
@Tag("slow")
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

    @Test
    void breakWithANestedWindowLateAfterTheRoute_isCountedBySolverAndVerifierAlike() {
        // Regression: the solver counted no lateness for breaks after the route, the verifier (and the plan's break
        // list) did. Visit at the base 07:00-07:10, back 07:10; break 0 (07:20-09:00) after the return at
        // 07:20-07:30, then break 1 (07:25-07:35, nested in break 0's window) at 07:30: 300 s late.
        Instant day = TestProblems.DAY;
        ShiftRules rules = new ShiftRules(List.of(new ShiftBreak(Duration.ofMinutes(10), day.plusSeconds(4800), day
                .plusSeconds(10_800)), new ShiftBreak(Duration.ofMinutes(10), day.plusSeconds(5100),
                        day.plusSeconds(
                                5700))),
                null, null);
        Shift shift = new Shift("s0", day.plusSeconds(3600), day.plusSeconds(9 * 3600), TestProblems.BASE,
                TestProblems.BASE, rules);
        Caregiver caregiver = new Caregiver("c0", null, Set.of(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY,
                List.of(shift));
        Visit visit = new Visit("v0", null, null, TestProblems.BASE, Duration.ofMinutes(10), List.of(), Set.of(), 1,
                true, 0);
        Problem problem = new Problem("nested-breaks", ZoneId.of("UTC"), TimeFormat.ISO, HaversineTravel.defaults(),
                List.of(caregiver), List.of(visit), Map.of());

        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(100L).withTimeLimit(null)
                .withSeed(1L));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(plan.summary().hardScore()).isEqualTo(-300);
        assertThat(report.recomputed().hardScore()).isEqualTo(-300);
        assertThat(report.violations()).extracting(Violation::constraintId, Violation::amount).containsExactly(tuple(
                "break-window", 300L));
    }
}
