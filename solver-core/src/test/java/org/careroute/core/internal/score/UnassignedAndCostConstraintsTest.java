package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.openEndShift;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;
import static org.careroute.core.internal.score.ScheduleFixture.visitWith;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

class UnassignedAndCostConstraintsTest {

    // ************************************************************************
    // visit-unassigned (medium)
    // ************************************************************************

    @Test
    void unassignedOptionalVisits_arePenalizedByPriority() {
        CareVisit low = visitWith("low", A, 600, 0, 1, false, 0);
        CareVisit high = visitWith("high", B, 600, 0, 5, false, 0);
        VERIFIER.verifyThat(CareConstraintProvider::visitUnassigned)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(low, high)))
                .settingAllShadowVariables()
                .penalizesBy(6);
    }

    @Test
    void unassignedMandatoryVisit_isNotCountedOnMediumLevel() {
        CareVisit mandatory = visitWith("m", A, 600, 0, 3, true, 0);
        VERIFIER.verifyThat(CareConstraintProvider::visitUnassigned)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(mandatory)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void assignedOptionalVisit_isNotPenalized() {
        CareVisit v = visitWith("v", A, 600, 0, 4, false, 0);
        VERIFIER.verifyThat(CareConstraintProvider::visitUnassigned)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // travel-time and travel-distance (soft)
    // ************************************************************************

    @Test
    void routeBaseAThenBThenBase_isPenalizedByAllLegsIncludingReturn() {
        CareVisit a = visit("a", A, 600);
        CareVisit b = visit("b", B, 600);
        VERIFIER.verifyThat(CareConstraintProvider::travelTime)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b)))
                .settingAllShadowVariables()
                .penalizesBy(600 + 300 + 900);
    }

    @Test
    void openEndRoute_hasNoReturnLeg() {
        CareVisit a = visit("a", A, 600);
        VERIFIER.verifyThat(CareConstraintProvider::travelTime)
                .givenSolution(schedule(List.of(route(openEndShift("s", 8), a)), List.of(a)))
                .settingAllShadowVariables()
                .penalizesBy(600);
    }

    @Test
    void emptyRouteAndUnassignedVisit_costNoTravel() {
        CareVisit a = visit("a", A, 600);
        VERIFIER.verifyThat(CareConstraintProvider::travelTime)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(a)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void travelDistance_countsMetresOfAllLegs() {
        CareVisit a = visit("a", A, 600);
        CareVisit b = visit("b", B, 600);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b));
        // Off by default (weight 0), as in home care; benchmarks switch it on.
        schedule.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                CareConstraint.TRAVEL_DISTANCE.id(), HardMediumSoftScore.ONE_SOFT)));
        VERIFIER.verifyThat(CareConstraintProvider::travelDistance)
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(18_000);
    }

    // ************************************************************************
    // waiting-time (soft)
    // ************************************************************************

    @Test
    void waitingBeforeSecondVisit_isPenalizedInWholeMinutes() {
        // a: arrive 600, end 1200; b: arrive 1500, window opens 2000 -> waits 500 s = 8 whole minutes.
        CareVisit a = visit("a", A, 600);
        CareVisit b = visit("b", B, 600, 2000, 4000);
        VERIFIER.verifyThat(CareConstraintProvider::waitingTime)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b)))
                .settingAllShadowVariables()
                .penalizesBy(8);
    }

    @Test
    void waitingBeforeFirstVisit_isNotPenalized() {
        CareVisit a = visit("a", A, 600, 5000, 6000);
        VERIFIER.verifyThat(CareConstraintProvider::waitingTime)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), a)), List.of(a)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void waitingUnderOneMinute_isNotPenalized() {
        CareVisit a = visit("a", A, 600);
        CareVisit b = visit("b", B, 600, 1530, 4000);
        VERIFIER.verifyThat(CareConstraintProvider::waitingTime)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void waitingBeforeFirstVisit_isPenalizedAsFirstVisitWaitingInWholeMinutes() {
        // shift starts at 0, a is 600 s away, its window opens at 5000: 4400 s waited = 73 whole minutes
        CareVisit a = visit("a", A, 600, 5000, 6000);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, 0), a)), List.of(a));
        // off by default (weight 0); the UHHC benchmarks switch it on
        schedule.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                CareConstraint.FIRST_VISIT_WAITING.id(), HardMediumSoftScore.ONE_SOFT)));
        VERIFIER.verifyThat(CareConstraintProvider::firstVisitWaiting)
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(73);
    }

    @Test
    void waitingBeforeSecondVisit_isNotFirstVisitWaiting() {
        CareVisit a = visit("a", A, 600);
        CareVisit b = visit("b", B, 600, 2000, 4000);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b));
        // off by default (weight 0); the UHHC benchmarks switch it on
        schedule.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                CareConstraint.FIRST_VISIT_WAITING.id(), HardMediumSoftScore.ONE_SOFT)));
        VERIFIER.verifyThat(CareConstraintProvider::firstVisitWaiting)
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .hasNoImpact();
    }
}
