package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.BASE;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.TRAVEL;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.openEndShift;
import static org.careroute.core.internal.score.ScheduleFixture.parts;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.junit.jupiter.api.Test;

/**
 * idle-time and worst-caregiver-idle-time. Fixture: base-A 600 s, base-B 900 s, A-B 300 s; shifts start at T0 at the
 * base and (but for the open end) return there.
 */
class IdleTimeConstraintsTest {

    /** Both rules are off by default (weight 0); a problem switches them on. */
    private static CareSchedule weighed(CareConstraint rule, List<CareShift> shifts, List<CareVisit> visits) {
        return new CareSchedule(shifts, new ArrayList<>(visits), ConstraintWeightOverrides.of(Map.of(rule.id(),
                HardMediumSoftScore.ONE_SOFT)));
    }

    private static CareSchedule schedule(List<CareShift> shifts, List<CareVisit> visits) {
        return weighed(CareConstraint.IDLE_TIME, shifts, visits);
    }

    private static CareSchedule worstSchedule(List<CareShift> shifts, List<CareVisit> visits) {
        return weighed(CareConstraint.WORST_CAREGIVER_IDLE_TIME, shifts, visits);
    }

    /** One break of {@code duration} seconds starting between the offsets {@code earliest} and {@code latestEnd}. */
    private static CareShift withBreak(CareShift shift, long duration, long earliest, long latestEnd) {
        shift.setRules(new WorkingDayRules(new long[]{T0 + earliest}, new long[]{T0 + latestEnd - duration},
                new long[]{duration}, 0, 0, 0, false, Long.MAX_VALUE, 0, 0, 0, null));
        return shift;
    }

    private static CareShift shiftOf(String id, String caregiverId, long startOffset, long endOffset) {
        return new CareShift(id, caregiverId, 0L, CareShift.UNLIMITED, T0 + startOffset, T0 + endOffset, BASE, BASE,
                TRAVEL);
    }

    // ************************************************************************
    // idle-time
    // ************************************************************************

