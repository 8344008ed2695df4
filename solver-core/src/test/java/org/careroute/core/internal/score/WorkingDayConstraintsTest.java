package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.openEndShift;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareTeam;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.junit.jupiter.api.Test;

/**
 * The caregiver's working day: break placement and timing, break-window, continuous-work, max-working-time,
 * overtime, caregiver-cost and workload-fairness. Fixture: base-A 600 s, base-B 900 s, A-B 300 s, 10 m per second.
 */
class WorkingDayConstraintsTest {

    private static final long EU_WORK = 16_200;
    private static final long EU_REST = 2_700;
    private static final long EU_FIRST = 900;

    /** Builder for a shift's rules; offsets from T0. */
    private static final class Rules {
        private final List<long[]> breaks = new ArrayList<>();
        private long missable;
        private long maxWork;
        private long rest;
        private long firstPart;
        private boolean waitingIsRest;
        private long maxWorkingTime = Long.MAX_VALUE;
        private long allowance;
        private long centsPerHour;
        private long centsPerKm;
        private CareTeam team;

        Rules brk(long duration, long earliestOffset, long latestEndOffset) {
            breaks.add(new long[]{duration, T0 + earliestOffset, T0 + latestEndOffset - duration});
            return this;
        }

        /** The last break added may be missed (at the soft missed-break cost) instead of starting late. */
        Rules missable() {
            missable |= 1L << (breaks.size() - 1);
            return this;
        }

        Rules eu(boolean waitingCountsAsRest) {
            maxWork = EU_WORK;
            rest = EU_REST;
            firstPart = EU_FIRST;
            waitingIsRest = waitingCountsAsRest;
            return this;
        }

        Rules maxWorkingTime(long seconds) {
            maxWorkingTime = seconds;
            return this;
        }

        Rules overtime(long seconds) {
            allowance = seconds;
            return this;
        }

        Rules costs(long perHour, long perKm) {
            centsPerHour = perHour;
            centsPerKm = perKm;
            return this;
        }

        Rules team(CareTeam value) {
            team = value;
            return this;
        }

        CareShift on(CareShift shift) {
            long[] earliest = new long[breaks.size()];
            long[] latest = new long[breaks.size()];
            long[] duration = new long[breaks.size()];
            for (int k = 0; k < breaks.size(); k++) {
                duration[k] = breaks.get(k)[0];
                earliest[k] = breaks.get(k)[1];
                latest[k] = breaks.get(k)[2];
            }
            shift.setRules(new WorkingDayRules(earliest, latest, duration, missable, maxWork, rest, firstPart,
                    waitingIsRest, maxWorkingTime, allowance, centsPerHour, centsPerKm, team));
            return shift;
        }
    }

    private static Rules rules() {
        return new Rules();
    }

    // ************************************************************************
    // Break placement and route timing (WorkingDay on primitives)
    // ************************************************************************

    @Test
    void breakWhoseWindowOpensDuringAService_floatsPastTheNextVisitWhileItStillFitsItsWindow() {
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        CareVisit first = visit("first", A, 3600);
        CareVisit second = visit("second", B, 600);
        List<long[]> taken = new ArrayList<>();
        WorkingDay.BreakLog log = (k, start, end, place) -> taken.add(new long[]{k, start, end, place});
        long state = WorkingDay.visit(shift.getRules(), first, T0, 600, 0, WorkingDay.STATE, null);
        long end = WorkingDay.visit(shift.getRules(), first, T0, 600, 0, WorkingDay.END, null);
        long arrival = WorkingDay.visit(shift.getRules(), second, end, 300, state, WorkingDay.ARRIVAL, log);

        assertThat(end).isEqualTo(T0 + 4200);
        assertThat(WorkingDay.breaksTaken(state)).isZero();
        assertThat(arrival).isEqualTo(T0 + 4200 + 300);
        assertThat(taken).isEmpty();
    }

    @Test
    void breakThatCannotWaitPastTheNextVisit_isTakenBeforeLeavingAndDelaysTheNextArrival() {
        CareShift shift = rules().brk(1800, 3600, 6300).on(shift("s", 8, 0));
        CareVisit first = visit("first", A, 3600);
        CareVisit second = visit("second", B, 600);
        List<long[]> taken = new ArrayList<>();
        WorkingDay.BreakLog log = (k, start, end, place) -> taken.add(new long[]{k, start, end, place});
        long state = WorkingDay.visit(shift.getRules(), first, T0, 600, 0, WorkingDay.STATE, null);
        long arrival = WorkingDay.visit(shift.getRules(), second, T0 + 4200, 300, state, WorkingDay.ARRIVAL, log);

        assertThat(arrival).isEqualTo(T0 + 4200 + 1800 + 300);
        assertThat(taken).containsExactly(new long[]{0, T0 + 4200, T0 + 6000, WorkingDay.BEFORE_LEAVING});
    }

