package org.careroute.core.internal.domain;

import static org.careroute.core.internal.domain.CareVisit.UNSET;

/**
 * The memo of a visit's timing: the last {@link RouteTiming#visit} step of the visit and, when it is the last of its
 * route, the last {@link RouteTiming#end}, each kept with its inputs (plain primitive fields, so solution clones stay
 * correct). The shadow variables and the constraints of {@link CareVisit} ask for several values of the same step.
 * The values of the route's end (return, overrun, overtime, working time) are read here on the route's last visit.
 */
public abstract class VisitTiming extends VisitSetup implements WorkingDay.StepSink, WorkingDay.EndSink {

    // the last working-day step: its inputs and outputs
    private WorkingDayRules memoRules;
    private long memoPreviousEnd;
    /** When the caregiver was free (differs from {@link #memoPreviousEnd}, the departure, only when re-planning). */
    private long memoFree;
    private long memoTravel;
    private long memoPreviousState;
    long memoSyncStart;
    private long memoArrival;
    private long memoEnd;
    private long memoState;
    private long memoSoloStart;
    private long memoBreakLateness;
    private long memoWorkExcess;
    private long memoArrivalBreakSeconds;
    // the route end after this visit when it is the last: its inputs and outputs
    private WorkingDayRules memoEndRules;
    private long memoEndLastEnd = UNSET;
    private long memoEndTravel;
    private long memoEndPreviousState;
    long memoReturnTime;
    long memoEndState;
    long memoEndBreakLateness;
    long memoEndWorkExcess;

    /** For Timefold's cloner. */
    protected VisitTiming() {
    }

    protected VisitTiming(VisitFacts facts) {
        super(facts);
    }

    /**
     * One {@link WorkingDay#visit} output of this visit on {@code shift} after {@code previous} ({@code null}: the
     * first), free at {@code free} with working-day state {@code previousState}, waiting for {@code sync}: the
     * caregiver leaves at {@link #departureAfter} (not before the re-planning time), before any break.
     */
    final long memoisedStep(CareShift shift, CareVisit previous, long free, long previousState, long sync,
            int output) {
        CareVisit self = (CareVisit) this;
        WorkingDayRules rules = shift.getRules();
        long previousEnd = RouteTiming.departure(shift, previous, self, free);
        long travel = RouteTiming.drive(shift, previous, self);
        if (memoRules != rules || memoPreviousEnd != previousEnd || memoFree != free || memoTravel != travel
                || memoPreviousState != previousState || memoSyncStart != sync) {
            RouteTiming.visit(shift, previous, free, previousState, self, sync, this, null);
            memoRules = rules;
            memoPreviousEnd = previousEnd;
            memoFree = free;
            memoTravel = travel;
            memoPreviousState = previousState;
            memoSyncStart = sync;
        }
        return switch (output) {
            case WorkingDay.ARRIVAL -> memoArrival;
            case WorkingDay.END -> memoEnd;
            case WorkingDay.STATE -> memoState;
            case WorkingDay.BREAK_LATENESS -> memoBreakLateness;
            case WorkingDay.WORK_EXCESS -> memoWorkExcess;
            case WorkingDay.ARRIVAL_BREAK_SECONDS -> memoArrivalBreakSeconds;
            case WorkingDay.SOLO_START -> memoSoloStart;
            default -> throw new IllegalArgumentException("output " + output);
        };
    }

    /** Receives a {@link WorkingDay#visit} step for the memo; not for other callers. */
    @Override
    public void step(long arrival, long end, long state, long breakLateness, long workExcess,
            long arrivalBreakSeconds, long soloStart) {
        memoArrival = arrival;
        memoSoloStart = soloStart;
        memoEnd = end;
        memoState = state;
        memoBreakLateness = breakLateness;
        memoWorkExcess = workExcess;
        memoArrivalBreakSeconds = arrivalBreakSeconds;
    }

    /**
     * Times the end of the route after this visit, its last, ending at {@code lastEnd} with working-day state
     * {@code state} and a drive back of {@code returnTravel} seconds; the values are then in the memo's fields.
     */
    final void memoisedRouteEnd(CareShift shift, long lastEnd, long returnTravel, long state) {
        WorkingDayRules rules = shift.getRules();
        if (memoEndRules != rules || memoEndLastEnd != lastEnd || memoEndTravel != returnTravel
                || memoEndPreviousState != state) {
            RouteTiming.end(shift, facts().location(), lastEnd, state, this, null);
            memoEndRules = rules;
            memoEndLastEnd = lastEnd;
            memoEndTravel = returnTravel;
            memoEndPreviousState = state;
        }
    }

    /** Receives a {@link RouteTiming#end} for the memo; not for other callers. */
    @Override
    public void routeEnd(long returnTime, long state, long breakLateness, long workExcess) {
        memoReturnTime = returnTime;
        memoEndState = state;
        memoEndBreakLateness = breakLateness;
        memoEndWorkExcess = workExcess;
    }

