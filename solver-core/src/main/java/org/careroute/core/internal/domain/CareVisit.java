package org.careroute.core.internal.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;
import java.util.List;

/**
 * A visit as the solver sees it: immutable facts in primitives plus shadow variables for its place in a route.
 * Times are seconds since the epoch; {@link #UNSET} while the visit is unassigned.
 *
 * <p>
 * The service starts at arrival if that lies inside a window, else at the start of the first later window
 * (waiting); after the last window it starts at arrival and is late. All derived values are O(1) array lookups,
 * nothing allocates.
 *
 * <p>
 * A visit needing several caregivers is one {@code CareVisit} per part (see {@link PartTiming}): the parts share a
 * {@link #syncKey}, and the service of every part starts when the last of them has arrived. The shadow variables are
 * boxed because Timefold sets them to {@code null} when parts of crossing routes wait on each other in a loop
 * ({@link #inconsistent}).
 */
@PlanningEntity
public class CareVisit {

    public static final long UNSET = Long.MIN_VALUE;
    /** {@link #getPart()} of an ordinary visit. */
    public static final int NO_PART = -1;

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
    private String visitId;
    private int part = NO_PART;
    private int partCount = 1;
    /** The visit id shared by all parts (the alignment key of their start); {@code null} for an ordinary visit. */
    private String syncKey;
    /** All parts of this visit, this one included; {@code null} for an ordinary visit. */
    private List<CareVisit> parts;
    private String pinnedCaregiverId;
    private long pinnedStart = UNSET;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private CareShift shift;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private CareVisit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private CareVisit next;
    @ShadowVariable(supplierName = "computeArrivalTime")
    private Long arrivalTime;
    @ShadowVariable(supplierName = "computeEndTime")
    private Long endTime;
    @ShadowVariablesInconsistent
    private boolean inconsistent;

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
        this.visitId = id;
    }

    /**
     * Makes this visit part {@code part} of a visit served by several caregivers; {@code parts} is the same list for
     * all of them and includes this one.
     */
    public void linkAsPart(String visitId, int part, List<CareVisit> parts) {
        this.visitId = visitId;
        this.part = part;
        this.partCount = parts.size();
        this.syncKey = visitId;
        this.parts = parts;
    }

    /** Pins the visit (or part) to a caregiver ({@code null}: not pinned) and a start ({@link #UNSET}: not pinned). */
    public void pin(String caregiverId, long start) {
        this.pinnedCaregiverId = caregiverId;
        this.pinnedStart = start;
    }

    @ShadowSources({"shift", "previous.endTime"})
    public Long computeArrivalTime() {
        if (shift == null) {
            return null;
        }
        if (previous == null) {
            return shift.getStart() + shift.getTravel().durationSeconds(shift.getStartLocation(), location);
        }
        Long previousEnd = previous.endTime;
        if (previousEnd == null) {
            return null;
        }
        return previousEnd + shift.getTravel().durationSeconds(previous.location, location);
    }

    /**
     * The end of service; computed once for all parts of a visit (they share {@link #syncKey} and their duration):
     * see {@link PartTiming}. The start is {@code endTime - duration}, so that a visit has only two timing shadow
     * variables.
     */
    @ShadowSources(value = {"arrivalTime", "parts[].arrivalTime"}, alignmentKey = "syncKey")
    public Long computeEndTime() {
        Long start = PartTiming.serviceStart(this);
        return start == null ? null : start + duration;
    }

    /** When service starts if the (last) caregiver arrives at {@code arrival}. */
    public long serviceStartFor(long arrival) {
        if (pinnedStart != UNSET) {
            return Math.max(arrival, pinnedStart);
        }
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
        return shift == null || endTime == null ? UNSET : endTime - duration;
    }

    /**
     * Seconds the service starts after the end of the last window; 0 when on time, without windows or with a pinned
     * start (which replaces the windows).
     */
    public long getLateness() {
        if (shift == null || endTime == null || windowEnds.length == 0 || pinnedStart != UNSET) {
            return 0;
        }
        long lastEnd = windowEnds[windowEnds.length - 1];
        long start = endTime - duration;
        return start > lastEnd ? start - lastEnd : 0;
    }

    /** Seconds waited between arrival and service start (for a part, possibly for the other caregivers). */
    public long getWaitingSeconds() {
        return shift == null || endTime == null || arrivalTime == null ? 0 : endTime - duration - arrivalTime;
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
        if (shift == null || next != null || endTime == null) {
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

    public Long getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(Long arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    public Long getEndTime() {
        return endTime;
    }

    public void setEndTime(Long endTime) {
        this.endTime = endTime;
    }

    public boolean isInconsistent() {
        return inconsistent;
    }

    public void setInconsistent(boolean inconsistent) {
        this.inconsistent = inconsistent;
    }

    /** The id of the visit in the problem (shared by all its parts). */
    public String getVisitId() {
        return visitId;
    }

    /** Which part of its visit this is, or {@link #NO_PART}. */
    public int getPart() {
        return part;
    }

    public boolean isPart() {
        return part != NO_PART;
    }

    /** The first part of a linked visit or an ordinary visit: the one that stands for the whole visit. */
    public boolean isLead() {
        return part <= 0;
    }

    /** How many caregivers serve the visit (1 for an ordinary visit). */
    public int getPartCount() {
        return partCount;
    }

    public String getSyncKey() {
        return syncKey;
    }

    public List<CareVisit> getParts() {
        return parts;
    }

    public String getPinnedCaregiverId() {
        return pinnedCaregiverId;
    }

    public long getPinnedStart() {
        return pinnedStart;
    }

    /** Whether the visit is served by the caregiver it is pinned to (always true when not pinned). */
    public boolean isOnPinnedCaregiver() {
        return pinnedCaregiverId == null || shift != null && pinnedCaregiverId.equals(shift.getCaregiverId());
    }

    /** Seconds the service starts after its pinned start (0 when not pinned, unassigned or on time). */
    public long getPinnedStartDelay() {
        long start = getServiceStart();
        return pinnedStart == UNSET || start == UNSET || start <= pinnedStart ? 0 : start - pinnedStart;
    }

    @Override
    public String toString() {
        return id;
    }
}
