package org.careroute.core.internal.construction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
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
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.RouteTimes;
import org.careroute.core.internal.search.Construction;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * A visit that depends on another waits for the minimum gap: the caregiver waits at the door instead of the plan
 * breaking the rule, and the independent verifier times the wait the same way. A sequential pair that only two
 * different caregivers can serve keeps its maximum gap the other way round: the first caregiver waits for the second.
 */
class DependencyWaitTest {

    private static final Planner PLANNER = Planner.create();
    private static final Instant DAY = TestProblems.DAY;
    private static final GeoLocation BASE = TestProblems.BASE;

    @Test
    void secondVisitShortlyAfterTheFirst_waitsForTheMinimumGapAndVerifierAgrees() {
        // one caregiver, "wash" then "meds" next door: meds could start 5 minutes after wash ends but must wait 2 h
        Problem problem = problem(1, Duration.ofHours(2), Duration.ofHours(3), VisitDependency.GapFrom.END);

        Plan plan = solvedAndVerified(problem, 1L);

        PlannedVisit wash = planned(plan, "wash");
        PlannedVisit meds = planned(plan, "meds");
        assertThat(meds.start()).isEqualTo(wash.end().plus(Duration.ofHours(2)));
        assertThat(meds.waitingSeconds()).isGreaterThan(3600);
    }

    @Test
    void gapFromTheStart_onTwoCaregivers_secondStartsTheMinimumAfterTheFirstStart() {
        Problem problem = problem(2, Duration.ofMinutes(90), Duration.ofMinutes(100), VisitDependency.GapFrom.START);

        Plan plan = solvedAndVerified(problem, 2L);

        PlannedVisit wash = planned(plan, "wash");
        PlannedVisit meds = planned(plan, "meds");
        assertThat(Duration.between(wash.start(), meds.start())).isBetween(Duration.ofMinutes(90), Duration
                .ofMinutes(100));
    }

    @Test
    void greedyConstruction_placesTheDependentVisitWhereItWaitsForTheGap() {
        // one caregiver, meds next door to wash: only waiting 2 h after wash ends places it (a greedy that placed a
        // dependent visit only where it arrives late enough by itself would leave meds out)
        Problem problem = problem(1, Duration.ofHours(2), Duration.ofHours(3), VisitDependency.GapFrom.END);
        CareSchedule schedule = ScheduleFactory.build(problem).schedule();

        int assigned = new Construction(1, 0).apply(schedule);

        assertThat(assigned).isEqualTo(2);
        List<CareVisit> route = schedule.getShifts().getFirst().getVisits();
        assertThat(route).extracting(CareVisit::getId).containsExactly("wash", "meds");
        RouteTimes times = RouteTimes.of(schedule.getShifts());
        assertThat(times.start(route.get(1))).isEqualTo(times.start(route.get(0)) + route.get(0).facts().duration()
                + 2 * 3600);
    }

