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
public class CareVisit {

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

    @ShadowSources({"shift", "previous.endTime"})
    public long computeArrivalTime() {
        if (shift == null) {
            return UNSET;
        }
        if (previous == null) {
            return shift.getStart() + shift.getTravel().durationSeconds(shift.getStartLocation(), location);
        }
        long previousEnd = previous.endTime;
        if (previousEnd == UNSET) {
            return UNSET;
        }
        return previousEnd + shift.getTravel().durationSeconds(previous.location, location);
    }

    @ShadowSources("arrivalTime")
    public long computeEndTime() {
        if (arrivalTime == UNSET) {
            return UNSET;
        }
        return serviceStartFor(arrivalTime) + duration;
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
        if (arrivalTime == UNSET || windowEnds.length == 0) {
            return 0;
        }
        long lastEnd = windowEnds[windowEnds.length - 1];
        return arrivalTime > lastEnd ? arrivalTime - lastEnd : 0;
    }

    /** Seconds waited between arrival and service start. */
    public long getWaitingSeconds() {
        return endTime == UNSET ? 0 : endTime - duration - arrivalTime;
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

    /** For the last visit of a route: seconds the caregiver is back after the shift end. */
    public long getShiftOverrun() {
        if (shift == null || next != null || endTime == UNSET) {
            return 0;
        }
        long back = endTime + getReturnTravelSeconds();
        return back > shift.getEnd() ? back - shift.getEnd() : 0;
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

    public void setEndTime(long endTime) {
        this.endTime = endTime;
    }

    @Override
    public String toString() {
        return id;
    }
}
