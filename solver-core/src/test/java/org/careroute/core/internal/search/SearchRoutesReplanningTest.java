package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Planner;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ruin-and-recreate search when re-planning: the visits that started before "now" stay first in their routes,
 * and the search's insertion check knows that nothing departs before "now" (except towards the visit the published
 * route went to next, see {@link CareVisit#departureAfter}).
 */
class SearchRoutesReplanningTest {

    private static final Planner PLANNER = Planner.create();
    private static final Map<String, Long> WEIGHTS = Map.of(CareConstraint.CONTINUITY_OF_CARE.id(), 0L);

    /** A random problem's schedule with the re-planning facts of its solved plan at 10:00 (4 h into the day). */
    private static SearchRoutes replanned(long seed) {
        Problem problem = TestProblems.random(seed, 30, 3, WEIGHTS);
        Plan published = PLANNER.solve(problem, new SolveOptions(null, null, null, 300L, seed, AssertionMode.NONE));
        Instant now = TestProblems.DAY.plusSeconds(4 * 3600);
        ScheduleFactory.Built built = ScheduleFactory.build(problem);
        WarmStart.replanning(new Replanning(published, null, now, Duration.ofMinutes(10))).apply(built.schedule());
        return SearchRoutes.of(built.schedule(), 1, 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ruinAndRecreate_neverMovesStartedVisits(long seed) {
        SearchRoutes routes = replanned(seed);
        List<List<CareVisit>> started = new ArrayList<>();
        int pinned = 0;
        for (int r = 0; r < routes.routeCount(); r++) {
            started.add(routes.currentVisits(r).subList(0, routes.firstMovablePosition(r)));
            pinned += routes.firstMovablePosition(r);
        }
        assertThat(pinned).isPositive();
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        CandidateLists candidates = CandidateLists.build(locations, routes.shifts[0].getTravel(), 1, 0, 10);
        StringRemoval removal = new StringRemoval(candidates, routes.routeCount(), routes.visitCount(), 6.0, 5);
        BlinkInsertion insertion = new BlinkInsertion(0.01, null, 0);
        SplittableRandom random = new SplittableRandom(seed);
        int[] buffer = new int[routes.visitCount()];

        for (int iteration = 0; iteration < 300; iteration++) {
            int count = removal.ruin(routes, random);
            for (int i = 0; i < count; i++) {
                buffer[i] = removal.removed(i);
            }
            insertion.recreate(routes, buffer, count, random);
            if (random.nextBoolean()) {
                routes.commit();
            } else {
                routes.rollback();
            }
            for (int r = 0; r < routes.routeCount(); r++) {
                // (AssertJ's startsWith refuses an empty prefix, so compare the head)
                List<CareVisit> current = routes.currentVisits(r);
                List<CareVisit> head = started.get(r);
                assertThat(current.size()).as("route %d, iteration %d", r, iteration).isGreaterThanOrEqualTo(head
                        .size());
                assertThat(current.subList(0, head.size())).as("route %d, iteration %d", r, iteration)
                        .containsExactlyElementsOf(head);
            }
        }
    }

    @Test
    void insertionCost_agreesWithSimulatingDeparturesNotBeforeNow() {
        int[] counts = new int[2];
        for (long seed = 1; seed <= 3; seed++) {
            checkInsertions(replanned(seed), counts);
        }
        assertThat(counts[0]).as("feasible insertions checked").isPositive();
        assertThat(counts[1]).as("insertions only the departure rule makes infeasible").isPositive();
    }

    /** Every insertion of every movable visit after the pinned visits; counts feasible and refused-for-now ones. */
    private static void checkInsertions(SearchRoutes routes, int[] counts) {
        for (int visit = 0; visit < routes.visitCount(); visit++) {
            if (routes.routeOf(visit) >= 0 && !routes.isMovable(visit)) {
                continue;
            }
            if (routes.routeOf(visit) >= 0) {
                routes.remove(visit);
                for (int i = 0; i < routes.touchedCount(); i++) {
                    routes.recompute(routes.touchedRoute(i));
                }
            }
            for (int r = 0; r < routes.routeCount(); r++) {
                List<CareVisit> base = routes.currentVisits(r);
                if (!routes.canServe(r, visit) || !feasible(routes.shifts[r], base, true)) {
                    continue;
                }
                for (int position = routes.firstMovablePosition(r); position <= base.size(); position++) {
                    List<CareVisit> withVisit = new ArrayList<>(base);
                    withVisit.add(position, routes.visits[visit]);
                    long cost = routes.insertionCost(r, visit, position);
                    boolean feasible = feasible(routes.shifts[r], withVisit, true);
                    assertThat(cost != SearchRoutes.INFEASIBLE && cost != SearchRoutes.TOO_LATE)
                            .as("visit %d, route %d, position %d", visit, r, position).isEqualTo(feasible);
                    counts[0] += feasible ? 1 : 0;
                    counts[1] += !feasible && feasible(routes.shifts[r], withVisit, false) ? 1 : 0;
                }
            }
            routes.rollback();
        }
    }

    /** Windows (with waiting) and the shift end by plain simulation, departures by the re-planning rule or not. */
    private static boolean feasible(CareShift shift, List<CareVisit> visits, boolean departureRule) {
        long time = shift.getStart();
        int at = shift.getStartLocation();
        CareVisit before = null;
        for (CareVisit visit : visits) {
            long departure = departureRule ? RouteTiming.departure(shift, before, visit, time) : time;
            long arrival = departure + shift.getTravel().durationSeconds(at, visit.facts().location());
            long[] ends = visit.facts().windowEnds();
            if (ends.length > 0 && arrival > ends[ends.length - 1]) {
                return false;
            }
            time = visit.facts().serviceStartFor(arrival) + visit.facts().duration();
            at = visit.facts().location();
            before = visit;
        }
        long back = shift.hasOpenEnd() || visits.isEmpty()
                ? time
                : time + shift.getTravel().durationSeconds(at, shift.getEndLocation());
        return back <= shift.getEnd();
    }
}
