package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search's tardiness estimate: the cost {@link SearchRoutes#insertionCost} gives an insertion (travel and the
 * seconds started after preferred windows, the inserted visit's and those of the later visits it pushes) is exactly
 * the change of the route model's total cost once the visit is inserted and the route recomputed from scratch.
 */
class TardinessEstimateTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void insertionCostWithTardiness_isTheChangeOfTheRecomputedRouteCost(long seed) {
        SearchRoutes routes = planned(seed, 0, 0);
        int[] checked = new int[1];
        int[] tardy = new int[1];
        forEachPlace(routes, (visit, r, position) -> {
            long cost = routes.insertionCost(r, visit, position);
            if (routes.isTimed(r) || cost == SearchRoutes.INFEASIBLE || cost == SearchRoutes.TOO_LATE) {
                return;
            }
            long before = routes.totalCost();
            long tardinessBefore = tardiness(routes, r);
            routes.insert(visit, r, position);
            long after = routes.totalCost();
            tardy[0] += tardiness(routes, r) != tardinessBefore ? 1 : 0;
            routes.remove(visit);
            routes.recompute(r);
            assertThat(cost).as("visit %d, route %d, position %d", visit, r, position).isEqualTo(after - before);
            assertThat(routes.totalCost()).isEqualTo(before);
            checked[0]++;
        });
        assertThat(checked[0]).isPositive();
        assertThat(tardy[0]).as("insertions that change the route's tardiness").isPositive();
    }

    /**
     * The lower bound the group insertion prunes pairs of part options with ({@link
     * SearchRoutes#optionStartCostBound}) is never above the start cost of any later start the option allows, with
     * waiting weighed or not.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void startCostBound_isAtMostTheStartCostOfEveryLaterStart(long seed) {
        for (long[] waiting : new long[][]{{0, 0}, {2, 1}, {1, 3}}) {
            SearchRoutes routes = planned(seed, waiting[0], waiting[1]);
            int[] bounded = new int[1];
            forEachPlace(routes, (visit, r, position) -> {
                long cost = routes.partOption(r, visit, position);
                if (cost == SearchRoutes.INFEASIBLE || cost == SearchRoutes.TOO_LATE) {
                    return;
                }
                long ready = routes.optionReady();
                long arrival = routes.optionArrival();
                long shift = routes.optionNextShift();
                long bound = routes.optionStartCostBound(visit, ready, arrival, r, position, shift);
                if (bound == SearchRoutes.TOO_LATE) {
                    return;
                }
                bounded[0]++;
                for (long start = ready; start <= Math.min(routes.optionLatestStart(), ready + 7200); start += 97) {
                    assertThat(bound).as("visit %d, route %d, position %d, start %d", visit, r, position, start)
                            .isLessThanOrEqualTo(routes.optionStartCost(visit, start, arrival, r, position, shift));
                }
            });
            assertThat(bounded[0]).isPositive();
        }
    }

    /** A check of one place: visit, route, position before which it would go. */
    private interface PlaceCheck {
        void check(int visit, int r, int position);
    }

    /**
     * Takes each planned visit without parts or dependencies out in turn, checks every position of every route that
     * may serve it with the routes as they are without it, and puts it back.
     */
    private static void forEachPlace(SearchRoutes routes, PlaceCheck check) {
        for (int visit = 0; visit < routes.visitCount(); visit++) {
            if (routes.routeOf(visit) < 0 || routes.group(visit) != null) {
                continue;
            }
            routes.remove(visit);
            routes.recomputeTouched();
            for (int r = 0; r < routes.routeCount(); r++) {
                for (int position = 0; routes.canServe(r, visit) && position <= routes.size(r); position++) {
                    check.check(visit, r, position);
                }
            }
            routes.rollback();
        }
    }

    /**
     * The route model of a random problem with patient care (travel and tardiness weighed 1, waiting as given), every
     * visit inserted by the search's recreate.
     */
    private static SearchRoutes planned(long seed, long waitingWeight, long firstWaitingWeight) {
        CareSchedule schedule = ScheduleFactory.build(TestProblems.randomWithPatientCare(seed, 30, 3, Map.of()))
                .schedule();
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0, waitingWeight, firstWaitingWeight, 0, 1);
        int[] all = new int[routes.visitCount()];
        for (int v = 0; v < all.length; v++) {
            all[v] = v;
        }
        new BlinkInsertion(0, null, 0).recreate(routes, all, all.length, new SplittableRandom(seed));
        routes.commit();
        return routes;
    }

    /** Seconds the visits of route r start after their preferred windows, in the route model. */
    private static long tardiness(SearchRoutes routes, int r) {
        long total = 0;
        for (int p = 0; p < routes.size(r); p++) {
            int v = routes.visitAt(r, p);
            long start = routes.serviceEnd[r][p] - routes.facts.duration[v];
            total += Math.max(0, start - routes.facts.preferredEnd[v]);
        }
        return total;
    }
}
