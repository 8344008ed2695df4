package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.NURSE;
import static org.careroute.core.internal.score.ScheduleFixture.PHYSIO;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.openEndShift;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.shiftWithCapacity;
import static org.careroute.core.internal.score.ScheduleFixture.visit;
import static org.careroute.core.internal.score.ScheduleFixture.visitWith;

import java.util.List;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

class HardConstraintsTest {

    // ************************************************************************
    // visit-time-window
    // ************************************************************************

    @Test
    void arrivalInsideWindow_isNotPenalized() {
        CareVisit v = visit("v", A, 1800, 0, 3600);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void arrivalBeforeWindow_waitsAndIsNotPenalized() {
        CareVisit v = visit("v", A, 1800, 7200, 9000);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void arrivalAfterLastWindow_isPenalizedBySecondsLate() {
        // Arrives at 600 s, window ends at 100 s: 500 s late.
        CareVisit v = visit("v", A, 1800, 0, 100);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(500);
    }

    @Test
    void arrivalBetweenWindows_waitsForSecondWindowAndIsNotPenalized() {
        CareVisit v = visit("v", A, 600, 0, 100, 3600, 4000);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void lateFirstVisitPushesSecondVisitLate_bothArePenalized() {
        // first: arrive 600, window [2000, 2000] -> start 2000, end 5600; second: arrive 5900, window ends 5000.
        CareVisit first = visit("first", A, 3600, 2000, 2000);
        CareVisit second = visit("second", B, 600, 0, 5000);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .penalizesBy(900);
    }

    @Test
    void visitWithoutWindows_isNeverLate() {
        CareVisit v = visit("v", B, 600);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unassignedVisitWithPassedWindow_isNotPenalizedForLateness() {
        CareVisit v = visit("v", A, 600, 0, 1);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // shift-end
    // ************************************************************************

    @Test
    void routeBackBeforeShiftEnd_isNotPenalized() {
        CareVisit v = visit("v", A, 1800);
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void returnLegAfterShiftEnd_isPenalizedBySecondsOver() {
        // 600 travel + 3000 service + 600 back = 4200 > 3600.
        CareVisit v = visit("v", A, 3000);
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .justifiesWith(new CareJustification(CareConstraint.SHIFT_END.id(), "v", "s", 600))
                .penalizesBy(600);
    }

    @Test
    void openEndShiftEndingAtLastVisit_doesNotCountTheReturnLeg() {
        // 600 travel + 3000 service = 3600 = shift end: on time without a return leg.
        CareVisit v = visit("v", A, 3000);
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(route(openEndShift("s", 1), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void emptyRoute_isNotPenalized() {
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(shift("s", 0, 0)), List.of()))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // required-skills
    // ************************************************************************

    @Test
    void caregiverWithRequiredSkill_isNotPenalized() {
        CareVisit v = visitWith("v", A, 600, NURSE, 1, false, 0);
        VERIFIER.verifyThat(CareConstraintProvider::requiredSkills)
                .givenSolution(schedule(List.of(route(shift("s", 8, NURSE | PHYSIO), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void caregiverLackingTwoSkills_isPenalizedPerMissingSkill() {
        CareVisit v = visitWith("v", A, 600, NURSE | PHYSIO, 1, false, 0);
        VERIFIER.verifyThat(CareConstraintProvider::requiredSkills)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    // ************************************************************************
    // shift-capacity
    // ************************************************************************

    @Test
    void demandWithinCapacity_isNotPenalized() {
        CareVisit v1 = visitWith("v1", A, 600, 0, 1, false, 2);
        CareVisit v2 = visitWith("v2", B, 600, 0, 1, false, 3);
        VERIFIER.verifyThat(CareConstraintProvider::shiftCapacity)
                .givenSolution(schedule(List.of(route(shiftWithCapacity("s", 5), v1, v2)), List.of(v1, v2)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void demandAboveCapacity_isPenalizedByExcess() {
        CareVisit v1 = visitWith("v1", A, 600, 0, 1, false, 4);
        CareVisit v2 = visitWith("v2", B, 600, 0, 1, false, 3);
        VERIFIER.verifyThat(CareConstraintProvider::shiftCapacity)
                .givenSolution(schedule(List.of(route(shiftWithCapacity("s", 5), v1, v2)), List.of(v1, v2)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void unlimitedCapacity_isNeverPenalized() {
        CareVisit v1 = visitWith("v1", A, 600, 0, 1, false, 1000);
        VERIFIER.verifyThat(CareConstraintProvider::shiftCapacity)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v1)), List.of(v1)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // mandatory-visit-unassigned
    // ************************************************************************

    @Test
    void unassignedMandatoryVisit_isPenalized() {
        CareVisit mandatory = visitWith("m", A, 600, 0, 1, true, 0);
        CareVisit optional = visitWith("o", B, 600, 0, 1, false, 0);
        VERIFIER.verifyThat(CareConstraintProvider::mandatoryVisitUnassigned)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(mandatory, optional)))
                .settingAllShadowVariables()
                .penalizes(1);
    }

    @Test
    void assignedMandatoryVisit_isNotPenalized() {
        CareVisit mandatory = visitWith("m", A, 600, 0, 1, true, 0);
        CareShift shift = route(shift("s", 8, 0), mandatory);
        VERIFIER.verifyThat(CareConstraintProvider::mandatoryVisitUnassigned)
                .givenSolution(schedule(List.of(shift), List.of(mandatory)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }
}
