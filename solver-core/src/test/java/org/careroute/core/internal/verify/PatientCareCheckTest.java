package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.B;
import static org.careroute.core.internal.verify.VerifyFixtures.ZONE;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.planned;
import static org.careroute.core.internal.verify.VerifyFixtures.route;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;
import static org.careroute.core.internal.verify.VerifyFixtures.travel;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;
import static org.careroute.core.internal.verify.VerifyFixtures.window;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedReason.Kind;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.internal.explain.PlanExplainer;
import org.junit.jupiter.api.Test;

/** The verifier's independent checks of the patient's care, and their contributions in explanations. */
class PatientCareCheckTest {

    private static final Shift S1 = shift("s1", at(7, 0), at(16, 0));
    private static final Shift S2 = shift("s2", at(7, 0), at(16, 0));
    private static final Caregiver ANNA = caregiver("anna", S1);
    private static final Caregiver BO = caregiver("bo", S2);
    /** A visit of patient p at A (10 min from the base), 30 min, window 07:00-09:00. */
    private static final Visit V1 = visit("v1", A, 30, window(7, 0, 9, 0));
    /** A visit of patient p at B (15 min from the base), 30 min, window 07:00-09:00. */
    private static final Visit V2 = visit("v2", B, 30, window(7, 0, 9, 0));

    private static Visit of(Visit v, String clientId, VisitCare care) {
        return new Visit(v.id(), clientId, v.name(), v.location(), v.duration(), v.timeWindows(), v.requiredSkills(),
                v.priority(), v.mandatory(), v.demand(), care, null);
    }

    private static Problem problem(List<Visit> visits, List<Client> clients) {
        return new Problem("care", ZONE, TimeFormat.ISO, travel(), List.of(ANNA, BO), visits, Map.of(), clients);
    }

