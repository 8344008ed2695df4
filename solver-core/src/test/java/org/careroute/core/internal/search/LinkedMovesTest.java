package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.junit.jupiter.api.Test;

/**
 * Ruin and recreate moves visits linked by a dependency together. A patient near caregiver c1 needs visit "p" and,
 * 0 to 5 minutes after it ends, visit "d"; caregiver c2 lives an hour away. From a plan where c2 serves both, moving
 * either visit alone to c1 is no better (p alone leaves d 40 minutes after it, breaking the maximum gap; d alone
 * waits for p and adds c1's drive), only moving the pair together reaches the shortest plan.
 */
class LinkedMovesTest {

    private static final Instant DAY = Instant.parse("2027-03-01T08:00:00Z");

    /**
     * Locations: 0 c1's home, 1 c2's home, 2 the patient (10 minutes from c1, an hour from c2), 3 a second patient
     * next door to the first; visits of 10 minutes from 08:00 to 18:00; the second patient's visit has two parts
     * when {@code withParts} (c1 and c3, who lives with c1, serve it together) and depends on "p" too.
     */
    private static Problem problem(String pinned, boolean withParts) {
        long[][] seconds = {{0, 3000, 600, 600}, {3000, 0, 3600, 3600}, {600, 3600, 0, 60}, {600, 3600, 60, 0}};
        List<Caregiver> caregivers = new ArrayList<>();
        for (String id : List.of("c1", "c2", "c3")) {
            int home = id.equals("c2") ? 1 : 0;
            caregivers.add(new Caregiver(id, null, Set.of("nurse"), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY,
                    List.of(new Shift(id,
                            DAY, DAY.plusSeconds(10 * 3600), new MatrixLocation(home), new MatrixLocation(home)))));
        }
        List<TimeWindow> day = List.of(new TimeWindow(DAY, DAY.plusSeconds(10 * 3600)));
        VisitLinks pLinks = new VisitLinks(List.of(), List.of(), pinned, null);
        VisitLinks dLinks = new VisitLinks(List.of(), List.of(new VisitDependency("p", Duration.ZERO, Duration
                .ofMinutes(5), VisitDependency.GapFrom.END)), pinned, null);
        List<Visit> visits = new ArrayList<>(List.of(
                new Visit("p", null, null, new MatrixLocation(2), Duration.ofMinutes(10), day, Set.of("nurse"), 1,
                        true, 0, null, pLinks),
                new Visit("d", null, null, new MatrixLocation(2), Duration.ofMinutes(10), day, Set.of("nurse"), 1,
                        true, 0, null, dLinks)));
        if (withParts) {
            VisitPart part = new VisitPart(Set.of("nurse"), null);
            visits.add(new Visit("e", null, null, new MatrixLocation(3), Duration.ofMinutes(10), day, Set.of(), 1,
                    true, 0, null, new VisitLinks(List.of(part, part), List.of(new VisitDependency("p", Duration
                            .ofMinutes(20), Duration.ofMinutes(60), VisitDependency.GapFrom.START)), null, null)));
        }
        return new Problem("linked-pair", ZoneOffset.UTC, TimeFormat.ISO, new MatrixTravel(seconds, seconds),
                caregivers, visits, Map.of());
    }

    private static CareVisit visit(CareSchedule schedule, String id) {
        return schedule.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
    }