    @Test
    void routeFillingTheShift_hasNoIdleTime() {
        // drive 600 s, serve 2400 s, drive back 600 s: back at the end of the one-hour shift
        CareVisit v = visit("v", A, 2400);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void waitingForAWindowToOpen_isIdle() {
        // arrives at 600 s, waits until the window opens at 1800 s, serves until 3000 s, back at 3600 s
        CareVisit v = visit("v", A, 1200, 1800, 3600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1200);
    }

    @Test
    void returnBeforeTheShiftEnd_isIdleUntilTheEnd() {
        CareVisit v = visit("v", A, 2400);
        CareVisit left = visit("left", B, 600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 2, 0), v)), List.of(v, left)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }

    @Test
    void emptyRoute_isIdleTheWholeShift() {
        CareVisit left = visit("left", A, 600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 2, 0))), List.of(left)))
                .settingAllShadowVariables()
                .penalizesBy(7200);
    }

    @Test
    void emptyRouteWithABreak_isIdleButForTheBreak() {
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(withBreak(route(shift("s", 2, 0)), 1800, 0, 7200)), List.of()))
                .settingAllShadowVariables()
                .penalizesBy(5400);
    }

    @Test
    void openEnd_isIdleFromTheEndOfTheLastVisitToTheShiftEnd() {
        // arrives at 600 s, done at 2400 s, no drive back
        CareVisit v = visit("v", A, 1800);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(openEndShift("s", 1), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1200);
    }

    @Test
    void waitingForTheOtherCaregiverOfADoubleStaffedVisit_isIdle() {
        // s arrives at B at 900 s; t serves A (600 s to 1200 s) and arrives at B at 1500 s: both start then, s has
        // waited 600 s; both end at 2700 s and are back at 3600 s, the end of their one-hour shifts
        List<CareVisit> group = parts("d", B, 1200);
        CareVisit other = visit("o", A, 600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), group.get(0)), route(shift("t", 1, 0), other,
                        group.get(1))), List.of(group.get(0), group.get(1), other)))
                .settingAllShadowVariables()
                .penalizesBy(600);
    }

    @Test
    void breakAfterTheReturn_isNotIdle() {
        // back at 3600 s of a two-hour shift; the break (window open all shift) follows from 3600 s to 5400 s
        CareVisit v = visit("v", A, 2400);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(withBreak(route(shift("s", 2, 0), v), 1800, 600, 7200)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1800);
    }

    @Test
    void breakTakenOnTheRoute_isNotIdle() {
        // the break must start by 3000 s, when the service ends: taken there (3000 s to 4800 s), back at 5400 s
        CareVisit v = visit("v", A, 2400);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(withBreak(route(shift("s", 2, 0), v), 1800, 3000, 4800)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1800);
    }

    @Test
    void missedBreak_takesNoTimeAndLeavesTheShiftIdle() {
        // the visit must start at 600 s; the missable break (latest start 1200 s) fits neither before it nor after it
        // (the service ends at 3000 s): missed, so the hour after the return at 3600 s is idle
        CareVisit v = visit("v", A, 2400, 600, 600);
        CareShift shift = route(shift("s", 2, 0), v);
        shift.setRules(new WorkingDayRules(new long[]{T0}, new long[]{T0 + 1200}, new long[]{1800}, 1L, 0, 0, 0,
                false, Long.MAX_VALUE, 0, 0, 0, null));
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(shift), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }

    @Test
    void backAfterTheShiftEnd_countsOnlyTheWaiting() {
        // waits 600 s to 1800 s, serves until 3600 s, back at 4200 s, after the one-hour shift
        CareVisit v = visit("v", A, 1800, 1800, 3600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1200);
    }

    @Test
    void eachShiftCountsItsOwnIdleTime() {
        CareVisit v = visit("v", A, 1200, 1800, 3600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.idleTime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v), route(shift("t", 1, 0))), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1200 + 3600);
    }

    // ************************************************************************
    // worst-caregiver-idle-time
    // ************************************************************************

    @Test
    void noCaregiverIdle_hasNoWorstIdleTime() {
        CareVisit v = visit("v", A, 2400);
        CareVisit w = visit("w", B, 1800);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.worstCaregiverIdleTime(factory))
                .givenSolution(worstSchedule(List.of(route(shift("s", 1, 0), v), route(shift("t", 1, 0), w)), List.of(v,
                        w)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void twoCaregivers_arePenalizedByTheLargerIdleTimeOnly() {
        // s waits 1200 s; t has no visits in its two-hour shift
        CareVisit v = visit("v", A, 1200, 1800, 3600);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.worstCaregiverIdleTime(factory))
                .givenSolution(worstSchedule(List.of(route(shift("s", 1, 0), v), route(shift("t", 2, 0))), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(7200);
    }

    @Test
    void shiftsOfOneCaregiver_addUp() {
        // caregiver c: two empty one-hour shifts (7200 s); caregiver d: an empty 1.5-hour shift (5400 s)
        CareShift morning = shiftOf("c-am", "c", 0, 3600);
        CareShift evening = shiftOf("c-pm", "c", 7200, 10_800);
        CareShift other = shiftOf("d-am", "d", 0, 5400);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.worstCaregiverIdleTime(factory))
                .givenSolution(worstSchedule(List.of(morning, evening, other), List.of()))
                .settingAllShadowVariables()
                .penalizesBy(7200);
    }

    @Test
    void theIdleCaregiverTakingAVisit_leavesTheOtherAsTheWorst() {
        // t serves v (back at 3600 s of its one-hour shift); s, empty for one hour, is now the worst
        CareVisit v = visit("v", A, 2400);
        VERIFIER.verifyThat((provider, factory) -> IdleTimeConstraints.worstCaregiverIdleTime(factory))
                .givenSolution(worstSchedule(List.of(route(shift("s", 1, 0)), route(shift("t", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }
}