    public abstract CareShift getShift();

    public abstract CareVisit getNext();

    public abstract Long getEndTime();

    public abstract Long getDayState();

    /** Times the end of the route after this visit, its last ({@link #memoisedRouteEnd}). */
    final void routeEnd() {
        memoisedRouteEnd(getShift(), getEndTime(), getReturnTravelSeconds(), getDayState());
    }

    // ************************************************************************
    // The route's end, read on its last visit
    // ************************************************************************

    public long getReturnTravelSeconds() {
        CareShift shift = getShift();
        if (shift == null || getNext() != null || shift.hasOpenEnd()) {
            return 0;
        }
        return shift.getTravel().durationSeconds(facts().location(), shift.getEndLocation());
    }

    public long getReturnTravelMeters() {
        CareShift shift = getShift();
        if (shift == null || getNext() != null || shift.hasOpenEnd()) {
            return 0;
        }
        return shift.getTravel().distanceMeters(facts().location(), shift.getEndLocation());
    }

    /**
     * For the last visit of a route: when the caregiver is back at the end location (after breaks that could not
     * wait); {@link #UNSET} for other visits.
     */
    public long getReturnTime() {
        CareShift shift = getShift();
        Long endTime = getEndTime();
        if (shift == null || getNext() != null || endTime == null || getDayState() == null) {
            return UNSET;
        }
        if (!shift.getRules().isTimed()) {
            return endTime + getReturnTravelSeconds();
        }
        routeEnd();
        return memoReturnTime;
    }

    /** For the last visit of a route: seconds the caregiver is back after the shift end and its overtime allowance. */
    public long getShiftOverrun() {
        long back = getReturnTime();
        return back == UNSET ? 0 : RouteTiming.shiftOverrun(getShift(), back);
    }

    /**
     * For the last visit of a route whose caregiver may work overtime: minutes (each started one) the caregiver is
     * back after the planned shift end.
     */
    public long getOvertimeMinutes() {
        CareShift shift = getShift();
        if (shift == null || shift.getRules().getOvertimeAllowance() == 0) {
            return 0;
        }
        long back = getReturnTime();
        if (back == UNSET || back <= shift.getEnd()) {
            return 0;
        }
        return (back - shift.getEnd() + 59) / 60;
    }

    /** For the last visit of a route: working time of the route (shift start to return, breaks excluded). */
    public long getRouteWorkingSeconds() {
        CareShift shift = getShift();
        long back = getReturnTime();
        if (back == UNSET) {
            return 0;
        }
        if (!shift.getRules().isTimed()) {
            return back - shift.getStart();
        }
        return RouteTiming.workingSeconds(shift, back, memoEndState);
    }

    /** For the last visit of a route: seconds of working time beyond the shift's maximum. */
    public long getWorkingTimeExcess() {
        CareShift shift = getShift();
        if (shift == null || getNext() != null || !shift.getRules().hasMaxWorkingTime()) {
            return 0;
        }
        return RouteTiming.workingTimeExcess(shift, getRouteWorkingSeconds());
    }

    // ************************************************************************
    // The service start against the windows, for the constraints
    // ************************************************************************

    /** The service start; {@link CareVisit#UNSET} while unassigned or not consistently timed. */
    public long getServiceStart() {
        Long end = getEndTime();
        return getShift() == null || end == null ? UNSET : end - facts().duration();
    }

    /**
     * Seconds the service starts after the end of the last window; 0 when on time, without windows or with a pinned
     * start (which replaces the windows).
     */
    public long getLateness() {
        long[] windowEnds = facts().windowEnds();
        long start = getServiceStart();
        if (start == UNSET || windowEnds.length == 0 || facts().pinnedStart() != UNSET) {
            return 0;
        }
        long lastEnd = windowEnds[windowEnds.length - 1];
        return start > lastEnd ? start - lastEnd : 0;
    }

    /** Seconds the service starts outside the preferred window; 0 without one or while unassigned. */
    public long getPreferredWindowDeviation() {
        long start = getServiceStart();
        return start == UNSET ? 0 : facts().care().deviation(start);
    }

    /** Seconds the service starts after the end of the soft window it starts in; 0 for hard windows. */
    public long getSoftWindowLateness() {
        long start = getServiceStart();
        return start == UNSET ? 0 : facts().softWindowLateness(start);
    }

    /** The visit's tardiness: the larger of its preferred-window deviation and its soft-window lateness. */
    public long getTardiness() {
        return Math.max(getPreferredWindowDeviation(), getSoftWindowLateness());
    }

    /** Seconds the deviation from the preferred window exceeds its cap; 0 without a cap. */
    public long getDeviationBeyondCap() {
        long deviation = getPreferredWindowDeviation();
        long cap = facts().care().maxDeviation();
        return deviation > cap ? deviation - cap : 0;
    }
}