    private static CareShift shift(CareSchedule schedule, String id) {
        return schedule.getShifts().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    private static HardMediumSoftScore scoreWith(CareSchedule schedule, List<String> c1, List<String> c2) {
        for (CareShift shift : schedule.getShifts()) {
            List<String> ids = shift.getId().equals("c1") ? c1 : shift.getId().equals("c2") ? c2 : List.of();
            shift.setVisits(new ArrayList<>(ids.stream().map(id -> visit(schedule, id)).toList()));
        }
        return SearchFixture.score(schedule);
    }

    @Test
    void onlyAJointMoveOfThePairImproves_andRuinAndRecreateMakesIt() {
        CareSchedule schedule = ScheduleFactory.build(problem(null, false)).schedule();
        HardMediumSoftScore start = scoreWith(schedule, List.of(), List.of("p", "d"));
        HardMediumSoftScore pAlone = scoreWith(schedule, List.of("p"), List.of("d"));
        HardMediumSoftScore dAlone = scoreWith(schedule, List.of("d"), List.of("p"));
        HardMediumSoftScore joint = scoreWith(schedule, List.of("p", "d"), List.of());
        assertThat(start.hardScore()).isZero();
        assertThat(pAlone).isLessThan(start);
        assertThat(pAlone.hardScore()).isNegative();
        assertThat(dAlone).isLessThan(start);
        assertThat(joint).isGreaterThan(start);
        assertThat(joint.hardScore()).isZero();

        scoreWith(schedule, List.of(), List.of("p", "d"));
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0);
        int p = routes.facts.numberOf.get(visit(schedule, "p"));
        int d = routes.facts.numberOf.get(visit(schedule, "d"));
        assertThat(routes.isMovable(p)).isTrue();
        assertThat(routes.group(d)).containsExactly(p, d);
        int[] removed = new int[routes.visitCount()];
        assertThat(routes.removeGroup(d, removed, 0)).isEqualTo(2);
        routes.recomputeTouched();
        new BlinkInsertion(0, null, 0).recreate(routes, new int[]{routes.leadOf(d)}, 1, new SplittableRandom(1));

        assertThat(routes.shifts[routes.routeOf(p)].getId()).isEqualTo("c1");
        assertThat(routes.routeOf(d)).isEqualTo(routes.routeOf(p));
        assertThat(routes.positionOf(d)).isEqualTo(routes.positionOf(p) + 1);
        // d waits for the end of p, the minimum gap
        assertThat(routes.syncStart(d)).isEqualTo(routes.syncStart(p) + 600);
        SearchFixture.writeBack(routes);
        HardMediumSoftScore after = SearchFixture.score(schedule);
        assertThat(after).isEqualTo(joint);
        assertThat(visit(schedule, "d").getServiceStart()).isEqualTo(routes.syncStart(d));
    }

    @Test
    void aDependentVisitWithParts_isInsertedInsideItsGapsAfterItsPredecessor() {
        CareSchedule schedule = ScheduleFactory.build(problem(null, true)).schedule();
        SearchFixture.score(schedule);
        SearchRoutes routes = SearchRoutes.of(schedule, 1, 0);
        int p = routes.facts.numberOf.get(visit(schedule, "p"));
        int[] group = routes.group(p);
        assertThat(group).hasSize(4);
        assertThat(group[0]).isEqualTo(p);

        assertThat(new BlinkInsertion(0, null, 0).recreate(routes, new int[]{p}, 1, new SplittableRandom(3)))
                .isEqualTo(1);

        for (int v : group) {
            assertThat(routes.routeOf(v)).as(routes.visits[v].getId()).isNotNegative();
        }
        int e0 = routes.facts.numberOf.get(schedule.getVisits().stream().filter(v -> "e".equals(v.facts().visitId()))
                .findFirst().orElseThrow());
        int[] parts = routes.siblings(e0);
        assertThat(routes.routeOf(parts[0])).isNotEqualTo(routes.routeOf(parts[1]));
        assertThat(routes.syncStart(parts[0])).isEqualTo(routes.syncStart(parts[1]));
        long gap = routes.syncStart(parts[0]) - routes.syncStart(p);
        assertThat(gap).isBetween(20 * 60L, 60 * 60L);
        SearchFixture.writeBack(routes);
        HardMediumSoftScore score = SearchFixture.score(schedule);
        assertThat(score.hardScore()).isZero();
        for (int v : group) {
            assertThat(routes.visits[v].getServiceStart()).as(routes.visits[v].getId()).isEqualTo(routes.syncStart(
                    v));
        }
    }

    @Test
    void theSolverMovesThePairFromAWarmStart() {
        Planner planner = Planner.create();
        SolveOptions options = SolveOptions.defaults().withMoveCountLimit(200L).withTimeLimit(null).withSeed(1L);
        Plan bad = planner.solve(problem("c2", false), options);
        assertThat(routeOf(bad, "c2")).containsExactly("p", "d");
        Problem free = problem(null, false);

        Plan plan = planner.solve(free, bad, options);

        assertThat(routeOf(plan, "c1")).containsExactly("p", "d");
        assertThat(routeOf(plan, "c2")).isEmpty();
        assertThat(plan.summary().hardScore()).isZero();
        assertThat(plan.summary().totalTravelSeconds()).isEqualTo(1200);
        assertThat(planner.verify(free, plan).feasible()).isTrue();
    }

    private static List<String> routeOf(Plan plan, String shiftId) {
        return plan.shifts().stream().filter(shift -> shift.shiftId().equals(shiftId)).findFirst().map(
                ShiftPlan::visits).orElse(List.of()).stream().map(PlannedVisit::visitId).toList();
    }
}