    @Test
    void breakWhoseWindowOpensDuringTheDrive_isTakenOnTheWay() {
        // leaves at 4200 for a 1200 s drive; the break may start from 4800 and must start by 5000
        CareShift shift = rules().brk(1800, 4800, 6800).on(shift("s", 8, 0));
        CareVisit second = visit("second", B, 600);
        List<long[]> taken = new ArrayList<>();
        WorkingDay.BreakLog log = (k, start, end, place) -> taken.add(new long[]{k, start, end, place});
        long arrival = WorkingDay.visit(shift.getRules(), second, T0 + 4200, 1200, 0, WorkingDay.ARRIVAL, log);

        assertThat(arrival).isEqualTo(T0 + 4200 + 1200 + 1800);
        assertThat(taken).containsExactly(new long[]{0, T0 + 4800, T0 + 6600, WorkingDay.ON_THE_WAY});
        assertThat(WorkingDay.visit(shift.getRules(), second, T0 + 4200, 1200, 0, WorkingDay.BREAK_LATENESS, null))
                .isZero();
    }

    @Test
    void breakBeforeAVisitWithWaiting_isAbsorbedByTheWaiting() {
        // Arrive at A at 600, window opens at 7200; the break 3600-5400 fits in the waiting.
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        CareVisit v = visit("v", A, 600, 7200, 9000);
        WorkingDayRules r = shift.getRules();

        assertThat(WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.END, null)).isEqualTo(T0 + 7800);
        assertThat(WorkingDay.breaksTaken(WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.STATE, null))).isOne();
        assertThat(WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.ARRIVAL_BREAK_SECONDS, null)).isEqualTo(1800);
    }

    @Test
    void heldBreakThatStartedBeforeTheDeparture_keepsItsStartAndTheCaregiverLeavesAfterItOrAtTheDeparture() {
        // Re-planning: free at 3000, no departure before 4500; break 0 (900 s) held where it started, at 3300 or 4200.
        CareShift early = rules().brk(900, 3000, 10_800).on(shift("s", 8, 0));
        early.holdBreaks(1, new long[]{T0 + 3300}, new String[]{null});
        CareShift late = rules().brk(900, 3000, 10_800).on(shift("s", 8, 0));
        late.holdBreaks(1, new long[]{T0 + 4200}, new String[]{null});
        CareShift free = rules().brk(900, 3000, 10_800).on(shift("s", 8, 0));
        CareVisit v = visit("v", A, 600);
        List<long[]> breaks = new ArrayList<>();
        WorkingDay.BreakLog log = (index, start, end, place) -> breaks.add(new long[]{start - T0, end - T0, place});

        RouteTiming step = new RouteTiming();
        WorkingDay.visit(early.getRules(), v, T0 + 3000, T0 + 4500, 600, 0, Long.MIN_VALUE, step, log);
        assertThat(step.arrival()).isEqualTo(T0 + 5100);
        assertThat(step.breakLateness()).isZero();
        WorkingDay.visit(late.getRules(), v, T0 + 3000, T0 + 4500, 600, 0, Long.MIN_VALUE, step, log);
        assertThat(step.arrival()).isEqualTo(T0 + 5700);
        assertThat(step.breakLateness()).isZero();
        assertThat(breaks).containsExactly(new long[]{3300, 4200, WorkingDay.BEFORE_LEAVING}, new long[]{4200, 5100,
                WorkingDay.BEFORE_LEAVING});
        // a break that has not started is taken after the departure, at the earliest
        WorkingDay.visit(free.getRules(), v, T0 + 3000, T0 + 4500, 600, 0, Long.MIN_VALUE, step, null);
        assertThat(step.arrival()).isEqualTo(T0 + 5100);
        assertThat(WorkingDay.breaksTaken(step.state())).isZero();
    }

    @Test
    void breakWhoseWindowOpenedBeforeArrival_waitsUntilAfterTheServiceWhenItCan() {
        // Leave at 3000 (window not open yet), arrive at A at 3600 (open): serve first, the break waits.
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        CareVisit v = visit("v", A, 600);
        WorkingDayRules r = shift.getRules();

        assertThat(WorkingDay.visit(r, v, T0 + 3000, 600, 0, WorkingDay.END, null)).isEqualTo(T0 + 4200);
        assertThat(WorkingDay.breaksTaken(WorkingDay.visit(r, v, T0 + 3000, 600, 0, WorkingDay.STATE, null)))
                .isZero();
    }

    @Test
    void breakThatCouldWaitUntilTheReturn_isNotTakenDuringTheRoute() {
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        CareVisit v = visit("v", A, 600);
        WorkingDayRules r = shift.getRules();
        long state = WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.STATE, null);

        assertThat(WorkingDay.routeEnd(r, T0 + 1200, 600, state, WorkingDay.RETURN_TIME, null)).isEqualTo(T0
                + 1800);
        assertThat(WorkingDay.breaksTaken(WorkingDay.routeEnd(r, T0 + 1200, 600, state, WorkingDay.STATE, null)))
                .isZero();
    }

    @Test
    void breakThatWouldEndAfterTheReturn_isTakenAtTheLastVisit() {
        // Service ends at 9000, back at 9600 > latest start 9000: break 9000-10800 at the last visit, back 11400.
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        CareVisit v = visit("v", A, 8400);
        WorkingDayRules r = shift.getRules();
        long state = WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.STATE, null);

        assertThat(WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.END, null)).isEqualTo(T0 + 9000);
        assertThat(WorkingDay.routeEnd(r, T0 + 9000, 600, state, WorkingDay.RETURN_TIME, null)).isEqualTo(T0
                + 11_400);
    }

    // ************************************************************************
    // break-window
    // ************************************************************************

    @Test
    void breakPlacedInItsWindow_isNotPenalized() {
        CareVisit first = visit("first", A, 3600);
        CareVisit second = visit("second", B, 600);
        CareShift shift = rules().brk(1800, 3600, 10_800).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.breakWindow(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void secondBreakPushedPastItsLatestStartByTheFirst_isPenalizedBySecondsLate() {
        // Service 600-3600; back would be 4200 > 3600: break 0 at 3600-5400, break 1 (latest start 1800) at
        // 5400-7200: 3600 s late.
        CareVisit v = visit("v", A, 3000);
        CareShift shift = rules().brk(1800, 1800, 5400).brk(1800, 1800, 3600).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.breakWindow(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }

    @Test
    void breakWithANestedWindowThatPassesBeforeTheReturn_isPenalizedAfterTheRouteToo() {
        // Service 600-1200, back 1800, before break 0's latest start (6600): no break during the route. After the
        // return break 0 at 1800-2400, then break 1 (window 1500-2100, nested in break 0's) at 2400: 900 s late,
        // as the plan lists it and the verifier counts it.
        CareVisit v = visit("v", A, 600);
        CareShift shift = rules().brk(600, 1200, 7200).brk(600, 1500, 2100).on(shift("s", 8, 0));
        WorkingDayRules r = shift.getRules();
        long state = WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.STATE, null);

        assertThat(WorkingDay.breaksTaken(WorkingDay.routeEnd(r, T0 + 1200, 600, state, WorkingDay.STATE, null)))
                .isZero();
        assertThat(WorkingDay.routeEnd(r, T0 + 1200, 600, state, WorkingDay.BREAK_LATENESS, null)).isEqualTo(900);
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.breakWindow(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(900);
    }

    @Test
    void shiftWithoutBreaks_hasNoBreakPenalty() {
        CareVisit v = visit("v", A, 30_000);
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.breakWindow(factory))
                .givenSolution(schedule(List.of(route(shift("s", 12, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // missed-break
    // ************************************************************************

    @Test
    void missableBreakPushedPastItsLatestStart_isMissedOnceAndNotLate() {
        // as secondBreakPushedPastItsLatestStartByTheFirst, with break 1 missable: missed instead of 3600 s late
        CareVisit v = visit("v", A, 3000);
        CareShift shift = rules().brk(1800, 1800, 5400).brk(1800, 1800, 3600).missable().on(shift("s", 8, 0));
        CareSchedule solution = schedule(List.of(route(shift, v)), List.of(v));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.breakWindow(factory))
                .givenSolution(solution)
                .settingAllShadowVariables()
                .hasNoImpact();
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.missedBreak(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void missableBreakThatWouldMakeAVisitLate_isMissedAndTheVisitIsOnTime() {
        // the break must start by 0 (latest end 1800) and the visit by 600, its window: taking the break would
        // make the visit 1800 s late, so it is missed
        CareVisit v = visit("v", A, 3000, 600, 600);
        CareShift shift = rules().brk(1800, 0, 1800).missable().on(shift("s", 8, 0));
        WorkingDayRules r = shift.getRules();
        assertThat(WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.END, null)).isEqualTo(T0 + 3600);
        long state = WorkingDay.visit(r, v, T0, 600, 0, WorkingDay.STATE, null);
        long after = WorkingDay.routeEnd(r, T0 + 3600, 600, state, WorkingDay.STATE, null);
        assertThat(WorkingDay.missedBreaks(after)).isOne();
        assertThat(WorkingDay.breakSeconds(r, after)).isZero();
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.missedBreak(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void missableBreakThatFitsItsWindow_isTakenAndNotPenalized() {
        CareVisit first = visit("first", A, 3600);
        CareVisit second = visit("second", B, 600);
        CareShift shift = rules().brk(1800, 3600, 10_800).missable().on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.missedBreak(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // continuous-work
    // ************************************************************************

    @Test
    void fourAndAHalfHoursWithoutRest_isPenalizedBySecondsOver() {
        // Work 600 + 14400 + 300 + 3600 + 900 = 19800 s, limit 16200: 3600 over.
        CareVisit first = visit("first", A, 14_400);
        CareVisit second = visit("second", B, 3600);
        CareShift shift = rules().eu(false).on(shift("s", 10, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }

    @Test
    void fortyFiveMinuteBreak_resetsTheCount() {
        CareVisit first = visit("first", A, 14_400);
        CareVisit second = visit("second", B, 3600);
        CareShift shift = rules().brk(2700, 15_000, 20_000).eu(false).on(shift("s", 10, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void splitRestFifteenThenThirty_resetsTheCount() {
        // 15 min before leaving A at 11400, 30 min on arrival at B at 12600; then 10800 + 900 s of work.
        CareVisit first = visit("first", A, 10_800);
        CareVisit second = visit("second", B, 10_800);
        CareShift shift = rules().brk(900, 11_400, 14_000).brk(1800, 12_600, 18_000).eu(false).on(shift("s", 10,
                0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void firstPartAlone_doesNotResetTheCount() {
        // Work 600 + 10800 + 300 + 10800 + 900 = 23400, the 15-min break alone does not reset: 7200 over.
        CareVisit first = visit("first", A, 10_800);
        CareVisit second = visit("second", B, 10_800);
        CareShift shift = rules().brk(900, 11_400, 14_000).eu(false).on(shift("s", 10, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .penalizesBy(7200);
    }

    @Test
    void waitingOfFortyFiveMinutes_resetsTheCountOnlyWhereWaitingCountsAsRest() {
        // Second visit's window opens at 18000: 45 min of waiting after arriving at 15300.
        CareVisit first = visit("first", A, 14_400);
        CareVisit second = visit("second", B, 3600, 18_000, 20_000);
        CareShift counts = rules().eu(true).on(shift("s", 10, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(counts, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();

        CareVisit first2 = visit("first2", A, 14_400);
        CareVisit second2 = visit("second2", B, 3600, 18_000, 20_000);
        CareShift doesNotCount = rules().eu(false).on(shift("t", 10, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.continuousWork(factory))
                .givenSolution(schedule(List.of(route(doesNotCount, first2, second2)), List.of(first2, second2)))
                .settingAllShadowVariables()
                .penalizesBy(3600);
    }

    // ************************************************************************
    // max-working-time
    // ************************************************************************

    @Test
    void workingTimeAboveTheMaximum_isPenalizedBySecondsOver() {
        // 600 + 3600 + 600 = 4800 s of working time, maximum 3600.
        CareVisit v = visit("v", A, 3600);
        CareShift shift = rules().maxWorkingTime(3600).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.maxWorkingTime(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1200);
    }

    @Test
    void breaksDoNotCountAsWorkingTime() {
        // Back at 4200 + 1800 (break) = 6600; working time 4800 <= 4800.
        CareVisit first = visit("first", A, 3000);
        CareVisit second = visit("second", A, 600);
        CareShift shift = rules().brk(1800, 3600, 10_800).maxWorkingTime(4800).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.maxWorkingTime(factory))
                .givenSolution(schedule(List.of(route(shift, first, second)), List.of(first, second)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void workingTimeWithinTheMaximum_isNotPenalized() {
        CareVisit v = visit("v", A, 3600);
        CareShift shift = rules().maxWorkingTime(7200).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.maxWorkingTime(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // overtime and shift-end with an allowance
    // ************************************************************************

    @Test
    void overtimeWithinTheAllowance_isSoftPerStartedMinuteAndNotAShiftEndViolation() {
        // Back at 600 + 3000 + 600 = 4200 on a one-hour shift: 600 s = 10 minutes over, allowance 1 h.
        CareVisit v = visit("v", A, 3000);
        CareShift shift = rules().overtime(3600).on(shift("s", 1, 0));
        CareVisit v2 = visit("v2", A, 3001);
        CareShift shift2 = rules().overtime(3600).on(shift("t", 1, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.overtime(factory))
                .givenSolution(schedule(List.of(route(shift, v), route(shift2, v2)), List.of(v, v2)))
                .settingAllShadowVariables()
                .penalizesBy(10 + 11);
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(route(shift, v), route(shift2, v2)), List.of(v, v2)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void overtimeBeyondTheAllowance_isAShiftEndViolationForTheRest() {
        CareVisit v = visit("v", A, 3000);
        CareShift shift = rules().overtime(300).on(shift("s", 1, 0));
        VERIFIER.verifyThat(CareConstraintProvider::shiftEnd)
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(300);
    }

    @Test
    void caregiverWithoutAllowance_hasNoOvertimeCost() {
        CareVisit v = visit("v", A, 3000);
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.overtime(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // caregiver-cost
    // ************************************************************************

    @Test
    void caregiverCost_isKilometresAndHoursInHundredths() {
        // 12 km at 2.50 = 3000; 3000 s of working time at 350.00 per hour = 29166.
        CareVisit v = visit("v", A, 1800);
        CareShift shift = rules().costs(35_000, 250).on(shift("s", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.caregiverCost(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(3000 + 29_166);
    }

    @Test
    void openEndedRoute_paysNoDriveBack() {
        // 6 km at 2.50 = 1500; working time to the end of the visit 2400 s at 36.00 per hour = 2400.
        CareVisit v = visit("v", A, 1800);
        CareShift shift = rules().costs(3600, 250).on(openEndShift("s", 8));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.caregiverCost(factory))
                .givenSolution(schedule(List.of(route(shift, v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1500 + 2400);
    }

    @Test
    void caregiverWithoutCosts_costsNothing() {
        CareVisit v = visit("v", A, 1800);
        CareShift unused = rules().costs(35_000, 250).on(shift("t", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.caregiverCost(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v), unused), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // workload-fairness
    // ************************************************************************

    @Test
    void oneCaregiverDoingAllTheWork_isPenalizedBySquaredDeviation() {
        // Loads 50 and 0 minutes, mean 25: 25^2 + 25^2 = 1250.
        CareTeam team = new CareTeam("north", 2);
        CareVisit v = visit("v", A, 1800);
        CareShift busy = rules().team(team).on(shift("s", 8, 0));
        CareShift idle = rules().team(team).on(shift("t", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.workloadFairness(factory))
                .givenSolution(schedule(List.of(route(busy, v), idle), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1250);
    }

    @Test
    void evenWorkload_isNotPenalized() {
        CareTeam team = new CareTeam("north", 2);
        CareVisit v = visit("v", A, 1800);
        CareVisit w = visit("w", A, 1800);
        CareShift s = rules().team(team).on(shift("s", 8, 0));
        CareShift t = rules().team(team).on(shift("t", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.workloadFairness(factory))
                .givenSolution(schedule(List.of(route(s, v), route(t, w)), List.of(v, w)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void teamMemberWithoutAnyVisit_countsWithZeroLoad() {
        // Two caregivers with 50 minutes each, a third without visits: mean 33.3, (3 * 5000 - 100^2) / 3 = 1666.
        CareTeam team = new CareTeam("north", 3);
        CareVisit v = visit("v", A, 1800);
        CareVisit w = visit("w", A, 1800);
        CareShift s = rules().team(team).on(shift("s", 8, 0));
        CareShift t = rules().team(team).on(shift("t", 8, 0));
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.workloadFairness(factory))
                .givenSolution(schedule(List.of(route(s, v), route(t, w)), List.of(v, w)))
                .settingAllShadowVariables()
                .penalizesBy(1666);
    }

    @Test
    void caregiversWithoutTeam_areNotBalanced() {
        CareVisit v = visit("v", A, 1800);
        VERIFIER.verifyThat((provider, factory) -> WorkingDayConstraints.workloadFairness(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v), shift("t", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }
}
