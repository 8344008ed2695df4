package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recreate's memo of routes a left-out visit fits nowhere in. */
class NoFitMemoTest {

    /** More visits than the shifts (with breaks and working-time rules) can take: some stay left out. */
    private static SearchRoutes crowded(long seed) {
        ScheduleFactory.Built built = ScheduleFactory.build(TestProblems.withWorkingDay(TestProblems.random(seed, 60,
                2, Map.of(CareConstraint.CONTINUITY_OF_CARE.id(), 0L))));
        return SearchRoutes.of(built.schedule(), 1, 0);
    }

    private static void recreateAll(SearchRoutes routes, long seed) {
        int[] all = new int[routes.poolSize()];
        for (int i = 0; i < all.length; i++) {
            all[i] = routes.poolVisit(i);
        }
        new BlinkInsertion(0.01, null, 0).recreate(routes, all, all.length, new SplittableRandom(seed));
        routes.commit();
    }

    private static boolean hasFeasiblePosition(SearchRoutes routes, int r, int visit) {
        if (!routes.canServe(r, visit)) {
            return false;
        }
        for (int position = routes.firstMovablePosition(r); position <= routes.size(r); position++) {
            long cost = routes.insertionCost(r, visit, position);
            if (cost == SearchRoutes.TOO_LATE) {
                return false;
            }
            if (cost != SearchRoutes.INFEASIBLE) {
                return true;
            }
        }
        return false;
    }

    /** Takes a few random visits out of their routes. */
    private static void ruin(SearchRoutes routes, SplittableRandom random) {
        for (int k = 0; k < 4; k++) {
            int visit = random.nextInt(routes.visitCount());
            if (routes.routeOf(visit) >= 0) {
                routes.remove(visit);
            }
        }
        routes.recomputeTouched();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aRouteMarkedAsFittingNowhere_hasNoFeasiblePositionForTheVisit_afterRecreateAndRuin(long seed) {
        SearchRoutes routes = crowded(seed);
        recreateAll(routes, seed);
        SplittableRandom random = new SplittableRandom(seed);
        int marks = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < routes.poolSize(); i++) {
                int visit = routes.poolVisit(i);
                for (int r = 0; r < routes.routeCount(); r++) {
                    if (routes.noFit.fitsNowhere(visit, r)) {
                        marks++;
                        assertThat(hasFeasiblePosition(routes, r, visit)).as("visit %d, route %d", visit, r).isFalse();
                    }
                }
            }
            ruin(routes, random);
            recreateAll(routes, seed + round);
        }
        assertThat(marks).as("routes known to fit nowhere").isPositive();
    }

    @Test
    void aMark_holdsUntilTheRouteChanges_andOnlyForThatRoute() {
        SearchRoutes routes = crowded(4);
        int visit = routes.poolVisit(0);
        routes.noFit.markFitsNowhere(visit, 0);
        routes.noFit.markFitsNowhere(visit, 1);

        routes.insert(routes.poolVisit(1), 0, 0);

        assertThat(routes.noFit.fitsNowhere(visit, 0)).isFalse();
        assertThat(routes.noFit.fitsNowhere(visit, 1)).isTrue();
    }

    @Test
    void withLinkedVisits_theMemoKnowsNothing() {
        SearchRoutes routes = SearchRoutes.of(ScheduleFactory.build(TestProblems.linked(1, 20, 3)).schedule(), 1,
                0);
        routes.noFit.markFitsNowhere(0, 0);

        assertThat(routes.noFit.fitsNowhere(0, 0)).isFalse();
    }
}
