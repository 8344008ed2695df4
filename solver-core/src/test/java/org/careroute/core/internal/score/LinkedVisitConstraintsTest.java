package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.BASE;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.TRAVEL;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.parts;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

class LinkedVisitConstraintsTest {

    private static CareShift shiftOf(String id, String caregiverId) {
        return new CareShift(id, caregiverId, 0L, CareShift.UNLIMITED, T0, T0 + 8 * 3600, BASE, BASE, TRAVEL);
    }

    private static CareSchedule schedule(List<CareShift> shifts, List<CareVisit> visits,
            CareDependency... dependencies) {
        CareSchedule schedule = new CareSchedule(shifts, new ArrayList<>(visits), ConstraintWeightOverrides.none());
        schedule.setDependencies(List.of(dependencies));
        return schedule;
    }

    private static List<CareVisit> all(List<CareVisit> group, CareVisit... others) {
        List<CareVisit> result = new ArrayList<>(group);
        result.addAll(List.of(others));
        return result;
    }

    // ************************************************************************
    // synchronised start (shadow variables)
    // ************************************************************************

    @Test
    void partsOnDifferentRoutes_startWhenTheLastCaregiverArrives() {
        // s arrives at A after 600 s; t serves B first (900 s + 600 s service, 300 s drive) and arrives at 1800 s.
        // Both parts start at 1800 s, 1000 s after the window ends at 800 s: each caregiver is 1000 s late.
        List<CareVisit> group = parts("d", A, 1200, 0, 800);
        CareVisit other = visit("o", B, 600);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), group.get(0)), route(shift("t", 8, 0),
                        other, group.get(1))), all(group, other)))
                .settingAllShadowVariables()
                .penalizesBy(2000);
    }

    @Test
    void partsArrivingTogether_startOnTime() {
        List<CareVisit> group = parts("d", A, 1200, 0, 800);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), group.get(0)), route(shift("t", 8, 0),
                        group.get(1))), group))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // linked-parts-same-caregiver
    // ************************************************************************

    @Test
    void partsOnDifferentCaregivers_areNotPenalized() {
        List<CareVisit> group = parts("d", A, 1200);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.partsSameCaregiver(f))
                .givenSolution(schedule(List.of(route(shiftOf("s", "c1"), group.get(0)), route(shiftOf("t", "c2"),
                        group.get(1))), group))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void partsOnTwoShiftsOfOneCaregiver_arePenalized() {
        List<CareVisit> group = parts("d", A, 1200);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.partsSameCaregiver(f))
                .givenSolution(schedule(List.of(route(shiftOf("s", "c1"), group.get(0)), route(shiftOf("t", "c1"),
                        group.get(1))), group))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    // ************************************************************************
    // linked-visit-partly-assigned
    // ************************************************************************

    @Test
    void allPartsAssigned_isNotPenalized() {
        List<CareVisit> group = parts("d", A, 1200);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.partlyAssigned(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), group.get(0)), route(shift("t", 8, 0),
                        group.get(1))), group))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void noPartAssigned_isNotPenalizedHere() {
        List<CareVisit> group = parts("d", A, 1200);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.partlyAssigned(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0)), route(shift("t", 8, 0))), group))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void onePartOfTwoAssigned_isPenalizedPerMissingPart() {
        List<CareVisit> group = parts("d", A, 1200);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.partlyAssigned(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), group.get(0)), route(shift("t", 8, 0))),
                        group))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    // ************************************************************************
    // linked-times-inconsistent
    // ************************************************************************

    @Test
    void routesServingTwoDoubleVisitsInTheSameOrder_areConsistent() {
        List<CareVisit> first = parts("d", A, 600);
        List<CareVisit> second = parts("e", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), first.get(0), second.get(0)), route(shift(
                        "t", 8, 0), first.get(1), second.get(1))), all(first, second.toArray(CareVisit[]::new))))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void routesServingTwoDoubleVisitsInOppositeOrders_arePenalizedPerVisitInTheLoop() {
        List<CareVisit> first = parts("d", A, 600);
        List<CareVisit> second = parts("e", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), first.get(0), second.get(0)), route(shift(
                        "t", 8, 0), second.get(1), first.get(1))), all(first, second.toArray(CareVisit[]::new))))
                .settingAllShadowVariables()
                .penalizesBy(4);
    }

    @Test
    void bothPartsInOneRoute_arePenalizedAsInconsistent() {
        List<CareVisit> group = parts("d", A, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), group.get(0), group.get(1))), group))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    // ************************************************************************
    // visit-dependency
    // ************************************************************************

    /** Before: A from 600 s to 2400 s on s. After: B on t, waits for its window at 7200 s (gap 4800 s). */
    private static CareSchedule dependencySchedule(CareDependency dependency) {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600, 7200, 9000);
        return schedule(List.of(route(shift("s", 8, 0), before), route(shift("t", 8, 0), after)), List.of(before,
                after), dependency);
    }

    @Test
    void gapInsideTheAllowedRange_isNotPenalized() {
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 3600, 7200, false)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void gapShorterThanMinimum_caregiverWaitsAndIsNotPenalized() {
        // "after" could start 4800 s after "before" ends; its caregiver waits 1200 s more for the 6000 s minimum,
        // still inside its window (7200..9000 s): neither the gap nor the window is broken.
        CareSchedule schedule = dependencySchedule(new CareDependency("before", "after", 6000, 7200, false));
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .hasNoImpact();
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 6000, 7200, false)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void minimumGapBeyondTheWindow_waitMakesTheVisitLateByTheSecondsPastIt() {
        // waiting 7000 s after "before" ends (2400 s) starts "after" at 9400 s, 400 s after its window closes
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 7000,
                        CareDependency.NO_MAX_GAP, false)))
                .settingAllShadowVariables()
                .penalizesBy(400);
    }

    @Test
    void dependentVisitBeforeItsPredecessorInOneRoute_isPenalizedAsInconsistent() {
        // "after" waits for "before", which waits for "after" to end: the start depends on itself
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), after, before)), List.of(before, after),
                        new CareDependency("before", "after", 0, CareDependency.NO_MAX_GAP, false)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void dependentVisitAfterItsPredecessorInOneRoute_isConsistent() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), before, after)), List.of(before, after),
                        new CareDependency("before", "after", 3600, CareDependency.NO_MAX_GAP, false)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void gapLongerThanMaximum_isPenalizedByMinutesOver() {
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 0, 3000, false)))
                .settingAllShadowVariables()
                .penalizesBy(30);
    }

    @Test
    void gapMeasuredFromStart_countsTheEarlierVisitsDuration() {
        // From the start at 600 s the gap is 6600 s: 600 s (10 min) above a maximum of 6000 s.
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 0, 6000, true)))
                .settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void oneSecondTooLate_countsAsAMinute() {
        // "after" starts 4800 s after "before" ends
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(dependencySchedule(new CareDependency("before", "after", 0, 4799, false)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void dependencyOnDoubleVisitWithItsFirstPartLeftOut_countsTheOtherPart() {
        // "before" is served by its second part only (t, at 600 s); "after" starts at 7200 s on s: 6600 s after the
        // start, 600 s (10 min) over the 6000 s maximum
        List<CareVisit> before = parts("before", A, 1800);
        CareVisit after = visit("after", B, 600, 7200, 9000);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), after), route(shift("t", 8, 0), before.get(
                        1))), all(before, after), new CareDependency("before/part0", "after", 0, 6000, true)))
                .settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void dependencyOnUnassignedVisit_isNotPenalized() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(schedule(List.of(route(shift("t", 8, 0), after)), List.of(before, after),
                        new CareDependency("before", "after", 36000, 36000, false)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // pinned-caregiver
    // ************************************************************************

    @Test
    void pinnedVisitOnItsCaregiver_isNotPenalized() {
        CareVisit v = visit("v", A, 600);
        v.pin("c1", CareVisit.UNSET);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.pinnedCaregiver(f))
                .givenSolution(schedule(List.of(route(shiftOf("s", "c1"), v), route(shiftOf("t", "c2"))), List.of(
                        v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void pinnedVisitOnAnotherCaregiver_isPenalized() {
        CareVisit v = visit("v", A, 600);
        v.pin("c1", CareVisit.UNSET);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.pinnedCaregiver(f))
                .givenSolution(schedule(List.of(route(shiftOf("s", "c1")), route(shiftOf("t", "c2"), v)), List.of(
                        v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void pinnedVisitLeftUnassigned_isPenalized() {
        CareVisit v = visit("v", A, 600);
        v.pin("c1", CareVisit.UNSET);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.pinnedCaregiver(f))
                .givenSolution(schedule(List.of(route(shiftOf("s", "c1"))), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    // ************************************************************************
    // pinned-start
    // ************************************************************************

    @Test
    void earlyArrivalAtPinnedVisit_waitsAndIsNotPenalized() {
        CareVisit v = visit("v", A, 600);
        v.pin(null, T0 + 3600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.pinnedStart(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void lateArrivalAtPinnedVisit_isPenalizedBySecondsLate() {
        CareVisit v = visit("v", A, 600);
        v.pin(null, T0 + 300);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.pinnedStart(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(300);
    }

    @Test
    void pinnedStart_replacesTheTimeWindows() {
        CareVisit v = visit("v", A, 600, 0, 100);
        v.pin(null, T0 + 3600);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }
}