    @Test
    void secondCaregiverArrivesLate_firstWaitsSoThatTheMaximumGapHolds() {
        Problem problem = pairProblem(Set.of("wash"), Set.of("meds"));

        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(500L).withTimeLimit(null)
                .withSeed(1L));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(plan.summary().feasible()).as(plan.summary().toString()).isTrue();
        assertThat(report.feasible()).as(report.violations().toString()).isTrue();
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
        PlannedVisit wash = planned(plan, "wash");
        PlannedVisit meds = planned(plan, "meds");
        assertThat(Duration.between(wash.start(), meds.start())).isBetween(Duration.ZERO, Duration.ofMinutes(10));
        assertThat(wash.waitingSeconds()).isGreaterThan(30 * 60);
    }

    @Test
    void oneCaregiverCouldServeBoth_firstDoesNotWaitAndTheGapCannotBeKept() {
        // c0 holds both skills, so the pair may share a route and the first visit never waits for a partner: the
        // second starts at least 55 minutes after the first on any caregiver, and the verifier agrees
        Problem problem = pairProblem(Set.of("wash", "meds"), Set.of("meds"));

        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(500L).withTimeLimit(null)
                .withSeed(1L));
        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(plan.summary().feasible()).isFalse();
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }

    /** "wash" 1 km from the base, "meds" at the same patient's second home 35 km away, at most 10 min after. */
    private static Problem pairProblem(Set<String> skillsOfC0, Set<String> skillsOfC1) {
        Shift s0 = new Shift("s0", DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600), BASE, BASE);
        Shift s1 = new Shift("s1", DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600), BASE, BASE);
        List<Caregiver> caregivers = List.of(new Caregiver("c0", "Caregiver 0", skillsOfC0, TransportMode.CAR,
                Caregiver.UNLIMITED_CAPACITY, List.of(s0)),
                new Caregiver("c1", "Caregiver 1", skillsOfC1,
                        TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(s1)));
        TimeWindow day = new TimeWindow(DAY.plusSeconds(3600), DAY.plusSeconds(9 * 3600));
        Visit wash = new Visit("wash", "p1", null, new GeoLocation(BASE.lat() + 0.01, BASE.lon()), Duration
                .ofMinutes(30), List.of(day), Set.of("wash"), 1, true, 0, null, VisitLinks.NONE);
        Visit meds = new Visit("meds", "p1", null, new GeoLocation(BASE.lat() + 0.3, BASE.lon()), Duration
                .ofMinutes(15), List.of(day), Set.of("meds"), 1, true, 0, null,
                new VisitLinks(List.of(), List.of(
                        new VisitDependency("wash", Duration.ZERO, Duration.ofMinutes(10),
                                VisitDependency.GapFrom.START)),
                        null, null));
        return new Problem("partner-wait", ZoneId.of("Europe/Stockholm"), TimeFormat.ISO, HaversineTravel
                .defaults(), caregivers, List.of(wash, meds), Map.of());
    }

    @Test
    void twoPairsServedInOppositeOrders_verifierReportsTheLoopTheSolverSees() {
        // c0 serves first1 then first2, c1 second2 then second1: each first waits for a second served after the
        // other pair's second, which waits for the other first: a loop (the solver's test: PartnerWaitConstraintsTest)
        Problem problem = twoPairs();
        Plan opposite = routes(problem, List.of("first1", "first2"), List.of("second2", "second1"));
        Plan same = routes(problem, List.of("first1", "first2"), List.of("second1", "second2"));

        assertThat(PLANNER.verify(problem, opposite).violations()).extracting(Violation::constraintId).contains(
                CareConstraint.LINKED_TIMES_INCONSISTENT.id());
        assertThat(PLANNER.verify(problem, same).violations()).extracting(Violation::constraintId).doesNotContain(
                CareConstraint.LINKED_TIMES_INCONSISTENT.id());
    }

    /** Two wash-then-meds pairs (at most two hours apart) of two patients, for two caregivers with one skill each. */
    private static Problem twoPairs() {
        List<Caregiver> caregivers = new ArrayList<>();
        for (String skill : List.of("wash", "meds")) {
            Shift shift = new Shift("s-" + skill, DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600), BASE, BASE);
            caregivers.add(new Caregiver("c-" + skill, skill, Set.of(skill), TransportMode.CAR,
                    Caregiver.UNLIMITED_CAPACITY, List.of(shift)));
        }
        List<Visit> visits = new ArrayList<>();
        for (int p = 1; p <= 2; p++) {
            GeoLocation home = new GeoLocation(BASE.lat() + 0.01 * p, BASE.lon());
            visits.add(new Visit("first" + p, "p" + p, null, home, Duration.ofMinutes(20), List.of(), Set.of("wash"),
                    1, true, 0, null, VisitLinks.NONE));
            visits.add(new Visit("second" + p, "p" + p, null, home, Duration.ofMinutes(20), List.of(), Set.of(
                    "meds"), 1, true, 0, null,
                    new VisitLinks(List.of(), List.of(new VisitDependency("first" + p,
                            Duration.ZERO, Duration.ofHours(2), VisitDependency.GapFrom.START)), null, null)));
        }
        return new Problem("two-pairs", ZoneId.of("Europe/Stockholm"), TimeFormat.ISO, HaversineTravel.defaults(),
                caregivers, visits, Map.of());
    }

    /** A plan with these two routes (times left for the verifier to recompute). */
    private static Plan routes(Problem problem, List<String> washRoute, List<String> medsRoute) {
        List<ShiftPlan> shifts = new ArrayList<>();
        List<List<String>> orders = List.of(washRoute, medsRoute);
        for (int c = 0; c < 2; c++) {
            Caregiver caregiver = problem.caregivers().get(c);
            List<PlannedVisit> visits = new ArrayList<>();
            for (String id : orders.get(c)) {
                visits.add(new PlannedVisit(id, DAY, DAY, DAY, 0, null));
            }
            shifts.add(new ShiftPlan(caregiver.shifts().getFirst().id(), caregiver.id(), DAY, DAY, visits, null, 0,
                    0));
        }
        return new Plan(problem.name(), null, null, shifts, List.of());
    }

    private static Problem problem(int caregiverCount, Duration minGap, Duration maxGap,
            VisitDependency.GapFrom from) {
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < caregiverCount; c++) {
            Shift shift = new Shift("s" + c, DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600), BASE, BASE);
            caregivers.add(new Caregiver("c" + c, "Caregiver " + c, Set.of("nurse"), TransportMode.CAR,
                    Caregiver.UNLIMITED_CAPACITY, List.of(shift)));
        }
        GeoLocation home = new GeoLocation(BASE.lat() + 0.01, BASE.lon());
        TimeWindow day = new TimeWindow(DAY.plusSeconds(3600), DAY.plusSeconds(9 * 3600));
        Visit wash = new Visit("wash", "p1", null, home, Duration.ofMinutes(30), List.of(day), Set.of("nurse"), 1,
                true, 0, null, VisitLinks.NONE);
        Visit meds = new Visit("meds", "p1", null, home, Duration.ofMinutes(15), List.of(day), Set.of("nurse"), 1,
                true, 0, null, new VisitLinks(List.of(), List.of(new VisitDependency("wash", minGap, maxGap, from)),
                        null, null));
        return new Problem("dependency-wait", ZoneId.of("Europe/Stockholm"), TimeFormat.ISO, HaversineTravel
                .defaults(), caregivers, List.of(wash, meds), Map.of());
    }

    /** Solves with a move budget; the plan is feasible and the independent verifier recomputes the same score. */
    private static Plan solvedAndVerified(Problem problem, long seed) {
        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(2_000L).withTimeLimit(null)
                .withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);
        assertThat(plan.summary().feasible()).as(plan.summary().toString()).isTrue();
        assertThat(report.feasible()).as(report.violations().toString()).isTrue();
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
        return plan;
    }

    private static PlannedVisit planned(Plan plan, String visitId) {
        for (ShiftPlan shift : plan.shifts()) {
            for (PlannedVisit visit : shift.visits()) {
                if (visit.visitId().equals(visitId)) {
                    return visit;
                }
            }
        }
        throw new AssertionError(visitId + " is not planned");
    }
}
