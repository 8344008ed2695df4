package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import java.util.List;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

class ReplanningConstraintsTest {

    private static final long TOLERANCE = 900;

    @Test
    void publishedVisitKeptWithinTolerance_isNotPenalized() {
        // Arrives (and starts) at T0 + 600; published at T0 + 1200: 600 s away, inside the 900 s tolerance.
        CareVisit v = visit("v", A, 1800);
        v.setReplanning(Long.MIN_VALUE, "s", T0 + 1200, TOLERANCE, false);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void publishedVisitMovedBeyondTolerance_isPenalizedOnce() {
        CareVisit v = visit("v", A, 1800);
        v.setReplanning(Long.MIN_VALUE, "s", T0 + 3600, TOLERANCE, false);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void publishedVisitOnOtherShift_isPenalizedOnce() {
        CareVisit v = visit("v", A, 1800);
        v.setReplanning(Long.MIN_VALUE, "other", T0 + 600, TOLERANCE, false);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v), shift("other", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void publishedVisitLeftOut_isPenalizedOnce() {
        CareVisit v = visit("v", A, 1800);
        v.setReplanning(Long.MIN_VALUE, "s", T0 + 600, TOLERANCE, false);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void visitNotInPublishedPlan_isNotPenalized() {
        CareVisit v = visit("v", A, 1800);
        CareVisit w = visit("w", B, 600);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v, w)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void departureNotBeforeNow_delaysTheArrival() {
        // The caregiver could arrive at T0 + 600 but may not leave before T0 + 3600.
        CareVisit v = visit("v", A, 1800);
        v.setReplanning(T0 + 3600, "s", T0 + 600, TOLERANCE, false);
        CareShift s = shift("s", 8, 0);
        VERIFIER.verifyThat((provider, f) -> ReplanningConstraints.planChange(f))
                .givenSolution(schedule(List.of(route(s, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
        assertThat(v.getArrivalTime()).isEqualTo(T0 + 3600 + 600);
    }
}
