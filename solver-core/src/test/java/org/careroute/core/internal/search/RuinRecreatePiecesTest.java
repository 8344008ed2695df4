package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.PlanFactory;
import org.careroute.core.internal.verify.PlanVerifier;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ruin (string removals), the recreate (blink insertion) and the search's own route model. */
class RuinRecreatePiecesTest {

    /**
     * A random problem whose soft score is travel and waiting only: continuity of care (on by default since the
     * patient-care rules) is switched off, as the search's own cost does not estimate it.
     */
    private static Problem problem(long seed) {
        return TestProblems.random(seed, 30 + (int) seed * 5, 3 + (int) seed % 3, java.util.Map.of(
                CareConstraint.CONTINUITY_OF_CARE.id(), 0L));
    }

    private static ScheduleFactory.Built built(long seed) {
        return ScheduleFactory.build(problem(seed));
    }

    /** Empty routes, then every visit inserted by the blink insertion. */
    private static SearchRoutes recreated(ScheduleFactory.Built built, long seed, double blinkRate) {
        SearchRoutes routes = SearchRoutes.of(built.schedule(), 1, 0);
        int[] all = new int[routes.visitCount()];
        for (int v = 0; v < all.length; v++) {
            all[v] = v;
        }
        new BlinkInsertion(blinkRate, null, 0).recreate(routes, all, all.length, new SplittableRandom(seed));
        routes.commit();
        return routes;
    }

