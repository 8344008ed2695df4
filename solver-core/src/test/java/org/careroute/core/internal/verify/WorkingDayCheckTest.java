package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.BASE;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.planned;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.route;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.WorkTerms;
import org.careroute.core.internal.explain.PlanExplainer;
import org.junit.jupiter.api.Test;

/** The verifier re-simulates breaks and checks every working-day rule independently of the solver. */
class WorkingDayCheckTest {

    private static ShiftBreak lunch(int minutes, Instant earliest, Instant latestEnd) {
        return new ShiftBreak(Duration.ofMinutes(minutes), earliest, latestEnd);
    }

    private static Caregiver caregiver(String id, ShiftRules rules, WorkTerms terms) {
        return new Caregiver(id, null, null, TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(new Shift(
                id + "-s", at(7, 0), at(15, 0), BASE, BASE, rules)), terms);
    }

    /** One visit at A: depart 07:00, arrive 07:10, serve {@code minutes}, drive 10 min back. */
    private static ShiftPlan routeToA(String caregiverId, int minutes, Instant returnTime, PlannedBreak... breaks) {
        ShiftPlan plain = route(caregiverId + "-s", caregiverId, at(7, 0), returnTime, 600, planned("v", at(7, 10),
                at(7, 10), at(7, 10).plusSeconds(minutes * 60L), 600));
        return new ShiftPlan(plain.shiftId(), plain.caregiverId(), plain.departure(), plain.returnTime(), plain
                .visits(), plain.returnLeg(), plain.travelSeconds(), plain.distanceMeters(), List.of(breaks));
    }

    private static List<String> ids(VerificationReport report) {
        return report.violations().stream().map(Violation::constraintId).toList();
    }

    @Test
    void breakAfterTheRouteAsPlanned_isAccepted() {
        // Service 07:10-08:10, back 08:20 before the latest start 08:30: the break follows the route.
        Visit v = visit("v", A, 60);
        Problem problem = problem(List.of(caregiver("c", new ShiftRules(List.of(lunch(30, at(7, 30), at(9, 0))),
                null, null), WorkTerms.NONE)), List.of(v));
        Plan plan = plan(problem, List.of(routeToA("c", 60, at(8, 20), new PlannedBreak(0, at(8, 20), at(8, 50),
                null))));

        assertThat(PlanVerifier.verify(problem, plan).violations()).isEmpty();
    }

