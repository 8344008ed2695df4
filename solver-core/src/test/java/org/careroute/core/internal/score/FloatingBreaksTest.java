package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.junit.jupiter.api.Test;

/**
 * The floating-break policy of {@link WorkingDay} against exhaustive placement on small random routes: every way to
 * put each break into a gap of the route (before a visit, on the way back, after the return), each as early as its
 * window allows in that gap, scored by the hard seconds it causes (visits starting after their last window, breaks
 * starting after their latest start).
 */
class FloatingBreaksTest {

    private static final int ROUTES = 3000;

    /** One random route: visits in order, drives (the last one back to the end location), breaks. */
    private record Route(List<CareVisit> visits, long[] drives, long[] earliest, long[] latest, long[] duration) {

        WorkingDayRules rules() {
            return new WorkingDayRules(earliest, latest, duration, 0, 0, 0, false, Long.MAX_VALUE, 0, 0, 0, null);
        }
    }

    @Test
    void routesWithoutWaiting_neverLateWhereAnExhaustivePlacementIsOnTime() {
        Random random = new Random(11);
        int onTime = 0;
        for (int r = 0; r < ROUTES; r++) {
            Route route = randomRoute(random, false, 1);
            if (exhaustive(route) == 0) {
                onTime++;
                assertThat(policy(route)).as("route %d", r).isZero();
            }
        }
        assertThat(onTime).isGreaterThan(ROUTES / 4);
    }

    @Test
    void routesWithWaitingAndTwoBreaks_mostlyAsGoodAsExhaustivePlacement() {
        Random random = new Random(7);
        int optimal = 0;
        int feasible = 0;
        int foundFeasible = 0;
        int neverBetter = 0;
        for (int r = 0; r < ROUTES; r++) {
            Route route = randomRoute(random, true, 1 + random.nextInt(2));
            long best = exhaustive(route);
            long chosen = policy(route);
            if (chosen >= best) {
                neverBetter++;
            }
            if (chosen == best) {
                optimal++;
            }
            if (best == 0) {
                feasible++;
                if (chosen == 0) {
                    foundFeasible++;
                }
            }
        }
        System.out.printf("floating breaks vs exhaustive placement: optimal on %d of %d routes, on time on %d of the %d"
                + " routes that can be on time%n", optimal, ROUTES, foundFeasible, feasible);
        // the exhaustive placement is a true lower bound of the policy, which looks one visit ahead: measured with
        // seed 7, optimal on 2849 of 3000 routes, on time on 1831 of the 1869 routes that can be planned on time
        // (taking a break only where waiting absorbs all of it: 2808 and 1818)
        assertThat(neverBetter).isEqualTo(ROUTES);
        assertThat(optimal).isGreaterThanOrEqualTo(ROUTES * 94 / 100);
        assertThat(foundFeasible).isGreaterThanOrEqualTo(feasible * 97 / 100);
    }

    @Test
    void breakThatFitsIntoTheWaiting_isTakenThere() {
        // the second visit's window opens an hour after arrival; the 30-minute break fits into that waiting
        CareVisit first = visit("first", 1, 1800, 0, 36_000);
        CareVisit second = visit("second", 2, 1800, 6600, 36_000);
        Route route = new Route(List.of(first, second), new long[]{600, 600, 600}, new long[]{T0 + 3600},
                new long[]{T0 + 14_400}, new long[]{1800});

        List<long[]> taken = new ArrayList<>();
        drive(route, (k, start, end, place) -> taken.add(new long[]{k, start, end, place}));

        assertThat(taken).containsExactly(new long[]{0, T0 + 3600, T0 + 5400, WorkingDay.ON_ARRIVAL});
        assertThat(policy(route)).isZero();
    }

