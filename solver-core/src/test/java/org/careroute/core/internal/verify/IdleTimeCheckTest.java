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
import static org.careroute.core.internal.verify.VerifyFixtures.window;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.explain.PlanExplainer;
import org.junit.jupiter.api.Test;

/** The verifier recomputes idle time from its own route simulation and explains it per shift and caregiver. */
class IdleTimeCheckTest {

    private static final Map<String, Long> WEIGHTS = Map.of(CareConstraint.IDLE_TIME.id(), 1L,
            CareConstraint.WORST_CAREGIVER_IDLE_TIME.id(), 1L);

    /** A 07:00-15:00 shift at the base with the given rules. */
    private static Caregiver caregiver(String id, ShiftRules rules) {
        return new Caregiver(id, null, null, TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(new Shift(id
                + "-s", at(7, 0), at(15, 0), BASE, BASE, rules)));
    }

    private static ShiftRules lunch() {
        return new ShiftRules(List.of(new ShiftBreak(Duration.ofMinutes(30), at(7, 30), at(10, 0))), null, null);
    }

    /** c waits 07:10-07:30 at A, serves until 08:30, is back at 08:40 and has lunch 08:40-09:10; d has no visits. */
    private static Problem problem(Visit v) {
        return VerifyFixtures.problem(List.of(caregiver("c", lunch()), caregiver("d", ShiftRules.NONE)), List.of(v),
                WEIGHTS);
    }

    private static ShiftPlan routeOfC() {
        ShiftPlan plain = route("c-s", "c", at(7, 0), at(8, 40), 600, planned("v", at(7, 10), at(7, 30), at(8, 30),
                600));
        return new ShiftPlan(plain.shiftId(), plain.caregiverId(), plain.departure(), plain.returnTime(), plain
                .visits(), plain.returnLeg(), plain.travelSeconds(), plain.distanceMeters(),
                List.of(new PlannedBreak(
                        0, at(8, 40), at(9, 10), null)));
    }

    private static ConstraintBreakdown breakdown(Explanation explanation, CareConstraint constraint) {
        return explanation.constraints().stream().filter(b -> b.constraint() == constraint).findFirst()
                .orElseThrow();
    }

    @Test
    void waitingAndTheTimeAfterTheReturnLessTheBreak_areIdleAndAnEmptyShiftWhollySo() {
        Visit v = visit("v", A, 60, window(7, 30, 9, 0));
        Problem problem = problem(v);
        ShiftPlan empty = new ShiftPlan("d-s", "d", at(7, 0), at(7, 0), List.of(), Leg.NONE, 0, 0);
        Plan plan = plan(problem, List.of(routeOfC(), empty));

        Explanation explanation = PlanExplainer.explain(problem, plan);

        // c: 20 min waiting + (15:00 - 08:40 - 30 min lunch) = 6 h 10 min; d: 8 h
        long idleC = 20 * 60 + 5 * 3600 + 50 * 60;
        long idleD = 8 * 3600;
        assertThat(PlanVerifier.verify(problem, plan).violations()).isEmpty();
        assertThat(breakdown(explanation, CareConstraint.IDLE_TIME).matches()).extracting(m -> m.shiftId() + " " + m
                .amount()).containsExactlyInAnyOrder("c-s " + idleC, "d-s " + idleD);
        assertThat(breakdown(explanation, CareConstraint.WORST_CAREGIVER_IDLE_TIME).matches()).singleElement()
                .satisfies(m -> {
                    assertThat(m.amount()).isEqualTo(idleD);
                    assertThat(m.message()).contains("Caregiver d has the most idle time");
                });
        assertThat(PlanVerifier.verify(problem, plan).recomputed().softScore()).isEqualTo(-(1200 + idleC + idleD
                + idleD));
    }

    @Test
    void shiftLeftOutOfThePlan_isIdleLikeAnEmptyRoute() {
        Visit v = visit("v", A, 60, window(7, 30, 9, 0));
        Problem problem = problem(v);
        Plan plan = plan(problem, List.of(routeOfC()));

        assertThat(breakdown(PlanExplainer.explain(problem, plan), CareConstraint.IDLE_TIME).totalAmount())
                .isEqualTo(20 * 60 + 5 * 3600 + 50 * 60 + 8 * 3600);
    }

    @Test
    void weightsOfZero_recordNoIdleTime() {
        Visit v = visit("v", A, 60, window(7, 30, 9, 0));
        Problem problem = VerifyFixtures.problem(List.of(caregiver("c", lunch())), List.of(v));
        Plan plan = plan(problem, List.of(routeOfC()));

        assertThat(breakdown(PlanExplainer.explain(problem, plan), CareConstraint.IDLE_TIME).matches()).isEmpty();
        assertThat(PlanVerifier.verify(problem, plan).recomputed().softScore()).isEqualTo(-1200);
    }
}
