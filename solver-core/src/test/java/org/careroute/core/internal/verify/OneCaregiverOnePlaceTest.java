package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.B;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.planned;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.route;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;
import static org.careroute.core.internal.verify.VerifyFixtures.window;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.WorkTerms;
import org.junit.jupiter.api.Test;

/** The verifier does not accept a plan that sends one caregiver to two places at once. */
class OneCaregiverOnePlaceTest {

    private static final Visit V1 = visit("v1", A, 30, window(7, 0, 9, 0));
    private static final Visit V2 = visit("v2", B, 45, window(8, 0, 10, 0));
    /** Out 07:00 to 07:50: v1 07:10 to 07:40, ten minutes back. */
    private static final ShiftPlan FIRST = route("s1", "c1", at(7, 0), at(7, 50), 600, planned("v1", at(7, 10), at(7,
            10), at(7, 40), 600));

    /** Leaves at the given time for v2, 15 min from the base, which opens at 08:00. */
    private static ShiftPlan second(int departureHour, int departureMinute) {
        Instant departure = at(departureHour, departureMinute);
        Instant arrival = departure.plusSeconds(900);
        Instant start = arrival.isAfter(at(8, 0)) ? arrival : at(8, 0);
        Instant end = start.plusSeconds(45 * 60);
        return route("s2", "c1", departure, end.plusSeconds(900), 900, planned("v2", arrival, start, end, 900));
    }

    private static VerificationReport verify(Shift first, Shift second, ShiftPlan secondRoute) {
        Problem problem = problem(List.of(caregiver("c1", first, second)), List.of(V1, V2));
        return PlanVerifier.verify(problem, plan(problem, List.of(FIRST, secondRoute)));
    }

    @Test
    void overlappingShifts_bothUsed_areTwoPlacesAtOnce() {
        VerificationReport report = verify(shift("s1", at(7, 0), at(16, 0)), shift("s2", at(7, 30), at(15, 0)),
                second(7, 30));

        assertThat(report.feasible()).isFalse();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(v.shiftId()).isEqualTo("s2");
            assertThat(v.message()).isEqualTo("Caregiver c1 is planned in two places at once: the route of shift s1"
                    + " is out from 2027-03-01T07:00+01:00 to 07:50 and the route of shift s2 from"
                    + " 2027-03-01T07:30+01:00 to 09:00.");
        });
    }

    @Test
    void routeRunningOnWithOvertimeIntoTheNextShift_isTwoPlacesAtOnce() {
        // s1 ends 07:40; back 07:50 is within the 30 minutes of overtime allowed, but s2 leaves at 07:45
        Caregiver overtime = new Caregiver("c1", null, Set.of(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY,
                List.of(shift("s1", at(7, 0), at(7, 40)), shift("s2", at(7, 45), at(15, 0))), new WorkTerms(Duration
                        .ofMinutes(30), 0, 0, null));
        Problem problem = problem(List.of(overtime), List.of(V1, V2));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(FIRST, second(7, 45))));

        assertThat(report.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains(
                "two places at once"));
    }

    @Test
    void routeBackAfterItsShiftEndAndAllowance_isAShiftEndViolationOnly() {
        VerificationReport report = verify(shift("s1", at(7, 0), at(7, 40)), shift("s2", at(7, 45), at(15, 0)),
                second(7, 45));

        assertThat(report.violations()).extracting(Violation::constraintId).containsExactly(CareConstraint.SHIFT_END
                .id());
    }

    @Test
    void shiftsOneAfterTheOther_areFine() {
        VerificationReport report = verify(shift("s1", at(7, 0), at(7, 50)), shift("s2", at(7, 50), at(15, 0)),
                second(7, 50));

        assertThat(report.violations()).isEmpty();
        assertThat(report.feasible()).isTrue();
    }

    @Test
    void overlappingShifts_oneUnused_areFine() {
        Problem problem = problem(List.of(caregiver("c1", shift("s1", at(7, 0), at(16, 0)), shift("s2", at(7, 30),
                at(15, 0)))), List.of(V1));

        VerificationReport report = PlanVerifier.verify(problem, plan(problem, List.of(FIRST, route("s2", "c1", at(7,
                30), at(7, 30), 0))));

        assertThat(report.violations()).isEmpty();
    }
}