    private static Route randomRoute(Random random, boolean waiting, int breakCount) {
        int n = 1 + random.nextInt(5);
        List<CareVisit> visits = new ArrayList<>();
        long[] drives = new long[n + 1];
        long clock = 0;
        for (int i = 0; i < n; i++) {
            drives[i] = 300 + 60L * random.nextInt(30);
            long duration = 900 + 300L * random.nextInt(10);
            clock += drives[i] + duration;
            long end = clock + 60L * (random.nextInt(120) - 30);
            if (waiting && random.nextInt(3) == 0) {
                long start = Math.max(0, end - 60L * random.nextInt(90));
                if (random.nextBoolean()) {
                    long firstEnd = Math.max(0, start - 3600 - 60L * random.nextInt(60));
                    visits.add(visit("v" + i, 1 + i % 2, duration, Math.max(0, firstEnd - 1800), firstEnd, start,
                            end));
                } else {
                    visits.add(visit("v" + i, 1 + i % 2, duration, start, Math.max(start, end)));
                }
            } else {
                visits.add(visit("v" + i, 1 + i % 2, duration, 0, Math.max(0, end)));
            }
        }
        drives[n] = 300 + 60L * random.nextInt(30);
        long[] earliest = new long[breakCount];
        long[] latest = new long[breakCount];
        long[] duration = new long[breakCount];
        long from = 60L * random.nextInt(Math.max(1, (int) (clock / 60)));
        for (int k = 0; k < breakCount; k++) {
            duration[k] = 900 + 900L * random.nextInt(3);
            earliest[k] = T0 + from;
            latest[k] = earliest[k] + 60L * random.nextInt(150);
            from += duration[k] + 60L * random.nextInt(120);
        }
        return new Route(visits, drives, earliest, latest, duration);
    }

    /** Hard seconds of the route as the policy times it. */
    private static long policy(Route route) {
        return drive(route, null);
    }

    private static long drive(Route route, WorkingDay.BreakLog log) {
        WorkingDayRules rules = route.rules();
        long[] hard = {0};
        long[] time = {T0};
        long[] state = {0};
        for (int i = 0; i < route.visits().size(); i++) {
            CareVisit visit = route.visits().get(i);
            WorkingDay.visit(rules, visit, time[0], route.drives()[i], state[0],
                    (arrival, end, after, breakLateness, excess, onArrival, solo) -> {
                        hard[0] += breakLateness + lateness(visit, end - visit.facts().duration());
                        time[0] = end;
                        state[0] = after;
                    }, log);
        }
        WorkingDay.routeEnd(rules, time[0], route.drives()[route.visits().size()], state[0],
                (back, after, breakLateness, excess) -> hard[0] += breakLateness, log);
        return hard[0];
    }

    /** The fewest hard seconds over every assignment of breaks to gaps (0..n-1 before a visit, n back, n+1 after). */
    private static long exhaustive(Route route) {
        int n = route.visits().size();
        int breaks = route.duration().length;
        int[] gaps = new int[breaks];
        long best = Long.MAX_VALUE;
        while (true) {
            best = Math.min(best, placed(route, gaps));
            int k = breaks - 1;
            while (k >= 0 && gaps[k] == n + 1) {
                k--;
            }
            if (k < 0) {
                return best;
            }
            gaps[k]++;
            for (int j = k + 1; j < breaks; j++) {
                gaps[j] = gaps[k];
            }
        }
    }

    /** Hard seconds with each break in its gap, as early as its window allows there, on the way when it opens. */
    private static long placed(Route route, int[] gaps) {
        int n = route.visits().size();
        long hard = 0;
        long t = T0;
        int k = 0;
        for (int i = 0; i <= n; i++) {
            long remaining = route.drives()[i];
            while (k < gaps.length && gaps[k] == i) {
                long start = Math.max(t, route.earliest()[k]);
                remaining -= Math.min(remaining, start - t);
                hard += Math.max(0, start - route.latest()[k]);
                t = start + route.duration()[k];
                k++;
            }
            t += remaining;
            if (i < n) {
                CareVisit visit = route.visits().get(i);
                long start = visit.facts().serviceStartFor(t);
                hard += lateness(visit, start);
                t = start + visit.facts().duration();
            }
        }
        while (k < gaps.length) {
            long start = Math.max(t, route.earliest()[k]);
            hard += Math.max(0, start - route.latest()[k]);
            t = start + route.duration()[k];
            k++;
        }
        return hard;
    }

    private static long lateness(CareVisit visit, long start) {
        long[] ends = visit.facts().windowEnds();
        return ends.length == 0 ? 0 : Math.max(0, start - ends[ends.length - 1]);
    }
}
