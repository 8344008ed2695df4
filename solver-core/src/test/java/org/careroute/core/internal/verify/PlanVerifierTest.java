package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.B;
import static org.careroute.core.internal.verify.VerifyFixtures.C;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.openShift;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.planned;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.route;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;
import static org.careroute.core.internal.verify.VerifyFixtures.unassigned;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;
import static org.careroute.core.internal.verify.VerifyFixtures.window;
import static org.careroute.core.internal.verify.VerifyFixtures.withDemand;
import static org.careroute.core.internal.verify.VerifyFixtures.withPriority;
import static org.careroute.core.internal.verify.VerifyFixtures.withSkills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.Planner;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

class PlanVerifierTest {

    private static final Shift S1 = shift("s1", at(7, 0), at(16, 0));
    private static final Visit V1 = visit("v1", A, 30, window(7, 0, 9, 0));
    private static final Visit V2 = visit("v2", B, 45, window(8, 0, 10, 0));

    /** v1: drive 10 min, start 07:10 to 07:40; v2: drive 5 min, arrive 07:45, wait 15 min, 08:00 to 08:45. */
    private static final PlannedVisit P1 = planned("v1", at(7, 10), at(7, 10), at(7, 40), 600);
    private static final PlannedVisit P2 = planned("v2", at(7, 45), at(8, 0), at(8, 45), 300);
    /** Back at the base at 09:00 after 15 min. */
    private static final ShiftPlan ROUTE = route("s1", "c1", at(7, 0), at(9, 0), 900, P1, P2);

    private static Problem twoVisits(Caregiver caregiver) {
        return problem(List.of(caregiver), List.of(V1, V2));
    }

    private static List<Violation> violations(Problem problem, Plan plan) {
        return PlanVerifier.verify(problem, plan).violations();
    }

    private static List<String> ids(List<Violation> violations) {
        return violations.stream().map(Violation::constraintId).toList();
    }

    // ---- consistent plans and the recomputed summary