    /** v1 alone on s1 (anna): arrive 07:10, serve 07:10-07:40, back 07:50. */
    private static ShiftPlan v1ByAnna() {
        return route("s1", "anna", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7, 10), at(7, 40), 600));
    }

    /** v2 alone on s2 (bo): arrive 07:15, serve 07:15-07:45, back 08:00. */
    private static ShiftPlan v2ByBo() {
        return route("s2", "bo", at(7, 0), at(8, 0), 900, planned("v2", at(7, 15), at(7, 15), at(7, 45), 900));
    }

    private static long amount(Explanation explanation, CareConstraint constraint) {
        return explanation.constraints().stream().filter(c -> c.constraint() == constraint).mapToLong(
                ConstraintBreakdown::totalAmount).sum();
    }

    @Test
    void excludedCaregiver_isAViolation() {
        Visit v1 = of(V1, "p", new VisitCare(Map.of(), Set.of("anna"), null, null));
        Problem problem = problem(List.of(v1), List.of());

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(v1ByAnna())));

        assertThat(report.feasible()).isFalse();
        assertThat(report.violations()).extracting(Violation::constraintId).containsExactly("excluded-caregiver");
        assertThat(report.violations().getFirst().message()).contains("anna").contains("excluded");
        assertThat(report.recomputed().hardScore()).isEqualTo(-1000);
    }

    @Test
    void caregiverNotExcluded_isFeasible() {
        Visit v1 = of(V1, "p", new VisitCare(Map.of(), Set.of("bo"), null, null));
        Problem problem = problem(List.of(v1), List.of());

        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(v1ByAnna()))).violations()).isEmpty();
    }

    @Test
    void lessPreferredCaregiver_costsPointsLostInSoftScore() {
        Visit v1 = of(V1, "p", new VisitCare(Map.of("bo", 4, "anna", 1), Set.of(), null, null));
        Problem problem = problem(List.of(v1), List.of());
        Plan plan = plan(problem, List.of(v1ByAnna()));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(report.violations()).isEmpty();
        // 1200 s driving + 3 preference points x 300.
        assertThat(report.recomputed().softScore()).isEqualTo(-1200 - 3 * 300);
        assertThat(amount(PlanExplainer.explain(problem, plan), CareConstraint.PREFERRED_CAREGIVER)).isEqualTo(3);
    }

    @Test
    void twoCaregiversForOnePatient_costContinuityAndBreakTheCap() {
        Visit v1 = of(V1, "p", VisitCare.NONE);
        Visit v2 = of(V2, "p", VisitCare.NONE);
        Problem problem = problem(List.of(v1, v2), List.of(new Client("p", 1)));
        Plan plan = plan(problem, List.of(v1ByAnna(), v2ByBo()));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(report.violations()).extracting(Violation::constraintId).containsExactly(
                "max-distinct-caregivers");
        assertThat(report.violations().getFirst().message()).contains("Patient p sees 2 caregivers");
        assertThat(report.recomputed().softScore()).isEqualTo(-1200 - 1800 - 1800);
        Explanation explanation = PlanExplainer.explain(problem, plan);
        assertThat(amount(explanation, CareConstraint.CONTINUITY_OF_CARE)).isEqualTo(1);
        assertThat(amount(explanation, CareConstraint.MAX_DISTINCT_CAREGIVERS)).isEqualTo(1);
    }

    @Test
    void twoCaregiversWithinCap_areFeasible() {
        Visit v1 = of(V1, "p", VisitCare.NONE);
        Visit v2 = of(V2, "p", VisitCare.NONE);
        Problem problem = problem(List.of(v1, v2), List.of(new Client("p", 2)));

        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(v1ByAnna(), v2ByBo()))).violations())
                .isEmpty();
    }

    @Test
    void earlyArrival_waitsForPreferredWindow() {
        Visit v1 = of(V1, "p", VisitCare.preferredWindow(window(7, 30, 7, 45), Duration.ZERO));
        Problem problem = problem(List.of(v1), List.of());
        ShiftPlan waits = route("s1", "anna", at(7, 0), at(8, 10), 600, planned("v1", at(7, 10), at(7, 30), at(8,
                0), 600));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(waits)));

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void startingWithoutWaitingForPreferredWindow_doesNotMatchTheRules() {
        Visit v1 = of(V1, "p", VisitCare.preferredWindow(window(7, 30, 7, 45), null));
        Problem problem = problem(List.of(v1), List.of());

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(v1ByAnna())));

        assertThat(report.violations()).extracting(Violation::constraintId).contains(Violation.PLAN_STRUCTURE);
    }

    @Test
    void lateStartBeyondCap_isAViolationAndTardinessIsSoft() {
        // Preferred 07:00-07:05, starts 07:10: 300 s tardiness, 120 s beyond the 3-minute cap.
        Visit v1 = of(V1, "p", VisitCare.preferredWindow(window(7, 0, 7, 5), Duration.ofMinutes(3)));
        Problem problem = problem(List.of(v1), List.of());
        Plan plan = plan(problem, List.of(v1ByAnna()));

        VerificationReport report = PlanVerifier.verify(problem, plan);

        assertThat(report.violations()).extracting(Violation::constraintId, Violation::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("preferred-window-max-deviation", 120L));
        assertThat(report.recomputed().softScore()).isEqualTo(-1200 - 300);
        assertThat(amount(PlanExplainer.explain(problem, plan), CareConstraint.PREFERRED_WINDOW)).isEqualTo(300);
    }

    @Test
    void lateStartWithinCap_isFeasible() {
        Visit v1 = of(V1, "p", VisitCare.preferredWindow(window(7, 0, 7, 5), Duration.ofMinutes(5)));
        Problem problem = problem(List.of(v1), List.of());

        assertThat(PlanVerifier.verify(problem, plan(problem, List.of(v1ByAnna()))).violations()).isEmpty();
    }

    @Test
    void visitExcludingEveryQualifiedCaregiver_isExplainedAsExcluded() {
        Visit v1 = of(V1, "p", new VisitCare(Map.of(), Set.of("anna", "bo"), null, null));
        Problem problem = problem(List.of(v1), List.of());
        Plan plan = plan(problem, List.of(), VerifyFixtures.unassigned("v1", false));

        Explanation explanation = PlanExplainer.explain(problem, plan);

        assertThat(explanation.unassignedVisits().getFirst().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(Kind.EXCLUDED_CAREGIVER);
            assertThat(reason.message()).contains("anna").contains("bo");
        });
    }

    @Test
    void optionalVisitCrowdedOut_isExplainedWithItsPriority() {
        // Both need 07:00-07:30 starts on one shift from 07:00: only one fits.
        Visit first = new Visit("v1", "p", null, A, Duration.ofMinutes(60), List.of(new TimeWindow(at(7, 10), at(7,
                15))), Set.of(), 8, false, 0);
        Visit second = new Visit("v2", "q", null, A, Duration.ofMinutes(60), List.of(new TimeWindow(at(7, 10), at(
                7, 15))), Set.of(), 2, false, 0);
        Problem problem = new Problem("care", ZONE, TimeFormat.ISO, travel(), List.of(ANNA), List.of(first, second),
                Map.of(), List.of());
        Plan plan = plan(problem, List.of(route("s1", "anna", at(7, 0), at(8, 20), 600, planned("v1", at(7, 10), at(
                7, 10), at(8, 10), 600))), VerifyFixtures.unassigned("v2", false));

        Explanation explanation = PlanExplainer.explain(problem, plan);

        assertThat(explanation.unassignedVisits().getFirst().reasons())
                .anySatisfy(reason -> assertThat(reason.message())
                        .contains("priority 2").contains("least important"));
    }

    @Test
    void visitOnSecondDay_isExplainedByTheShiftsOfThatDayOnly() {
        Shift tuesday = shift("s1-tue", at(7, 0).plusSeconds(86_400), at(16, 0).plusSeconds(86_400));
        Caregiver anna = caregiver("anna", S1, tuesday);
        Visit late = new Visit("v9", "p", null, B, Duration.ofMinutes(30), List.of(new TimeWindow(at(7, 0)
                .plusSeconds(86_400), at(7, 5).plusSeconds(86_400))), Set.of(), 1, false, 0);
        Problem problem = new Problem("care", ZONE, TimeFormat.ISO, travel(), List.of(anna), List.of(late), Map.of(),
                List.of());
        Plan plan = plan(problem, List.of(), VerifyFixtures.unassigned("v9", false));

        Explanation explanation = PlanExplainer.explain(problem, plan);

        assertThat(explanation.unassignedVisits().getFirst().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(Kind.ARRIVES_LATE);
            assertThat(reason.shiftId()).isEqualTo("s1-tue");
            assertThat(reason.shiftCount()).isEqualTo(1);
            assertThat(reason.amount()).isEqualTo(600);
        });
    }
}