    @Test
    void planWithoutItsBreak_isAStructureProblem() {
        Visit v = visit("v", A, 60);
        Problem problem = problem(List.of(caregiver("c", new ShiftRules(List.of(lunch(30, at(7, 30), at(9, 0))),
                null, null), WorkTerms.NONE)), List.of(v));
        Plan plan = plan(problem, List.of(routeToA("c", 60, at(8, 20))));

        assertThat(PlanVerifier.verify(problem, plan).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(violation.message()).contains("breaks of shift c-s are none in the plan but #0");
        });
    }

    @Test
    void breakThatCannotWaitUntilAfterTheService_isTakenOnArrival() {
        // Arrive 07:10; serving first would end 08:10, after the latest start 08:00: wait until 07:30, break
        // 07:30-08:00 at A, serve 08:00-09:00 (20 min waiting besides the break), back 09:10.
        Visit v = visit("v", A, 60);
        Problem problem = problem(List.of(caregiver("c", new ShiftRules(List.of(lunch(30, at(7, 30), at(8, 30))),
                null, null), WorkTerms.NONE)), List.of(v));
        ShiftPlan plain = route("c-s", "c", at(7, 0), at(9, 10), 600, new PlannedVisit("v", at(7, 10), at(8, 0), at(
                9, 0), 1200, new Leg(600, 6000)));
        ShiftPlan withBreak = new ShiftPlan(plain.shiftId(), plain.caregiverId(), plain.departure(), plain
                .returnTime(), plain.visits(), plain.returnLeg(), plain.travelSeconds(), plain.distanceMeters(),
                List
                        .of(new PlannedBreak(0, at(7, 30), at(8, 0), "v")));

        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(withBreak))).violations()).isEmpty();
    }

    @Test
    void breakPushedPastItsLatestStart_isABreakWindowViolation() {
        // Two lunches at A after the service (08:00-08:30, 08:30-09:00); the second's latest start is 07:30.
        Visit v = visit("v", A, 50);
        Problem problem = problem(List.of(caregiver("c", new ShiftRules(List.of(lunch(30, at(7, 30), at(8, 30)),
                lunch(30, at(7, 30), at(8, 0))), null, null), WorkTerms.NONE)), List.of(v));
        Plan plan = plan(problem, List.of(routeToA("c", 50, at(9, 10), new PlannedBreak(0, at(8, 0), at(8, 30),
                "v"), new PlannedBreak(1, at(8, 30), at(9, 0), "v"))));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.constraintId()).isEqualTo(CareConstraint.BREAK_WINDOW.id());
            assertThat(violation.amount()).isEqualTo(3600);
        });
    }

    @Test
    void fiveHoursWithoutRest_isAContinuousWorkViolation() {
        // 10 + 300 + 10 minutes of work against a limit of 270: 50 minutes over.
        Visit v = visit("v", A, 300);
        Problem problem = problem(List.of(caregiver("c", new ShiftRules(List.of(), null, ContinuousWorkRule.EU),
                WorkTerms.NONE)), List.of(v));
        Plan plan = plan(problem, List.of(routeToA("c", 300, at(12, 20))));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(ids(report)).containsExactly(CareConstraint.CONTINUOUS_WORK.id());
        assertThat(report.violations().getFirst().amount()).isEqualTo(3000);
    }

    @Test
    void workingTimeAboveTheMaximum_isAViolationAndWithinIsNot() {
        Visit v = visit("v", A, 300);
        Problem tight = problem(List.of(caregiver("c", new ShiftRules(List.of(), Duration.ofHours(5), null),
                WorkTerms.NONE)), List.of(v));
        Problem roomy = problem(List.of(caregiver("c", new ShiftRules(List.of(), Duration.ofHours(6), null),
                WorkTerms.NONE)), List.of(v));

        VerificationReport report = PlanVerifier.verify(tight, plan(tight, List.of(routeToA("c", 300, at(12, 20)))));

        assertThat(ids(report)).containsExactly(CareConstraint.MAX_WORKING_TIME.id());
        assertThat(report.violations().getFirst().amount()).isEqualTo(1200);
        assertThat(PlanVerifier.verify(roomy, plan(roomy, List.of(routeToA("c", 300, at(12, 20))))).violations())
                .isEmpty();
    }

    @Test
    void overtimeWithinTheAllowance_isSoftAndBeyondItIsAShiftEndViolation() {
        Visit v = visit("v", A, 480);
        Problem allowed = problem(List.of(caregiver("c", ShiftRules.NONE, new WorkTerms(Duration.ofMinutes(30), 0,
                0, null))), List.of(v));
        Problem short10 = problem(List.of(caregiver("c", ShiftRules.NONE, new WorkTerms(Duration.ofMinutes(10), 0,
                0, null))), List.of(v));
        // Service 07:10-15:10, back 15:20: 20 minutes over the 15:00 end.

        VerificationReport within = PlanVerifier.verify(allowed, plan(allowed, List.of(routeToA("c", 480, at(15,
                20)))));
        VerificationReport beyond = PlanVerifier.verify(short10, plan(short10, List.of(routeToA("c", 480, at(15,
                20)))));

        assertThat(within.violations()).isEmpty();
        assertThat(within.recomputed().softScore()).isEqualTo(-(1200 + 0 + 120 * 20));
        assertThat(ids(beyond)).containsExactly(CareConstraint.SHIFT_END.id());
        assertThat(beyond.violations().getFirst().amount()).isEqualTo(600);
    }

    @Test
    void explanation_showsCaregiverCostAndWorkloadFairness() {
        // c: 80 minutes of work, 12 km; d in the same team without visits.
        Visit v = visit("v", A, 60);
        WorkTerms terms = new WorkTerms(Duration.ZERO, 300, 2, "north");
        Problem problem = problem(List.of(caregiver("c", ShiftRules.NONE, terms), caregiver("d", ShiftRules.NONE,
                terms)), List.of(v));
        ShiftPlan empty = new ShiftPlan("d-s", "d", at(7, 0), at(7, 0), List.of(), Leg.NONE, 0, 0);
        Plan plan = plan(problem, List.of(routeToA("c", 60, at(8, 20)), empty));

        Explanation explanation = PlanExplainer.explain(problem, plan);

        assertThat(explanation.constraints()).filteredOn(b -> b.constraint() == CareConstraint.CAREGIVER_COST)
                .singleElement().extracting(ConstraintBreakdown::totalAmount).isEqualTo(2400L + 40_000L);
        assertThat(explanation.constraints()).filteredOn(b -> b.constraint() == CareConstraint.WORKLOAD_FAIRNESS)
                .singleElement().satisfies(b -> {
                    assertThat(b.totalAmount()).isEqualTo(3200);
                    assertThat(b.matches()).singleElement().satisfies(m -> assertThat(m.message()).contains(
                            "Team north", "c 80 min", "d 0 min"));
                });
        assertThat(PlanVerifier.verify(problem, plan).recomputed().softScore()).isEqualTo(-(1200 + 42_400 + 3200));
    }
}
