package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search's insertion check on routes with breaks, the continuous-work law, a maximum working time and overtime
 * ({@link TestProblems#withWorkingDay}): it accepts exactly the insertions after which Timefold's hard score, leaving
 * aside the inserted visit's own unassigned penalty, is not worse.
 */
@Tag("slow")
class SearchRoutesWorkingDayTest {

    private static final Map<String, Long> WEIGHTS = Map.of(CareConstraint.CONTINUITY_OF_CARE.id(), 0L);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void insertionCost_onTimedRoutes_acceptsExactlyWhatAddsNoTimingViolation(long seed) {
        Problem problem = TestProblems.withWorkingDay(TestProblems.random(seed, 40, 3, WEIGHTS));
        Plan start = Planner.create().solve(problem, new SolveOptions(null, null, null, 50L, seed,
                AssertionMode.NONE));
        CareSchedule schedule = ScheduleFactory.build(problem).schedule();
        WarmStart.plain(start, "test").apply(schedule);
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0);
        int accepted = 0;
        int refusedByTiming = 0;
        for (int visit = 0; visit < routes.visitCount(); visit += 2) {
            if (routes.routeOf(visit) >= 0) {
                routes.remove(visit);
                for (int i = 0; i < routes.touchedCount(); i++) {
                    routes.recompute(routes.touchedRoute(i));
                }
            }
            for (int r = 0; r < routes.routeCount(); r++) {
                assertThat(routes.isTimed(r)).isTrue();
                if (!routes.canServe(r, visit)) {
                    continue;
                }
                List<CareVisit> base = routes.currentVisits(r);
                // the visit out of the plan: its own penalty is not the route's business
                long before = hard(schedule, routes, r, base) + (routes.isMandatory(visit)
                        ? CareConstraint.MANDATORY_VISIT_UNASSIGNED.defaultWeight()
                        : 0);
                for (int position = 0; position <= base.size(); position++) {
                    List<CareVisit> withVisit = new ArrayList<>(base);
                    withVisit.add(position, routes.visits[visit]);
                    long after = hard(schedule, routes, r, withVisit);
                    long cost = routes.insertionCost(r, visit, position);
                    boolean estimateAccepts = cost != SearchRoutes.INFEASIBLE && cost != SearchRoutes.TOO_LATE;
                    assertThat(estimateAccepts).as("visit %d, route %d, position %d (%d -> %d)", visit, r,
                            position, before, after).isEqualTo(after >= before);
                    accepted += estimateAccepts ? 1 : 0;
                    refusedByTiming += !estimateAccepts && breakFreeFits(routes, r, withVisit) ? 1 : 0;
                }
            }
            routes.rollback();
        }
        assertThat(accepted).as("insertions accepted").isPositive();
        assertThat(refusedByTiming).as("insertions only the working-day rules refuse").isPositive();
    }

    /** Timefold's hard score with route {@code r} set to {@code visits}, the other routes as the search has them. */
    private static long hard(CareSchedule schedule, SearchRoutes routes, int r, List<CareVisit> visits) {
        for (int k = 0; k < routes.routeCount(); k++) {
            routes.shifts[k].setVisits(k == r ? new ArrayList<>(visits) : routes.currentVisits(k));
        }
        return SearchFixture.score(schedule).hardScore();
    }

    /** Whether the route meets its windows and shift end when breaks and working-time rules are ignored. */
    private static boolean breakFreeFits(SearchRoutes routes, int r, List<CareVisit> visits) {
        CareShift shift = routes.shifts[r];
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
        long back = shift.hasOpenEnd()
                ? time
                : time + shift.getTravel().durationSeconds(at, shift
                        .getEndLocation());
        return back <= shift.getEnd() + shift.getRules().getOvertimeAllowance();
    }
}
