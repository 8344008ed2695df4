package org.careroute.core.internal.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * A visit as the solver sees it: immutable facts in primitives plus shadow variables for its place in a route.
 * Times are seconds since the epoch; {@link #UNSET} while the visit is unassigned.
 *
 * <p>
 * The service starts at arrival if that lies inside a window, else at the start of the first later window
 * (waiting); after the last window it starts at arrival and is late. All derived values are O(1) array lookups,
 * nothing allocates.
 */
@PlanningEntity
public class CareVisit implements WorkingDay.StepSink {

    public static final long UNSET = Long.MIN_VALUE;

    @PlanningId
    private String id;
    private int index;
    private int location;
    private long duration;
    private long[] windowStarts;
    private long[] windowEnds;
    private long skillMask;
    private int priority;
    private boolean mandatory;
    private long demand;
    /** Re-planning: the earliest departure towards this visit ({@link Long#MIN_VALUE} when unrestricted). */
    private long notBefore = Long.MIN_VALUE;
    /** Re-planning: the shift that served this visit in the published plan, or {@code null}. */
    private String publishedShiftId;
    /** Re-planning: the published service start ({@link #UNSET} when the visit was not published). */
    private long publishedStart = UNSET;
    /** Re-planning: how far the start may move from {@link #publishedStart} before it counts as a change. */
    private long changeTolerance;
    /** Re-planning: the published route went from its started visits (or its start) straight to this visit. */
    private boolean publishedNext;
    private CarePreferences care = CarePreferences.NONE;
    private CareClient client;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private CareShift shift;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private CareVisit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private CareVisit next;
    @ShadowVariable(supplierName = "computeArrivalTime")
    private long arrivalTime = UNSET;
    @ShadowVariable(supplierName = "computeEndTime")
    private long endTime = UNSET;
    /** Breaks taken and continuous work after this visit ({@link WorkingDay#pack}); 0 without working-day rules. */
    @ShadowVariable(supplierName = "computeDayState")
    private long dayState;
    /**
     * The working-day step's break lateness, continuous-work excess and break seconds on arrival, as shadow variables
     * so that a change of the previous visit's end or state that leaves this visit's arrival, end and state as they
     * were (a break or a rest absorbs it) still makes the constraints reading them re-evaluate this visit.
     */
    @ShadowVariable(supplierName = "computeStepBreakLateness")
    private long stepBreakLateness;
    @ShadowVariable(supplierName = "computeStepWorkExcess")
    private long stepWorkExcess;
    @ShadowVariable(supplierName = "computeStepArrivalBreakSeconds")
    private long stepArrivalBreakSeconds;

    // Memo of the last working-day step (see workingDayStep): its inputs and outputs.
    private WorkingDayRules memoRules;
    private long memoPreviousEnd;
    private long memoTravel;
    private long memoPreviousState;
    private long memoArrival;
    private long memoEnd;
    private long memoState;
    private long memoBreakLateness;
    private long memoWorkExcess;
    private long memoArrivalBreakSeconds;

    /** For Timefold's cloner. */
    public CareVisit() {
    }

    public CareVisit(String id, int index, int location, long duration, long[] windowStarts, long[] windowEnds,
            long skillMask, int priority, boolean mandatory, long demand) {
        this.id = id;
        this.index = index;
        this.location = location;
        this.duration = duration;
        this.windowStarts = windowStarts;
        this.windowEnds = windowEnds;
        this.skillMask = skillMask;
        this.priority = priority;
        this.mandatory = mandatory;
        this.demand = demand;
    }

    @ShadowSources({"shift", "previous.endTime", "previous.dayState"})
    public long computeArrivalTime() {
        if (shift == null) {
            return UNSET;
        }
        if (previous == null) {
            return workingDayStep(WorkingDay.ARRIVAL);
        }
        long previousEnd = previous.endTime;
        if (previousEnd == UNSET) {
            return UNSET;
        }
        if (shift.getRules().isTimed()) {
            return workingDayStep(WorkingDay.ARRIVAL);
        }
        return departureAfter(shift, previous, previousEnd)
                + shift.getTravel().durationSeconds(previous.location, location);
    }

    /**
     * When the caregiver of {@code onShift} leaves for this visit after {@code before} (null: from the start
     * location), being free at {@code free}. At once, except when re-planning: then not before the re-planning time
     * ({@link #getNotBefore()}), unless this is the visit the published route went to next after the started ones,
     * on the same shift (the caregiver may already be on the way).
     */
    public long departureAfter(CareShift onShift, CareVisit before, long free) {
        if (notBefore == Long.MIN_VALUE || publishedNext && (before == null || before.notBefore == Long.MIN_VALUE)
                && onShift.getId().equals(publishedShiftId)) {
            return free;
        }
        return Math.max(free, notBefore);
    }

    /**
     * Sets the re-planning facts: the earliest departure towards this visit and, for a visit of the published plan,
     * its shift and start there with the tolerance before a moved start counts as a change, and whether the
     * published route went straight to it after its started visits.
     */
    public void setReplanning(long earliestDeparture, String shiftId, long start, long tolerance, boolean next) {
        this.notBefore = earliestDeparture;
        this.publishedShiftId = shiftId;
        this.publishedStart = start;
        this.changeTolerance = tolerance;
        this.publishedNext = next;
    }

    /**
     * Whether this visit of the published plan is now served by another shift, starts more than the tolerance
     * away from its published start, or is left out; {@code false} for visits that were not published.
     */
    public boolean isChangedFromPublished() {
        if (publishedShiftId == null) {
            return false;
        }
        if (shift == null || !publishedShiftId.equals(shift.getId())) {
            return true;
        }
        long start = getServiceStart();
        return start != UNSET && Math.abs(start - publishedStart) > changeTolerance;
    }

    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public long computeEndTime() {
        if (arrivalTime == UNSET) {
            return UNSET;
        }
        if (shift.getRules().isTimed()) {
            return workingDayStep(WorkingDay.END);
        }
        return serviceStartFor(arrivalTime) + duration;
    }

    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public long computeDayState() {
        if (arrivalTime == UNSET || !shift.getRules().isTimed()) {
            return 0;
        }
        return workingDayStep(WorkingDay.STATE);
    }

    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public long computeStepBreakLateness() {
        return timedStep(WorkingDay.BREAK_LATENESS);
    }

    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public long computeStepWorkExcess() {
        return timedStep(WorkingDay.WORK_EXCESS);
    }

    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public long computeStepArrivalBreakSeconds() {
        return timedStep(WorkingDay.ARRIVAL_BREAK_SECONDS);
    }

    /** A {@link #workingDayStep} output of an assigned, timed visit; 0 otherwise. */
    private long timedStep(int output) {
        if (arrivalTime == UNSET || !shift.getRules().isTimed()) {
            return 0;
        }
        return workingDayStep(output);
    }

    /**
     * One {@link WorkingDay#visit} output for this visit; needs a shift and a timed previous visit. The caregiver
     * leaves the previous place at {@link #departureAfter} (not before the re-planning time), before any break. The
     * step is
     * memoised on its inputs (plain primitive fields, so clones stay correct): the shadow variables and the
     * constraints ask for several outputs of the same step.
     */
    private long workingDayStep(int output) {
        WorkingDayRules rules = shift.getRules();
        long previousEnd;
        long travel;
        long previousState;
        if (previous == null) {
            travel = shift.getTravel().durationSeconds(shift.getStartLocation(), location);
            previousEnd = departureAfter(shift, null, shift.getStart());
            if (!rules.isTimed()) {
                return output == WorkingDay.ARRIVAL ? previousEnd + travel : 0;
            }
            previousState = 0;
        } else {
            previousEnd = departureAfter(shift, previous, previous.endTime);
            travel = shift.getTravel().durationSeconds(previous.location, location);
            previousState = previous.dayState;
        }
        if (memoRules != rules || memoPreviousEnd != previousEnd || memoTravel != travel
                || memoPreviousState != previousState) {
            WorkingDay.visit(rules, this, previousEnd, travel, previousState, this, null);
            memoRules = rules;
            memoPreviousEnd = previousEnd;
            memoTravel = travel;
            memoPreviousState = previousState;
        }
        return switch (output) {
            case WorkingDay.ARRIVAL -> memoArrival;
            case WorkingDay.END -> memoEnd;
            case WorkingDay.STATE -> memoState;
            case WorkingDay.BREAK_LATENESS -> memoBreakLateness;
            case WorkingDay.WORK_EXCESS -> memoWorkExcess;
            case WorkingDay.ARRIVAL_BREAK_SECONDS -> memoArrivalBreakSeconds;
            default -> throw new IllegalArgumentException("output " + output);
        };
    }

    /** Receives a {@link WorkingDay#visit} step for the memo; not for other callers. */
    @Override
    public void step(long arrival, long end, long state, long breakLateness, long workExcess,
            long arrivalBreakSeconds) {
        memoArrival = arrival;
        memoEnd = end;
        memoState = state;
        memoBreakLateness = breakLateness;
        memoWorkExcess = workExcess;
        memoArrivalBreakSeconds = arrivalBreakSeconds;
    }

    /** One {@link WorkingDay#routeEnd} output for this last visit of a route. */
    private long routeEndStep(int output) {
        return WorkingDay.routeEnd(shift.getRules(), endTime, getReturnTravelSeconds(), dayState, output, null);
    }

    /**
     * When service starts if the caregiver arrives at {@code arrival}: not before the preferred window opens (which
     * lies inside a hard window), then as for the hard windows.
     */
    public long serviceStartFor(long arrival) {
        long time = Math.max(arrival, care.preferredStart());
        long[] ends = windowEnds;
        for (int i = 0; i < ends.length; i++) {
            if (time <= ends[i]) {
                return Math.max(time, windowStarts[i]);
            }
        }
        return time;
    }

    /** Sets the patient-care facts; once, before solving. */
    public CareVisit withCare(CarePreferences care, CareClient client) {
        this.care = care;
        this.client = client;
        return this;
    }

    // ************************************************************************
    // Derived values for the constraints
    // ************************************************************************

    public boolean isAssigned() {
        return shift != null;
    }

    public long getServiceStart() {
        return endTime == UNSET ? UNSET : endTime - duration;
    }

    /** Seconds the service starts after the end of the last window; 0 when on time or without windows. */
    public long getLateness() {
        if (endTime == UNSET || windowEnds.length == 0) {
            return 0;
        }
        long lastEnd = windowEnds[windowEnds.length - 1];
        long start = endTime - duration;
        return start > lastEnd ? start - lastEnd : 0;
    }

    /** Seconds waited between arrival and service start. */
    public long getWaitingSeconds() {
        if (endTime == UNSET) {
            return 0;
        }
        long waiting = endTime - duration - arrivalTime;
        return shift.getRules().isTimed() ? waiting - stepArrivalBreakSeconds : waiting;
    }

    /** Waiting that counts against the plan: none at the first visit, whose departure could be postponed. */
    public long getPenalizedWaitingMinutes() {
        return previous == null ? 0 : getWaitingSeconds() / 60;
    }

    private int fromLocation() {
        return previous == null ? shift.getStartLocation() : previous.location;
    }

    public long getTravelSecondsFromPrevious() {
        return shift == null ? 0 : shift.getTravel().durationSeconds(fromLocation(), location);
    }

    public long getTravelMetersFromPrevious() {
        return shift == null ? 0 : shift.getTravel().distanceMeters(fromLocation(), location);
    }

    public boolean isLastOfRoute() {
        return shift != null && next == null;
    }

    /** The drive back to the shift's end location after this visit, when it is the last one of its route. */
    public long getReturnTravelSeconds() {
        if (shift == null || next != null || shift.hasOpenEnd()) {
            return 0;
        }
        return shift.getTravel().durationSeconds(location, shift.getEndLocation());
    }

    public long getReturnTravelMeters() {
        if (shift == null || next != null || shift.hasOpenEnd()) {
            return 0;
        }
        return shift.getTravel().distanceMeters(location, shift.getEndLocation());
    }

    /**
     * For the last visit of a route: when the caregiver is back at the end location (after breaks that could not
     * wait); {@link #UNSET} for other visits.
     */
    public long getReturnTime() {
        if (shift == null || next != null || endTime == UNSET) {
            return UNSET;
        }
        if (!shift.getRules().isTimed()) {
            return endTime + getReturnTravelSeconds();
        }
        return routeEndStep(WorkingDay.RETURN_TIME);
    }

    /** For the last visit of a route: seconds the caregiver is back after the shift end and its overtime allowance. */
    public long getShiftOverrun() {
        long back = getReturnTime();
        if (back == UNSET) {
            return 0;
        }
        long limit = shift.getEnd() + shift.getRules().getOvertimeAllowance();
        return back > limit ? back - limit : 0;
    }

    /**
     * For the last visit of a route whose caregiver may work overtime: minutes (each started one) the caregiver is
     * back after the planned shift end.
     */
    public long getOvertimeMinutes() {
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
        long back = getReturnTime();
        if (back == UNSET) {
            return 0;
        }
        long breaks = shift.getRules().isTimed()
                ? WorkingDay.breakSeconds(shift.getRules(), routeEndStep(WorkingDay.STATE))
                : 0;
        return back - shift.getStart() - breaks;
    }

    /** For the last visit of a route: seconds of working time beyond the shift's maximum. */
    public long getWorkingTimeExcess() {
        if (shift == null || next != null || !shift.getRules().hasMaxWorkingTime()) {
            return 0;
        }
        return Math.max(0, getRouteWorkingSeconds() - shift.getRules().getMaxWorkingTime());
    }

    /** Seconds the breaks taken before this visit (and after it, for the last one) start after their latest start. */
    public long getBreakLateness() {
        if (shift == null || endTime == UNSET || shift.getRules().breakCount() == 0) {
            return 0;
        }
        long late = stepBreakLateness;
        return next == null ? late + routeEndStep(WorkingDay.BREAK_LATENESS) : late;
    }

    /** Seconds of work up to this visit (and the drive back, for the last one) beyond the continuous-work limit. */
    public long getContinuousWorkExcess() {
        if (shift == null || endTime == UNSET || !shift.getRules().hasContinuousWorkLaw()) {
            return 0;
        }
        long excess = stepWorkExcess;
        return next == null ? excess + routeEndStep(WorkingDay.WORK_EXCESS) : excess;
    }

    /**
     * The caregiver's cost of this visit in hundredths of the currency unit: the drive to it (and back, for the last
     * one) by the kilometre, and for the last visit the route's working time by the hour.
     */
    public long getCaregiverCost() {
        if (shift == null || !shift.getRules().hasCosts()) {
            return 0;
        }
        WorkingDayRules rules = shift.getRules();
        long cost = rules.getCentsPerKm() * getTravelMeters() / 1000;
        if (next == null && rules.getCentsPerHour() > 0) {
            cost += rules.getCentsPerHour() * getRouteWorkingSeconds() / 3600;
        }
        return cost;
    }

    /** Seconds of work this visit brings to its caregiver's load: the drive to it (and back, if last) and service. */
    public long getWorkloadSeconds() {
        return shift == null ? 0 : getTravelSeconds() + duration;
    }

    /** Preference points lost by the caregiver serving the visit: highest preference weight minus theirs. */
    public int getPreferencePointsLost() {
        if (shift == null || care.highestWeight() == 0) {
            return 0;
        }
        return care.highestWeight() - care.weightOf(shift.getCaregiverIndex());
    }

    public boolean isServedByExcludedCaregiver() {
        return shift != null && care.excludes(shift.getCaregiverIndex());
    }

    /** Seconds the service starts outside the preferred window; 0 without one or while unassigned. */
    public long getPreferredWindowDeviation() {
        return endTime == UNSET ? 0 : care.deviation(endTime - duration);
    }

    /** Seconds the deviation from the preferred window exceeds its cap; 0 without a cap. */
    public long getDeviationBeyondCap() {
        long deviation = getPreferredWindowDeviation();
        return deviation > care.maxDeviation() ? deviation - care.maxDeviation() : 0;
    }

    /** The continuity key of the serving caregiver (see {@link CareShift#getCaregiverKey()}). */
    public Object getCaregiverKey() {
        return shift.getCaregiverKey();
    }

    public long getTravelSeconds() {
        return getTravelSecondsFromPrevious() + getReturnTravelSeconds();
    }

    public long getTravelMeters() {
        return getTravelMetersFromPrevious() + getReturnTravelMeters();
    }

    /** Number of required skills the assigned caregiver lacks. */
    public int getMissingSkillCount() {
        return shift == null ? 0 : Long.bitCount(skillMask & ~shift.getSkillMask());
    }

    // ************************************************************************
    // Getters and setters
    // ************************************************************************

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public int getLocation() {
        return location;
    }

    public long getDuration() {
        return duration;
    }

    public long[] getWindowStarts() {
        return windowStarts;
    }

    public long[] getWindowEnds() {
        return windowEnds;
    }

    public long getSkillMask() {
        return skillMask;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public long getDemand() {
        return demand;
    }

    public long getNotBefore() {
        return notBefore;
    }

    public String getPublishedShiftId() {
        return publishedShiftId;
    }

    public long getPublishedStart() {
        return publishedStart;
    }

    public CarePreferences getCare() {
        return care;
    }

    /** The patient, when they have more than one visit; {@code null} otherwise. */
    public CareClient getClient() {
        return client;
    }

    public CareShift getShift() {
        return shift;
    }

    public void setShift(CareShift shift) {
        this.shift = shift;
    }

    public CareVisit getPrevious() {
        return previous;
    }

    public void setPrevious(CareVisit previous) {
        this.previous = previous;
    }

    public CareVisit getNext() {
        return next;
    }

    public void setNext(CareVisit next) {
        this.next = next;
    }

    public long getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(long arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    public long getEndTime() {
        return endTime;
    }

    public long getStepBreakLateness() {
        return stepBreakLateness;
    }

    public void setStepBreakLateness(long stepBreakLateness) {
        this.stepBreakLateness = stepBreakLateness;
    }

    public long getStepWorkExcess() {
        return stepWorkExcess;
    }

    public void setStepWorkExcess(long stepWorkExcess) {
        this.stepWorkExcess = stepWorkExcess;
    }

    public long getStepArrivalBreakSeconds() {
        return stepArrivalBreakSeconds;
    }

    public void setStepArrivalBreakSeconds(long stepArrivalBreakSeconds) {
        this.stepArrivalBreakSeconds = stepArrivalBreakSeconds;
    }

    public void setEndTime(long endTime) {
        this.endTime = endTime;
    }

    public long getDayState() {
        return dayState;
    }

    public void setDayState(long dayState) {
        this.dayState = dayState;
    }

    @Override
    public String toString() {
        return id;
    }
}
