package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ruin-and-recreate phase with linked visits: pinned visits (and every visit linked to one) stay where they are;
 * the parts of a visit, and the visits linked by a dependency, move together.
 */
class RuinRecreateLinkedTest {

    /** Every visit round robin over the shifts; the parts of a visit on different shifts. */
    private static CareSchedule roundRobin(long seed) {
        CareSchedule schedule = ScheduleFactory.build(TestProblems.linked(seed, 24, 4)).schedule();
        List<CareShift> shifts = schedule.getShifts();
        List<List<CareVisit>> routes = new ArrayList<>();
        shifts.forEach(shift -> routes.add(new ArrayList<>()));
        int next = 0;
        for (CareVisit visit : schedule.getVisits()) {
            int r = visit.facts().isPart() ? (next + visit.facts().part()) % shifts.size() : next % shifts.size();
            routes.get(r).add(visit);
            if (!visit.facts().isPart() || visit.facts().part() == visit.facts().partCount() - 1) {
                next++;
            }
        }
        for (int r = 0; r < shifts.size(); r++) {
            shifts.get(r).setVisits(routes.get(r));
        }
        SearchFixture.score(schedule);
        return schedule;
    }

    /** Whether the visit, or a part of its visit, is pinned. */
    private static boolean isPinned(CareVisit visit) {
        List<CareVisit> group = visit.facts().isPart() ? visit.getParts() : List.of(visit);
        for (CareVisit part : group) {
            if (part.facts().pinnedCaregiverId() != null) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pinnedVisitsAreNotMovable_dependentOnesMoveAsAGroup_andEveryPartIsNumbered() {
        CareSchedule schedule = roundRobin(3);
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0);
        Set<String> dependent = new HashSet<>();
        for (CareDependency dependency : schedule.getDependencies()) {
            dependent.add(dependency.beforeId());
            dependent.add(dependency.afterId());
        }

        assertThat(routes.visitCount()).isEqualTo(schedule.getVisits().size());
        assertThat(java.util.Arrays.asList(routes.visits)).containsExactlyInAnyOrderElementsOf(schedule.getVisits());
        int parts = 0;
        for (int v = 0; v < routes.visitCount(); v++) {
            CareVisit visit = routes.visits[v];
            parts += visit.facts().isPart() ? 1 : 0;
            assertThat(routes.isMovable(v)).as(visit.getId()).isEqualTo(!isPinned(visit));
            if (dependent.contains(visit.getId())) {
                assertThat(routes.group(v)).as(visit.getId()).contains(v);
                assertThat(routes.isDependencyLinked(v)).isTrue();
            }
        }
        assertThat(parts).isPositive();
        assertThat(dependent).isNotEmpty();
        for (CareDependency dependency : schedule.getDependencies()) {
            int before = indexOf(routes, dependency.beforeId());
            int after = indexOf(routes, dependency.afterId());
            int[] group = routes.group(before);
            assertThat(group).isSameAs(routes.group(after));
            assertThat(java.util.Arrays.stream(group).boxed().toList().indexOf(before)).isLessThan(java.util.Arrays
                    .stream(group).boxed().toList().indexOf(after));
        }
    }

    private static int indexOf(SearchRoutes routes, String id) {
        for (int v = 0; v < routes.visitCount(); v++) {
            if (routes.visits[v].getId().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ruinAndRecreate_neverMovesAPinnedVisitAndMovesLinkedVisitsTogether(long seed) {
        CareSchedule schedule = roundRobin(seed);
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0);
        int[] routeBefore = new int[routes.visitCount()];
        for (int v = 0; v < routeBefore.length; v++) {
            routeBefore[v] = routes.routeOf(v);
        }
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        CandidateLists candidates = CandidateLists.build(locations, routes.shifts[0].getTravel(), 1, 0, 10);
        StringRemoval removal = new StringRemoval(candidates, routes.routeCount(), routes.visitCount(), 6, 5);
        BlinkInsertion insertion = new BlinkInsertion(0.01, null, 0);
        SplittableRandom random = new SplittableRandom(seed);
        int[] buffer = new int[routes.visitCount()];

        for (int iteration = 0; iteration < 200; iteration++) {
            int removed = removal.ruin(routes, random);
            for (int i = 0; i < removed; i++) {
                buffer[i] = removal.removed(i);
                assertThat(routes.isMovable(buffer[i])).isTrue();
            }
            insertion.recreate(routes, buffer, removed, random);
            routes.commit();
            for (int v = 0; v < routeBefore.length; v++) {
                if (!routes.isMovable(v)) {
                    assertThat(routes.routeOf(v)).as(routes.visits[v].getId()).isEqualTo(routeBefore[v]);
                } else if (routes.group(v) != null) {
                    int[] group = routes.group(v);
                    boolean planned = routes.routeOf(group[0]) >= 0;
                    for (int member : group) {
                        assertThat(routes.routeOf(member) >= 0).as(routes.visits[member].getId()).isEqualTo(planned);
                    }
                }
            }
        }
        SearchFixture.writeBack(routes);
        assertThat(schedule.getShifts().stream().mapToInt(shift -> shift.getVisits().size()).sum()).isEqualTo(
                routes.visitCount() - routes.poolSize());
    }

    @Tag("slow")
    @Test
    void linkedProblem_solvesWithoutHardViolationsAndKeepsPartsTogether() {
        Problem problem = TestProblems.linked(5, 16, 5);

        Plan plan = Planner.create().solve(problem, SolveOptions.defaults().withMoveCountLimit(20_000L)
                .withTimeLimit(null).withSeed(5L));

        assertThat(plan.summary().hardScore()).isZero();
        List<PlannedVisit> parts = new ArrayList<>();
        for (ShiftPlan shift : plan.shifts()) {
            shift.visits().stream().filter(PlannedVisit::isPart).forEach(parts::add);
        }
        assertThat(parts).isNotEmpty();
        assertThat(Planner.create().verify(problem, plan).feasible()).isTrue();
    }
}
