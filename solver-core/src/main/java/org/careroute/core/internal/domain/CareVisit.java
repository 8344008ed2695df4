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
            return departureAfter(shift, null, shift.getStart())
                    + shift.getTravel().durationSeconds(shift.getStartLocation(), location);
        }
        long previousEnd = previous.endTime;
        if (previousEnd == UNSET) {
            return UNSET;
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

    @ShadowSources("arrivalTime")
    public long computeEndTime() {
        if (arrivalTime == UNSET) {
            return UNSET;
        }
        return serviceStartFor(arrivalTime) + duration;
    }

    /** When service starts if the caregiver arrives at {@code arrival}. */
    public long serviceStartFor(long arrival) {
        long[] ends = windowEnds;
        for (int i = 0; i < ends.length; i++) {
            if (arrival <= ends[i]) {
                return Math.max(arrival, windowStarts[i]);
            }
        }
        return arrival;
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
