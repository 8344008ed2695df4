package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.B;
import static org.careroute.core.internal.verify.VerifyFixtures.C;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.planned;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.route;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;
import static org.careroute.core.internal.verify.VerifyFixtures.unassigned;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;
import static org.careroute.core.internal.verify.VerifyFixtures.window;

import java.util.List;
import java.util.Map;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.junit.jupiter.api.Test;

/** The verifier's own checks of optional visits weighed against soft costs. */
class OptionalVisitCheckTest {

    private static final Shift S1 = shift("s1", at(7, 0), at(16, 0));
    private static final Visit V1 = visit("v1", A, 30, window(7, 0, 9, 0));
    /** v1: drive 10 min, 07:10 to 07:40, back at 07:50. */
    private static final ShiftPlan ROUTE = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(
            7, 10), at(7, 40), 600));

    private static Visit valued(Visit v, long value) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                .requiredSkills(), 1, false, v.demand(), VisitCare.valued(value), null);
    }

    @Test
    void unplannedVisitWithAValue_costsItsWeightedValueOnTheSoftLevel() {
        Visit optional = valued(visit("v3", C, 20), 5000);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, optional), Map.of("optional-visit-value",
                3L));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE), unassigned("v3",
                false)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().mediumScore()).isZero();
        assertThat(report.recomputed().softScore()).isEqualTo(-(1200 + 3 * 5000));
        assertThat(report.recomputed().feasible()).isTrue();
    }

    @Test
    void plannedVisitWithAValue_costsNothingForItsValue() {
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(valued(V1, 5000)));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-1200);
    }

    @Test
    void valueSwitchedOff_costsNothing() {
        Visit optional = valued(visit("v3", B, 20), 5000);
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, optional), Map.of("optional-visit-value",
                0L));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE), unassigned("v3",
                false)));

        assertThat(report.recomputed().softScore()).isEqualTo(-1200);
        assertThat(report.recomputed().mediumScore()).isZero();
    }

    private static Visit softWindows(Visit v) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                .requiredSkills(), 1, false, v.demand(), VisitCare.softWindowsOnly(), null);
    }

    @Test
    void startAfterASoftWindow_isLateToThatWindow_notHardLate() {
        // windows 06:00-07:05 and 09:00-10:00: arriving 07:10 is 5 min late, 110 min early: start at once
        Visit v1 = softWindows(visit("v1", A, 30, window(6, 0, 7, 5), window(9, 0, 10, 0)));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1), Map.of("soft-window-lateness", 2L));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-(1200 + 2 * 300));
    }

    @Test
    void arrivalNearerTheNextSoftWindow_waitsForIt() {
        // windows 06:00-06:30 and 07:20-10:00: arriving 07:10 is 40 min late, 10 min early: wait until 07:20
        Visit v1 = softWindows(visit("v1", A, 30, window(6, 0, 6, 30), window(7, 20, 10, 0)));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1));
        ShiftPlan waits = route("s1", "c1", at(7, 0), at(8, 0), 600, planned("v1", at(7, 10), at(7, 20), at(7, 50),
                600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(waits)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-1200);
        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(ROUTE))).violations()).isNotEmpty();
    }

    @Test
    void startAfterTheLastSoftWindow_isLateToIt() {
        Visit v1 = softWindows(visit("v1", A, 30, window(6, 0, 6, 30), window(6, 40, 7, 0)));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(v1), Map.of(
                "worst-preferred-window-deviation", 1L));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(-(1200 + 600 + 600));
    }

    @Test
    void bothOrNoneWithOnlyOneVisitPlanned_isAHardViolationNamingTheMissingVisit() {
        Visit later = new Visit("v3", null, null, C, java.time.Duration.ofMinutes(20), List.of(), java.util.Set.of(), 1,
                false, 0, VisitCare.NONE, new VisitLinks(List.of(), List.of(new VisitDependency("v1", null, null,
                        null, true)), null, null));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(V1, later));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(ROUTE), unassigned("v3",
                false)));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo("dependency-both-or-none");
            assertThat(v.visitId()).isEqualTo("v3");
            assertThat(v.message()).contains("both or neither");
        });
        assertThat(report.recomputed().hardScore()).isEqualTo(-3600);
    }

    @Test
    void bothOrNoneWithNeitherPlanned_isFeasible() {
        Visit earlier = new Visit("v1", null, null, A, java.time.Duration.ofMinutes(30), List.of(), java.util.Set
                .of(), 1, false, 0);
        Visit later = new Visit("v3", null, null, C, java.time.Duration.ofMinutes(20), List.of(), java.util.Set.of(), 1,
                false, 0, VisitCare.NONE, new VisitLinks(List.of(), List.of(new VisitDependency("v1", null, null,
                        null, true)), null, null));
        Problem problem = problem(List.of(caregiver("c1", S1)), List.of(earlier, later));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(), unassigned("v1", false),
                unassigned("v3", false)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().mediumScore()).isEqualTo(-2);
    }
}
