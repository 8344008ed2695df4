package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ruin-and-recreate search moves the parts of a double-staffed visit together, never half of them. */
class RuinRecreatePartsTest {

    /** {@link TestProblems#random} where every third visit needs a nurse and an assistant nurse together. */
    private static Problem doubleStaffed(long seed, int visitCount, int caregiverCount) {
        Problem base = TestProblems.random(seed, visitCount, caregiverCount);
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < base.visits().size(); v++) {
            Visit visit = base.visits().get(v);
            if (v % 3 != 2) {
                visits.add(visit);
                continue;
            }
            List<VisitPart> parts = List.of(new VisitPart(Set.of("nurse"), null), new VisitPart(Set.of(
                    "assistant-nurse"), null));
            visits.add(new Visit(visit.id(), visit.clientId(), visit.name(), visit.location(), visit.duration(),
                    visit.timeWindows(), Set.of(), visit.priority(), visit.mandatory(), visit.demand(), null,
                    new VisitLinks(parts, List.of(), null, null)));
        }
        return new Problem(base.name() + "-double", base.timeZone(), base.timeFormat(), base.travel(),
                base.caregivers(), visits, base.constraintWeights());
    }

    private static SearchRoutes emptyRoutes(CareSchedule schedule) {
        for (CareShift shift : schedule.getShifts()) {
            shift.setVisits(new ArrayList<>());
        }
        SearchFixture.score(schedule);
        return SearchRoutes.of(schedule, 1, 0);
    }

    /** Asserts that every visit with parts is planned whole on distinct routes or not at all. */
    private static void assertWholeOrNone(SearchRoutes routes) {
        for (int v = 0; v < routes.visitCount(); v++) {
            int[] parts = routes.siblings(v);
            if (parts == null || routes.leadOf(v) != v) {
                continue;
            }
            int assigned = 0;
            long[] usedRoutes = new long[parts.length];
            for (int part : parts) {
                if (routes.routeOf(part) >= 0) {
                    usedRoutes[assigned++] = routes.routeOf(part);
                }
            }
            assertThat(assigned).as(routes.visits[v].facts().visitId()).isIn(0, parts.length);
            if (assigned == parts.length) {
                assertThat(usedRoutes).as(routes.visits[v].facts().visitId()).doesNotHaveDuplicates();
                for (int part : parts) {
                    assertThat(routes.syncStart(part)).isEqualTo(routes.syncStart(parts[0]));
                }
            }
        }
    }

    @Test
    void doubleStaffedVisit_partsAreNumberedTogetherAndMovable() {
        CareSchedule schedule = ScheduleFactory.build(doubleStaffed(1, 12, 4)).schedule();
        SearchRoutes routes = emptyRoutes(schedule);

        int groups = 0;
        for (int v = 0; v < routes.visitCount(); v++) {
            CareVisit visit = routes.visits[v];
            assertThat(routes.isMovable(v)).as(visit.getId()).isTrue();
            if (visit.facts().isPart()) {
                int[] parts = routes.siblings(v);
                assertThat(parts).hasSize(2).contains(v);
                assertThat(routes.visits[parts[0]].facts().visitId()).isEqualTo(visit.facts().visitId());
                assertThat(routes.visits[parts[1]].facts().visitId()).isEqualTo(visit.facts().visitId());
                groups += routes.leadOf(v) == v ? 1 : 0;
            } else {
                assertThat(routes.siblings(v)).isNull();
            }
        }
        assertThat(groups).isEqualTo(4);
    }

    @Test
    void groupInsertion_putsPartsOnDistinctQualifiedRoutesWithTheRealSynchronisedStart() {
        CareSchedule schedule = ScheduleFactory.build(doubleStaffed(2, 9, 3)).schedule();
        SearchRoutes routes = emptyRoutes(schedule);
        BlinkInsertion insertion = new BlinkInsertion(0, null, 0);
        int lead = -1;
        for (int v = 0; v < routes.visitCount() && lead < 0; v++) {
            if (routes.siblings(v) != null) {
                lead = routes.leadOf(v);
            }
        }

        boolean inserted = insertion.insertGroup(routes, routes.siblings(lead), new SplittableRandom(1));
        routes.commit();

        assertThat(inserted).isTrue();
        assertWholeOrNone(routes);
        SearchFixture.writeBack(routes);
        HardMediumSoftScore score = SearchFixture.score(schedule);
        assertThat(score.hardScore()).isZero();
        for (int part : routes.siblings(lead)) {
            CareVisit visit = routes.visits[part];
            assertThat((visit.facts().skillMask() & ~visit.getShift().getSkillMask())).isZero();
            assertThat(visit.getServiceStart()).isEqualTo(routes.syncStart(part));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ruinAndRecreate_keepsEveryDoubleStaffedVisitWholeOrUnplannedAndFeasible(long seed) {
        CareSchedule schedule = ScheduleFactory.build(doubleStaffed(seed, 30, 5)).schedule();
        SearchRoutes routes = emptyRoutes(schedule);
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        CandidateLists candidates = CandidateLists.build(locations, routes.shifts[0].getTravel(), 1, 0, 10);
        StringRemoval removal = new StringRemoval(candidates, routes.routeCount(), routes.visitCount(), 6, 5);
        BlinkInsertion insertion = new BlinkInsertion(0.01, null, 0);
        SplittableRandom random = new SplittableRandom(seed);
        int[] buffer = new int[routes.visitCount()];
        int count = 0;
        for (int v = 0; v < routes.visitCount(); v++) {
            if (routes.leadOf(v) == v) {
                buffer[count++] = v;
            }
        }
        insertion.recreate(routes, buffer, count, random);
        routes.commit();
        assertWholeOrNone(routes);

        for (int iteration = 0; iteration < 300; iteration++) {
            int removed = removal.ruin(routes, random);
            count = 0;
            for (int i = 0; i < removed; i++) {
                int visit = removal.removed(i);
                assertThat(routes.routeOf(visit)).isNegative();
                if (routes.leadOf(visit) == visit) {
                    buffer[count++] = visit;
                }
            }
            assertWholeOrNone(routes);
            insertion.recreate(routes, buffer, count, random);
            if (iteration % 3 == 0) {
                routes.rollback();
            } else {
                routes.commit();
            }
            assertWholeOrNone(routes);
        }
        SearchFixture.writeBack(routes);
        assertThat(SearchFixture.score(schedule).hardScore()).isZero();
        for (int v = 0; v < routes.visitCount(); v++) {
            if (routes.siblings(v) != null && routes.routeOf(v) >= 0) {
                // removals may let the parts start earlier than the estimate kept, never later
                assertThat(routes.visits[v].getServiceStart()).isLessThanOrEqualTo(routes.syncStart(v));
            }
        }
    }

    @Test
    void doubleStaffedProblem_solvedByRuinAndRecreate_plansEveryVisitWholeWithEqualStarts() {
        Problem problem = doubleStaffed(4, 24, 5);
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null).withSeed(4L);
        String before = System.getProperty("careroute.search");
        System.setProperty("careroute.search", "rr");
        Plan plan;
        try {
            plan = Planner.create().solve(problem, options);
        } finally {
            if (before == null) {
                System.clearProperty("careroute.search");
            } else {
                System.setProperty("careroute.search", before);
            }
        }

        List<PlannedVisit> parts = new ArrayList<>();
        for (ShiftPlan shift : plan.shifts()) {
            shift.visits().stream().filter(PlannedVisit::isPart).forEach(parts::add);
        }
        for (PlannedVisit part : parts) {
            List<PlannedVisit> siblings = parts.stream().filter(p -> p.visitId().equals(part.visitId())).toList();
            assertThat(siblings).as(part.visitId()).hasSize(2);
            assertThat(siblings.get(0).start()).isEqualTo(siblings.get(1).start());
        }
        assertThat(parts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(plan.summary().hardScore()).isZero();
        assertThat(Planner.create().verify(problem, plan).feasible()).isTrue();
    }
}