    private static CandidateLists candidates(SearchRoutes routes) {
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        return CandidateLists.build(locations, routes.shifts[0].getTravel(), 1, 0, 10);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void blinkInsertionFromEmptyRoutes_breaksNoHardRuleButUnassignedMandatoryVisits(long seed) {
        ScheduleFactory.Built built = built(seed);
        SearchRoutes routes = recreated(built, seed, 0.01);
        SearchFixture.writeBack(routes);

        HardMediumSoftScore score = SearchFixture.score(built.schedule());
        Problem problem = problem(seed);
        Plan plan = PlanFactory.toPlan(problem, built, built.schedule(), score);
        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(plan.summary().assignedVisits()).isEqualTo(routes.visitCount() - routes.poolSize()).isPositive();
        assertThat(report.violations()).allSatisfy(violation -> assertThat(violation.constraintId())
                .isEqualTo(CareConstraint.MANDATORY_VISIT_UNASSIGNED.id()));
        assertThat(-score.softScore()).isEqualTo(routes.totalCost() + waitingPenalty(built));
    }

    /** Soft points the default weights give to waiting (minutes), which the search's travel cost leaves out. */
    private static long waitingPenalty(ScheduleFactory.Built built) {
        long minutes = 0;
        for (CareVisit visit : built.schedule().getVisits()) {
            minutes += visit.isAssigned() ? visit.getPenalizedWaitingMinutes() : 0;
        }
        return minutes * CareConstraint.WAITING_TIME.defaultWeight();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void insertionCost_agreesWithSimulatingTheWholeRoute(long seed) {
        ScheduleFactory.Built built = built(seed);
        SearchRoutes routes = recreated(built, seed, 0.0);
        int checked = 0;
        for (int visit = 0; visit < routes.visitCount(); visit++) {
            if (routes.routeOf(visit) < 0) {
                continue;
            }
            routes.remove(visit);
            for (int i = 0; i < routes.touchedCount(); i++) {
                routes.recompute(routes.touchedRoute(i));
            }
            for (int r = 0; r < routes.routeCount(); r++) {
                List<CareVisit> base = routes.currentVisits(r);
                if (!routes.canServe(r, visit) || !feasible(routes.shifts[r], base)) {
                    continue;
                }
                for (int position = 0; position <= base.size(); position++) {
                    List<CareVisit> withVisit = new ArrayList<>(base);
                    withVisit.add(position, routes.visits[visit]);
                    long cost = routes.insertionCost(r, visit, position);
                    boolean feasible = feasible(routes.shifts[r], withVisit);
                    assertThat(cost != SearchRoutes.INFEASIBLE && cost != SearchRoutes.TOO_LATE)
                            .as("visit %d, route %d, position %d", visit, r, position).isEqualTo(feasible);
                    if (feasible) {
                        assertThat(cost).isEqualTo(travel(routes.shifts[r], withVisit)
                                - travel(routes.shifts[r], base));
                        checked++;
                    }
                }
            }
            routes.rollback();
        }
        assertThat(checked).isPositive();
    }

    /** Windows (with waiting) and the shift end, by plain simulation. */
    private static boolean feasible(CareShift shift, List<CareVisit> visits) {
        long time = shift.getStart();
        int at = shift.getStartLocation();
        for (CareVisit visit : visits) {
            long arrival = time + shift.getTravel().durationSeconds(at, visit.facts().location());
            long[] ends = visit.facts().windowEnds();
            if (ends.length > 0 && arrival > ends[ends.length - 1]) {
                return false;
            }
            time = visit.facts().serviceStartFor(arrival) + visit.facts().duration();
            at = visit.facts().location();
        }
        long back = shift.hasOpenEnd() || visits.isEmpty()
                ? time
                : time + shift.getTravel().durationSeconds(at, shift.getEndLocation());
        return back <= shift.getEnd();
    }

    private static long travel(CareShift shift, List<CareVisit> visits) {
        long seconds = 0;
        int at = shift.getStartLocation();
        for (CareVisit visit : visits) {
            seconds += shift.getTravel().durationSeconds(at, visit.facts().location());
            at = visit.facts().location();
        }
        if (!visits.isEmpty() && !shift.hasOpenEnd()) {
            seconds += shift.getTravel().durationSeconds(at, shift.getEndLocation());
        }
        return seconds;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void stringRemoval_takesOutVisitsAndKeepsTheOrderOfTheRest(long seed) {
        SearchRoutes routes = recreated(built(seed), seed, 0.01);
        int[][] before = routes.snapshot();
        StringRemoval removal = new StringRemoval(candidates(routes), routes.routeCount(), routes.visitCount(), 6,
                4);

        int removed = removal.ruin(routes, new SplittableRandom(seed));

        assertThat(removed).isPositive();
        for (int i = 0; i < removed; i++) {
            assertThat(routes.routeOf(removal.removed(i))).isEqualTo(-1);
        }
        int[][] after = routes.snapshot();
        int remaining = 0;
        for (int r = 0; r < after.length; r++) {
            assertThat(isSubsequence(after[r], before[r])).isTrue();
            remaining += after[r].length;
        }
        assertThat(remaining + removed).isEqualTo(Arrays.stream(before).mapToInt(route -> route.length).sum());
    }

    private static boolean isSubsequence(int[] part, int[] whole) {
        int j = 0;
        for (int value : whole) {
            if (j < part.length && part[j] == value) {
                j++;
            }
        }
        return j == part.length;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ruinAndRecreate_thenRollback_restoresRoutesPoolAndCost(long seed) {
        SearchRoutes routes = recreated(built(seed), seed, 0.01);
        int[][] before = routes.snapshot();
        long cost = routes.totalCost();
        int pooled = routes.poolSize();
        StringRemoval removal = new StringRemoval(candidates(routes), routes.routeCount(), routes.visitCount(), 6,
                4);
        SplittableRandom random = new SplittableRandom(seed);

        int removed = removal.ruin(routes, random);
        int[] visits = new int[removed];
        for (int i = 0; i < removed; i++) {
            visits[i] = removal.removed(i);
        }
        new BlinkInsertion(0.01, candidates(routes), 5).recreate(routes, visits, removed, random);
        routes.rollback();

        assertThat(routes.snapshot()).isDeepEqualTo(before);
        assertThat(routes.totalCost()).isEqualTo(cost);
        assertThat(routes.poolSize()).isEqualTo(pooled);
        for (int r = 0; r < before.length; r++) {
            for (int p = 0; p < before[r].length; p++) {
                assertThat(routes.routeOf(before[r][p])).isEqualTo(r);
                assertThat(routes.positionOf(before[r][p])).isEqualTo(p);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void sameSeed_ruinsTheSameVisits(long seed) {
        SearchRoutes first = recreated(built(seed), seed, 0.01);
        SearchRoutes second = recreated(built(seed), seed, 0.01);
        StringRemoval removalOfFirst = new StringRemoval(candidates(first), first.routeCount(), first.visitCount(),
                6, 4);
        StringRemoval removalOfSecond = new StringRemoval(candidates(second), second.routeCount(), second
                .visitCount(), 6, 4);

        removalOfFirst.ruin(first, new SplittableRandom(99));
        removalOfSecond.ruin(second, new SplittableRandom(99));

        assertThat(second.snapshot()).isDeepEqualTo(first.snapshot());
    }
}