    @Test
    void consistentPlan_hasNoViolationsAndRecomputedSummary() {
        Problem problem = twoVisits(caregiver("c1", S1));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.feasible()).isTrue();
        // soft: 1800 s travel + 15 min waiting before v2 (distance weight 0 by default)
        assertThat(report.recomputed()).isEqualTo(new PlanSummary(0, 0, -1815, true, 2, 0, 1800, 18_000, 900, 1));
    }

    @Test
    void plannerVerify_delegatesToTheVerifier() {
        Problem problem = twoVisits(caregiver("c1", S1));
        Plan plan = plan(problem, List.of(ROUTE));

        assertThat(Planner.create().verify(problem, plan)).isEqualTo(PlanVerifier.verify(problem, plan));
    }

    @Test
    void waitingAtFirstVisit_isNotScoredButCountedInTotal() {
        Visit late = visit("v1", A, 30, window(8, 0, 9, 0));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(late));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 40), 600, planned("v1", at(7, 10), at(8, 0), at(8, 30),
                600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-1200);
        assertThat(report.recomputed().totalWaitingSeconds()).isEqualTo(50 * 60);
    }

    @Test
    void waitingMinutes_areRoundedDownPerVisit() {
        // v2 opens at 07:45:59: arrival 07:45, 59 s of waiting count as 0 whole minutes
        Visit v2 = visit("v2", B, 45, new TimeWindow(at(7, 45).plusSeconds(59), at(10, 0)));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, v2));
        PlannedVisit p2 = planned("v2", at(7, 45), at(7, 45).plusSeconds(59), at(8, 30).plusSeconds(59), 300);
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 45).plusSeconds(59), 900, P1, p2);

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-1800);
        assertThat(report.recomputed().totalWaitingSeconds()).isEqualTo(59);
    }

    @Test
    void overriddenWeights_areUsedForEveryLevel() {
        Visit optional = withPriority(visit("v3", C, 20, window(7, 0, 8, 0)), 3, false);
        Visit mandatory = withPriority(visit("v4", C, 20), 1, true);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, V2, optional, mandatory), Map.of(
                "travel-time", 2L, "travel-distance", 1L, "waiting-time", 5L, "visit-unassigned", 10L,
                "mandatory-visit-unassigned", 7L));
        Plan plan = plan(problem, List.of(ROUTE), unassigned("v3", false), unassigned("v4", true));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(ids(report.violations())).containsExactly("mandatory-visit-unassigned");
        PlanSummary summary = report.recomputed();
        assertThat(summary.hardScore()).isEqualTo(-7);
        assertThat(summary.mediumScore()).isEqualTo(-30);
        assertThat(summary.softScore()).isEqualTo(-(2 * 1800 + 18_000 + 5 * 15));
        assertThat(summary.feasible()).isFalse();
        assertThat(summary.unassignedVisits()).isEqualTo(2);
    }

    @Test
    void defaultWeights_scoreUnassignedByPriority() {
        Visit optional = withPriority(visit("v3", C, 20), 4, false);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, V2, optional));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE), unassigned("v3",
                false)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().mediumScore()).isEqualTo(-4);
        assertThat(report.recomputed().feasible()).isTrue();
    }

    // ---- time windows

    @Test
    void arrivalAfterLastWindow_isLateBySeconds() {
        Visit v1 = visit("v1", A, 30, window(6, 0, 7, 5));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("visit-time-window");
            assertThat(v.visitId()).isEqualTo("v1");
            assertThat(v.shiftId()).isEqualTo("s1");
            assertThat(v.amount()).isEqualTo(300);
            assertThat(v.message()).isEqualTo(
                    "Visit v1 starts 2027-03-01T07:10+01:00, 5 min after its last window ends (07:05).");
        });
        assertThat(report.recomputed().hardScore()).isEqualTo(-300);
        assertThat(report.recomputed().feasible()).isFalse();
    }

    @Test
    void arrivalAtWindowEnd_isOnTime() {
        Visit v1 = visit("v1", A, 30, window(6, 0, 7, 10));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        assertThat(violations(problem, plan(problem, List.of(route)))).isEmpty();
    }

    @Test
    void arrivalBetweenWindows_waitsForTheNextWindow() {
        Visit v1 = visit("v1", A, 30, window(6, 0, 7, 0), window(7, 30, 8, 0), window(9, 0, 10, 0));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 10), 600, planned("v1", at(7, 10), at(7, 30), at(8, 0),
                600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().totalWaitingSeconds()).isEqualTo(20 * 60);
    }

    @Test
    void arrivalInsideLaterWindow_startsOnArrival() {
        Visit v1 = visit("v1", A, 30, window(5, 0, 6, 0), window(7, 5, 7, 15), window(9, 0, 10, 0));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        assertThat(violations(problem, plan(problem, List.of(route)))).isEmpty();
    }

    @Test
    void arrivalAfterEveryOneOfSeveralWindows_isLateAfterTheLastOne() {
        Visit v1 = visit("v1", A, 30, window(5, 0, 6, 0), window(6, 30, 7, 2));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        assertThat(violations(problem, plan(problem, List.of(route)))).singleElement().extracting(
                Violation::amount).isEqualTo(8 * 60L);
    }

    @Test
    void visitWithoutWindows_startsOnArrival() {
        Visit v1 = visit("v1", A, 30);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        assertThat(violations(problem, plan(problem, List.of(route)))).isEmpty();
    }

    @Test
    void switchedOffConstraint_isNeitherReportedNorScored() {
        Visit v1 = visit("v1", A, 30, window(6, 0, 7, 5));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1), Map.of("visit-time-window", 0L));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().hardScore()).isZero();
        assertThat(report.recomputed().feasible()).isTrue();
    }

    @Test
    void lateness_isWeightedByOverride() {
        Visit v1 = visit("v1", A, 30, window(6, 0, 7, 5));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1), Map.of("visit-time-window", 10L));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40),
                600));

        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(route))).recomputed().hardScore()).isEqualTo(
                -3000);
    }

    // ---- shift end, open end, empty routes

    @Test
    void returnAfterShiftEnd_isOvertimeInSeconds() {
        Shift shortShift = shift("s1", at(7, 0), at(8, 30));
        Problem problem = twoVisits(caregiver("c1", shortShift));

        List<Violation> violations = violations(problem, plan(problem, List.of(ROUTE)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("shift-end");
            assertThat(v.shiftId()).isEqualTo("s1");
            assertThat(v.amount()).isEqualTo(30 * 60);
            assertThat(v.message()).contains("2027-03-01T09:00+01:00", "30 min", "(08:30)");
        });
    }

    @Test
    void returnExactlyAtShiftEnd_isOnTime() {
        Problem problem = twoVisits(caregiver("c1", shift("s1", at(7, 0), at(9, 0))));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).isEmpty();
    }

    @Test
    void openEnd_endsAtLastVisitWithoutReturnLeg() {
        Shift open = openShift("s1", at(7, 0), at(8, 45));
        Problem problem = twoVisits(caregiver("c1", open));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 45), 0, P1, P2);

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().totalTravelSeconds()).isEqualTo(900);
        assertThat(report.recomputed().totalDistanceMeters()).isEqualTo(9000);
    }

    @Test
    void openEnd_lastVisitAfterShiftEnd_isOvertime() {
        Shift open = openShift("s1", at(7, 0), at(8, 30));
        Problem problem = twoVisits(caregiver("c1", open));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 45), 0, P1, P2);

        assertThat(violations(problem, plan(problem, List.of(route)))).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("shift-end");
            assertThat(v.amount()).isEqualTo(15 * 60);
        });
    }

    @Test
    void emptyRoute_returnsAtShiftStartWithoutTravel() {
        Shift s2 = shift("s2", at(15, 0), at(22, 0));
        Problem problem = twoVisits(caregiver("c1", S1, s2));
        ShiftPlan empty = route("s2", "c1", at(15, 0), at(15, 0), 0);

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE, empty)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().usedShifts()).isEqualTo(1);
        assertThat(report.recomputed().totalTravelSeconds()).isEqualTo(1800);
    }

    @Test
    void emptyRouteWithReturnTimeAtShiftEnd_isInconsistent() {
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of());
        ShiftPlan empty = route("s1", "c1", at(7, 0), at(16, 0), 0);

        assertThat(violations(problem, plan(problem, List.of(empty)))).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.message()).contains("return time", "16:00", "07:00");
        });
    }

    // ---- skills

    @Test
    void missingSkills_areCountedPerVisit() {
        Visit v1 = withSkills(V1, "nurse", "wound-care", "insulin");
        Problem problem = problem(List.of(caregiver("c1", Set.of("nurse"), Caregiver.UNLIMITED_CAPACITY, S1)), List
                .of(v1, V2));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("required-skills");
            assertThat(v.visitId()).isEqualTo("v1");
            assertThat(v.amount()).isEqualTo(2);
            assertThat(v.message()).contains("insulin, wound-care", "c1");
        });
        assertThat(report.recomputed().hardScore()).isEqualTo(-2000);
    }

    @Test
    void caregiverWithAllSkills_isFine() {
        Visit v1 = withSkills(V1, "nurse", "wound-care");
        Problem problem = problem(List.of(caregiver("c1", Set.of("nurse", "wound-care", "x"),
                Caregiver.UNLIMITED_CAPACITY, S1)), List.of(v1, V2));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).isEmpty();
    }

    // ---- capacity

    @Test
    void demandAboveCapacity_isExcess() {
        Problem problem = problem(List.of(caregiver("c1", Set.of(), 10, S1)), List.of(withDemand(V1, 6), withDemand(
                V2, 6)));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("shift-capacity");
            assertThat(v.amount()).isEqualTo(2);
            assertThat(v.shiftId()).isEqualTo("s1");
        });
    }

    @Test
    void demandEqualToCapacity_isFine() {
        Problem problem = problem(List.of(caregiver("c1", Set.of(), 12, S1)), List.of(withDemand(V1, 6), withDemand(
                V2, 6)));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).isEmpty();
    }

    @Test
    void unlimitedCapacity_isNeverExceeded() {
        Problem problem = problem(List.of(caregiver("c1", Set.of(), Caregiver.UNLIMITED_CAPACITY, S1)), List.of(
                withDemand(V1, Long.MAX_VALUE / 4), withDemand(V2, Long.MAX_VALUE / 4)));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).isEmpty();
    }

    // ---- mandatory visits

    @Test
    void unplannedMandatoryVisit_isHardViolation() {
        Visit v3 = withPriority(visit("v3", C, 20), 2, true);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, V2, v3));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE), unassigned("v3",
                true)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("mandatory-visit-unassigned");
            assertThat(v.visitId()).isEqualTo("v3");
            assertThat(v.amount()).isEqualTo(1);
        });
        assertThat(report.recomputed().hardScore()).isEqualTo(-3600);
        assertThat(report.recomputed().mediumScore()).isZero();
    }

    @Test
    void plannedMandatoryVisit_isFine() {
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(withPriority(V1, 5, true), V2));

        assertThat(violations(problem, plan(problem, List.of(ROUTE)))).isEmpty();
    }

    // ---- plan structure

    @Test
    void unknownShift_isPlanStructure() {
        Problem problem = twoVisits(caregiver("c1", S1));
        ShiftPlan ghost = route("s9", "c1", at(7, 0), at(9, 0), 900, P1, P2);

        List<Violation> violations = violations(problem, plan(problem, List.of(ghost)));

        assertThat(ids(violations)).containsOnly(Violation.PLAN_STRUCTURE);
        assertThat(violations.get(0).shiftId()).isEqualTo("s9");
        assertThat(violations.get(0).message()).contains("s9", "not in the problem");
        // its travel cannot be recomputed, so the summary's totals no longer match either
        assertThat(violations).last().satisfies(v -> assertThat(v.message()).contains("totalTravelSeconds"));
    }

    @Test
    void wrongCaregiver_isPlanStructure() {
        Problem problem = problem(List.of(caregiver("c1", S1), caregiver("c2", shift("s2", at(7, 0), at(16, 0)))),
                List.of(V1, V2));
        ShiftPlan route = route("s1", "c2", at(7, 0), at(9, 0), 900, P1, P2);

        List<Violation> violations = violations(problem, plan(problem, List.of(route)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.message()).contains("c2", "c1", "s1");
        });
    }

    @Test
    void unknownVisit_isPlanStructureAndSkippedInTheRoute() {
        Problem problem = twoVisits(caregiver("c1", S1));
        PlannedVisit ghost = planned("v9", at(7, 10), at(7, 10), at(7, 20), 0);
        ShiftPlan route = new ShiftPlan("s1", "c1", at(7, 0), at(9, 0), List.of(P1, ghost, P2), new Leg(900, 9000),
                1800, 18_000);
        Plan plan = plan(problem, List.of(route));
        plan = new Plan(plan.problemName(), plan.score(), new PlanSummary(0, 0, 0, true, 2, 0, 1800, 18_000, 900, 1),
                plan.shifts(), List.of());

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.visitId()).isEqualTo("v9");
        });
        assertThat(report.recomputed().feasible()).isFalse();
        assertThat(report.recomputed().hardScore()).isZero();
    }

    @Test
    void visitPlannedTwice_isPlanStructure() {
        Shift s2 = shift("s2", at(7, 0), at(16, 0));
        Problem problem = problem(List.of(caregiver("c1", S1), caregiver("c2", s2)), List.of(V1, V2));
        ShiftPlan second = route("s2", "c2", at(7, 0), at(7, 50), 600, P1);

        List<Violation> violations = violations(problem, plan(problem, List.of(ROUTE, second)));

        assertThat(violations).filteredOn(v -> v.constraintId().equals(Violation.PLAN_STRUCTURE)).anySatisfy(v -> {
            assertThat(v.visitId()).isEqualTo("v1");
            assertThat(v.message()).contains("more than once", "shift s1 (position 1)", "shift s2 (position 1)");
        });
    }

    @Test
    void visitPlannedAndListedUnassigned_isPlanStructure() {
        Problem problem = twoVisits(caregiver("c1", S1));
        Plan plan = plan(problem, List.of(ROUTE), unassigned("v2", false));

        assertThat(violations(problem, plan)).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.visitId()).isEqualTo("v2");
            assertThat(v.message()).contains("both planned");
        });
    }

    @Test
    void unknownUnassignedVisit_isPlanStructure() {
        Problem problem = twoVisits(caregiver("c1", S1));

        assertThat(violations(problem, plan(problem, List.of(ROUTE), unassigned("v7", false)))).singleElement()
                .extracting(Violation::visitId).isEqualTo("v7");
    }

    @Test
    void unassignedWithWrongMandatoryFlag_isPlanStructure() {
        Visit v3 = withPriority(visit("v3", C, 20), 1, false);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, V2, v3));

        assertThat(violations(problem, plan(problem, List.of(ROUTE), unassigned("v3", true)))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("mandatory"));
    }

    @Test
    void visitMissingFromPlan_isPlanStructure() {
        Visit v3 = visit("v3", C, 20);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, V2, v3));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.visitId()).isEqualTo("v3");
            assertThat(v.message()).contains("neither planned");
        });
        assertThat(report.recomputed().unassignedVisits()).isEqualTo(1);
        assertThat(report.recomputed().mediumScore()).isEqualTo(-1);
    }

    @Test
    void tamperedStart_isReportedWithBothValues() {
        Problem problem = twoVisits(caregiver("c1", S1));
        PlannedVisit tampered = new PlannedVisit("v2", at(7, 45), at(8, 5), at(8, 50), 20 * 60, new Leg(300, 3000));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(9, 0), 900, P1, tampered);

        List<Violation> violations = violations(problem, plan(problem, List.of(route)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.visitId()).isEqualTo("v2");
            assertThat(v.message()).contains("start is 2027-03-01T08:05+01:00 in the plan but"
                    + " 2027-03-01T08:00+01:00 when recomputed", "end is", "waiting is 20 min");
        });
    }

    @Test
    void tamperedArrivalBySecond_isReported() {
        Problem problem = twoVisits(caregiver("c1", S1));
        PlannedVisit tampered = new PlannedVisit("v2", at(7, 45).plusSeconds(1), at(8, 0), at(8, 45), 899, new Leg(
                300, 3000));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(9, 0), 900, P1, tampered);

        assertThat(violations(problem, plan(problem, List.of(route)))).singleElement().satisfies(v -> assertThat(v
                .message()).contains("arrival is 2027-03-01T07:45:01+01:00"));
    }

    @Test
    void tamperedLeg_isReported() {
        Problem problem = twoVisits(caregiver("c1", S1));
        PlannedVisit tampered = new PlannedVisit("v1", at(7, 10), at(7, 10), at(7, 40), 0, new Leg(600, 5000));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(9, 0), 900, tampered, P2);

        List<Violation> violations = violations(problem, plan(problem, List.of(route)));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v.message()).contains("v1", "the drive there is 10 min / 5000 m",
                        "10 min / 6000 m when recomputed"));
        // the route's own distance total and the summary follow the tampered leg
        assertThat(violations).anySatisfy(v -> assertThat(v.message()).contains("totalDistanceMeters"));
    }

    @Test
    void tamperedDeparture_isReported() {
        Problem problem = twoVisits(caregiver("c1", S1));
        ShiftPlan route = route("s1", "c1", at(6, 0), at(9, 0), 900, P1, P2);

        assertThat(violations(problem, plan(problem, List.of(route)))).singleElement().satisfies(v -> assertThat(v
                .message()).contains("departs at 2027-03-01T06:00+01:00"));
    }

    @Test
    void tamperedReturnTime_isReported() {
        Problem problem = twoVisits(caregiver("c1", S1));
        ShiftPlan route = route("s1", "c1", at(7, 0), at(8, 59), 900, P1, P2);

        assertThat(violations(problem, plan(problem, List.of(route)))).singleElement().satisfies(v -> assertThat(v
                .message()).contains("return time is 2027-03-01T08:59+01:00"));
    }

    @Test
    void summaryCountsDifferingFromRoutes_areReported() {
        Problem problem = twoVisits(caregiver("c1", S1));
        Plan good = plan(problem, List.of(ROUTE));
        Plan plan = new Plan(good.problemName(), good.score(), new PlanSummary(0, 0, 0, true, 1, 1, 1700, 18_000, 0,
                1), good.shifts(), List.of());

        assertThat(violations(problem, plan)).singleElement().satisfies(v -> assertThat(v.message()).contains(
                "assignedVisits is 1 in the plan but 2", "unassignedVisits is 1 in the plan but 0",
                "totalTravelSeconds is 1700 in the plan but 1800").doesNotContain("totalDistanceMeters"));
    }

    @Test
    void shiftWithTwoRoutes_isPlanStructure() {
        Problem problem = twoVisits(caregiver("c1", S1));
        ShiftPlan again = route("s1", "c1", at(7, 0), at(7, 0), 0);

        assertThat(violations(problem, plan(problem, List.of(ROUTE, again)))).singleElement().satisfies(v -> assertThat(
                v.message()).contains("more than one route"));
    }

    // ---- travel per transport mode and numeric time

    @Test
    void numericProblem_reportsPlainNumbers() {
        Instant zero = Instant.ofEpochSecond(0);
        Shift shift = new Shift("s1", zero, Instant.ofEpochSecond(10_000), new PlaneLocation(0, 0), new PlaneLocation(
                0, 0));
        Visit v1 = new Visit("v1", null, null, new PlaneLocation(30, 40), Duration.ofSeconds(10), List.of(
                new TimeWindow(Instant.ofEpochSecond(0), Instant.ofEpochSecond(20))), Set.of(), 1, false, 0);
        Caregiver c1 = new Caregiver("c1", null, Set.of(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(
                shift));
        Problem problem = new Problem("numeric", null, TimeFormat.NUMBER, new EuclideanTravel(1.0, 1.0), List.of(c1),
                List.of(v1), Map.of());
        ShiftPlan route = new ShiftPlan("s1", "c1", zero, Instant.ofEpochSecond(110), List.of(new PlannedVisit("v1",
                Instant.ofEpochSecond(50), Instant.ofEpochSecond(50), Instant.ofEpochSecond(60), 0, new Leg(50, 50))),
                new Leg(50, 50), 100, 100);

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.amount()).isEqualTo(30);
            assertThat(v.message()).isEqualTo("Visit v1 starts 50, 30 time units after its last window ends (20).");
        });
    }

    @Test
    void bikeCaregiver_usesItsOwnSpeed() {
        // haversine: 0.01 degrees of latitude is about 1112 m, times detour 1.0
        org.careroute.core.api.model.GeoLocation base = new org.careroute.core.api.model.GeoLocation(59.0, 13.0);
        org.careroute.core.api.model.GeoLocation client = new org.careroute.core.api.model.GeoLocation(59.01, 13.0);
        Shift shift = new Shift("s1", at(7, 0), at(16, 0), base, null);
        Visit v1 = new Visit("v1", null, null, client, Duration.ofMinutes(10), List.of(), Set.of(), 1, false, 0);
        Caregiver cyclist = new Caregiver("c1", null, Set.of(), TransportMode.BIKE, Caregiver.UNLIMITED_CAPACITY,
                List.of(shift));
        Problem problem = new Problem("bike", VerifyFixtures.ZONE, TimeFormat.ISO,
                new org.careroute.core.api.model.HaversineTravel(1.0, Map.of(TransportMode.BIKE, 18.0)), List.of(
                        cyclist),
                List.of(v1), Map.of());
        // 1111.95 m at 5 m/s: ceil(222.39) = 223 s, 1112 m
        Instant arrival = at(7, 0).plusSeconds(223);
        ShiftPlan route = new ShiftPlan("s1", "c1", at(7, 0), arrival.plusSeconds(600), List.of(new PlannedVisit("v1",
                arrival, arrival, arrival.plusSeconds(600), 0, new Leg(223, 1112))), Leg.NONE, 223, 1112);

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(route)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().totalTravelSeconds()).isEqualTo(223);
    }
}
