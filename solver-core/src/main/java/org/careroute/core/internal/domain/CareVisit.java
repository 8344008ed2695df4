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
 * A visit as the solver sees it: its shared, immutable {@link VisitFacts} ({@link VisitSetup}) plus shadow variables
 * for its place in a route. Times are seconds since the epoch; {@link #UNSET} while the visit is unassigned.
 *
 * <p>
 * The service starts at arrival if that lies inside a window, else at the start of the first later window
 * (waiting); after the last window it starts at arrival and is late. All derived values are O(1) array lookups,
 * nothing allocates.
 *
 * <p>
 * A visit needing several caregivers is one {@code CareVisit} per part (see {@link PartTiming}): the parts share a
 * {@link #syncKey}, and the service of every part starts when the last of them is ready (arrived and done with the
 * breaks it takes on arrival). The timing shadow variables are boxed because Timefold sets them to {@code null} when
 * parts of crossing routes wait on each other in a loop ({@link #inconsistent}).
 */
@PlanningEntity
public class CareVisit extends VisitTiming {

    public static final long UNSET = Long.MIN_VALUE;
    /** {@link #getPart()} of an ordinary visit. */
    public static final int NO_PART = -1;

    /** The visit id shared by all parts (the alignment key of their end); {@code null} for an ordinary visit. */
    private String syncKey;
    /** All parts of this visit, this one included; {@code null} for an ordinary visit. */
    private List<CareVisit> parts;
    /**
     * The visits this one depends on (their lead parts; {@code null} when none): the service starts no earlier than
     * each one's start plus the offset at the same index ({@link PartTiming#dependencyFloor}).
     */
    private List<CareVisit> predecessors;
    /**
     * The visits whose caregivers this one's caregiver waits for ({@code null} when none): the first visit of a
     * sequential pair that two caregivers serve starts no earlier than each follower's ready time minus the offset at
     * the same index ({@link PartTiming#holdFloor}), so that the follower can start within the maximum gap.
     */
    private List<CareVisit> followers;
    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private CareShift shift;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private CareVisit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private CareVisit next;
    @ShadowVariable(supplierName = "computeArrivalTime")
    private Long arrivalTime;
    /** When this caregiver could start the service alone ({@link WorkingDay#SOLO_START}); see {@link PartTiming}. */
    @ShadowVariable(supplierName = "computeReadyTime")
    private Long readyTime;
    @ShadowVariable(supplierName = "computeEndTime")
    private Long endTime;
    /** Breaks taken and continuous work after this visit ({@link WorkingDay#pack}); 0 without working-day rules. */
    @ShadowVariable(supplierName = "computeDayState")
    private Long dayState;
    /**
     * The working-day step's break lateness, continuous-work excess and break seconds on arrival, as shadow variables
     * so that a change of the previous visit's end or state that leaves this visit's arrival, end and state as they
     * were (a break or a rest absorbs it) still makes the constraints reading them re-evaluate this visit.
     */
    @ShadowVariable(supplierName = "computeStepBreakLateness")
    private Long stepBreakLateness;
    @ShadowVariable(supplierName = "computeStepWorkExcess")
    private Long stepWorkExcess;
    @ShadowVariable(supplierName = "computeStepArrivalBreakSeconds")
    private Long stepArrivalBreakSeconds;
    @ShadowVariablesInconsistent
    private boolean inconsistent;

    /** For Timefold's cloner. */
    public CareVisit() {
    }

    public CareVisit(VisitFacts facts) {
        super(facts);
    }

    /** An ordinary visit with hard windows, set up further by the methods below. */
    public CareVisit(String id, int index, int location, long duration, long[] windowStarts, long[] windowEnds,
            long skillMask, int priority, boolean mandatory, long demand) {
        this(new VisitFacts(id, index, location, duration, windowStarts, windowEnds, skillMask, priority, mandatory,
                demand));
    }

    // Set-up of the links and facts, before solving (more in VisitSetup)

    /**
     * Makes this visit part {@code part} of a visit served by several caregivers; {@code parts} is the same list for
     * all of them and includes this one.
     */
    public void linkAsPart(String visitId, int part, List<CareVisit> parts) {
        setUp(facts().asPart(visitId, part, parts.size()));
        this.syncKey = visitId;
        this.parts = parts;
    }

    /**
     * Makes this visit (or part) wait for the visits it depends on: its service starts no earlier than {@code
     * offsets[i]} seconds after {@code before.get(i)} starts (for a gap from the end, the offset includes that
     * visit's duration). Set once, before solving, on every part of the dependent visit.
     */
    void dependOn(List<CareVisit> before, long[] offsets) {
        this.predecessors = before.isEmpty() ? null : List.copyOf(before);
        setUp(facts().withPredecessorOffsets(before.isEmpty() ? null : offsets.clone()));
    }

    /**
     * Makes this visit's caregiver wait for the caregivers of {@code after}: its service starts no earlier than
     * {@code offsets[i]} seconds before {@code after.get(i)} is ready (the maximum gap, plus this visit's duration for
     * a gap from the end). Set once, before solving, only where no caregiver could serve both (see
     * {@link CareSchedule#setDependencies}).
     */
    void holdFor(List<CareVisit> after, long[] offsets) {
        this.followers = List.copyOf(after);
        setUp(facts().withFollowerOffsets(offsets.clone()));
    }

    /** Sets the patient-care facts. */
    public CareVisit withCare(CarePreferences care, CareClient client) {
        setUp(facts().withCare(care, client));
        return this;
    }

    // ************************************************************************
    // Shadow variables
    // ************************************************************************

    @ShadowSources({"shift", "previous.endTime", "previous.dayState"})
    public Long computeArrivalTime() {
        if (shift == null) {
            return null;
        }
        if (previous == null) {
            return workingDayStep(WorkingDay.ARRIVAL);
        }
        Long previousEnd = previous.endTime;
        if (previousEnd == null || previous.dayState == null) {
            return null;
        }
        if (shift.getRules().isTimed()) {
            return workingDayStep(WorkingDay.ARRIVAL);
        }
        return RouteTiming.plainArrival(shift, previous, this, previousEnd);
    }

    /**
     * Whether this visit of the published plan is now served by another shift, starts more than the tolerance
     * away from its published start, or is left out; {@code false} for visits that were not published.
     */
    public boolean isChangedFromPublished() {
        Replanning replanning = facts().replanning();
        if (replanning.publishedShiftId() == null) {
            return false;
        }
        if (shift == null || !replanning.publishedShiftId().equals(shift.getId())) {
            return true;
        }
        long start = getServiceStart();
        return start != UNSET && Math.abs(start - replanning.publishedStart()) > replanning.changeTolerance();
    }

    /**
     * When this caregiver alone could start the service: after the breaks taken on arrival, then windows, preferred
     * window and pin.
     */
    @ShadowSources({"arrivalTime", "previous.endTime", "previous.dayState"})
    public Long computeReadyTime() {
        if (arrivalTime == null || previous != null && (previous.endTime == null || previous.dayState == null)) {
            return null;
        }
        if (!shift.getRules().isTimed()) {
            return facts().serviceStartFor(arrivalTime);
        }
        return workingDayStep(WorkingDay.SOLO_START);
    }

    /**
     * The end of service; computed once for all parts of a visit (they share {@link #syncKey} and their duration):
     * see {@link PartTiming}. The start is {@code endTime - duration}.
     */
    @ShadowSources(value = {"readyTime", "parts[].readyTime", "predecessors[].endTime",
            "followers[].readyTime"}, alignmentKey = "syncKey")
    public Long computeEndTime() {
        Long start = PartTiming.serviceStart(this);
        return start == null ? null : start + facts().duration();
    }

    @ShadowSources({"arrivalTime", "endTime", "previous.endTime", "previous.dayState"})
    public Long computeDayState() {
        if (arrivalTime == null || endTime == null
                || previous != null && (previous.endTime == null || previous.dayState == null)) {
            return null;
        }
        if (!shift.getRules().isTimed()) {
            return 0L;
        }
        return workingDayStep(WorkingDay.STATE);
    }

    @ShadowSources({"arrivalTime", "endTime", "previous.endTime", "previous.dayState"})
    public Long computeStepBreakLateness() {
        return timedStep(WorkingDay.BREAK_LATENESS);
    }

    @ShadowSources({"arrivalTime", "endTime", "previous.endTime", "previous.dayState"})
    public Long computeStepWorkExcess() {
        return timedStep(WorkingDay.WORK_EXCESS);
    }

    @ShadowSources({"arrivalTime", "endTime", "previous.endTime", "previous.dayState"})
    public Long computeStepArrivalBreakSeconds() {
        return timedStep(WorkingDay.ARRIVAL_BREAK_SECONDS);
    }

    /**
     * A {@link #workingDayStep} output of an assigned, timed visit; 0 untimed; {@code null} while its inputs are not
     * consistent. Reads the synchronised start (the end), hence the source {@code endTime}.
     */
    private Long timedStep(int output) {
        if (arrivalTime == null || endTime == null
                || previous != null && (previous.endTime == null || previous.dayState == null)) {
            return null;
        }
        if (!shift.getRules().isTimed()) {
            return 0L;
        }
        return workingDayStep(output);
    }

    /**
     * The start the caregiver waits for: the one the parts of this visit agreed on, the one the visits it depends on
     * allow, or the one its followers need; {@link #UNSET} for an ordinary visit.
     */
    private long syncStart() {
        return parts == null && predecessors == null && followers == null || endTime == null
                ? UNSET
                : endTime - facts().duration();
    }

    /**
     * One {@link WorkingDay#visit} output for this visit ({@link VisitTiming#memoisedStep}); needs a shift and a
     * timed, consistent previous visit. {@link WorkingDay#SOLO_START} does not depend on the synchronised start, so
     * it is served from the memo whatever start that was computed with.
     */
    private long workingDayStep(int output) {
        long free = previous == null ? shift.getStart() : previous.endTime;
        if (previous == null && !shift.getRules().isTimed()) {
            return output == WorkingDay.ARRIVAL ? RouteTiming.plainArrival(shift, null, this, free) : 0;
        }
        long previousState = previous == null ? 0 : previous.dayState;
        long sync = output == WorkingDay.SOLO_START ? memoSyncStart : syncStart();
        return memoisedStep(shift, previous, free, previousState, sync, output);
    }

    // ************************************************************************
    // Derived values for the constraints
    // ************************************************************************

    public boolean isAssigned() {
        return shift != null;
    }

    /**
     * The start of the whole visit: for an ordinary visit {@link #getServiceStart()}, for a part the common start
     * while any part of the visit is planned (so a dependency on a visit whose first part is left out still counts,
     * as the verifier counts it); {@link #UNSET} when nothing of it is planned.
     */
    public long getVisitStart() {
        if (parts == null) {
            return getServiceStart();
        }
        if (endTime == null) {
            return UNSET;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).shift != null) {
                return endTime - facts().duration();
            }
        }
        return UNSET;
    }

    /**
     * Seconds waited between arrival and service start, breaks on arrival excluded (for a part, possibly for the
     * other caregivers).
     */
    public long getWaitingSeconds() {
        if (shift == null || endTime == null || arrivalTime == null || dayState == null) {
            return 0;
        }
        long waiting = endTime - facts().duration() - arrivalTime;
        return shift.getRules().isTimed() ? waiting - orZero(stepArrivalBreakSeconds) : waiting;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Waiting that counts against the plan: none at the first visit, whose departure could be postponed. */
    public long getPenalizedWaitingMinutes() {
        return previous == null ? 0 : getWaitingSeconds() / 60;
    }

    /** Whole minutes waited at the first visit of a route, leaving at the shift start; 0 at any other visit. */
    public long getFirstVisitWaitingMinutes() {
        return previous == null ? getWaitingSeconds() / 60 : 0;
    }

    private int fromLocation() {
        return previous == null ? shift.getStartLocation() : previous.facts().location();
    }

    public long getTravelSecondsFromPrevious() {
        return shift == null ? 0 : shift.getTravel().durationSeconds(fromLocation(), facts().location());
    }

    public long getTravelMetersFromPrevious() {
        return shift == null ? 0 : shift.getTravel().distanceMeters(fromLocation(), facts().location());
    }

    /** Seconds the breaks taken before this visit (and after it, for the last one) start after their latest start. */
    public long getBreakLateness() {
        if (shift == null || endTime == null || dayState == null || shift.getRules().breakCount() == 0) {
            return 0;
        }
        long late = orZero(stepBreakLateness);
        if (next == null) {
            routeEnd();
            return late + memoEndBreakLateness;
        }
        return late;
    }

    /** For the last visit of a route: how many missable breaks its route misses (0 for every other visit). */
    public int getMissedBreaks() {
        if (next != null || shift == null || endTime == null || dayState == null || !shift.getRules()
                .hasMissableBreaks()) {
            return 0;
        }
        routeEnd();
        return WorkingDay.missedBreaks(memoEndState);
    }

    /** Seconds of work up to this visit (and the drive back, for the last one) beyond the continuous-work limit. */
    public long getContinuousWorkExcess() {
        if (shift == null || endTime == null || dayState == null || !shift.getRules().hasContinuousWorkLaw()) {
            return 0;
        }
        long excess = orZero(stepWorkExcess);
        if (next == null) {
            routeEnd();
            return excess + memoEndWorkExcess;
        }
        return excess;
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
        return shift == null ? 0 : getTravelSeconds() + facts().duration();
    }

    /**
     * This visit's share of its shift's busy time, which the idle time is the rest of ({@code idle = shift length -
     * sum of the shares}, see {@link CareShift#getIdleSeconds}): the drive here and the service; on the last visit also
     * the drive back, the breaks taken during the route, and then the breaks taken after the return (missed ones take
     * no time) as far as they fit before the shift end, or, when the caregiver is back after the shift end, minus that
     * overrun (waiting still
     * counts then). Read from the visit's own timing, so a change anywhere in the route rescores the visits whose
     * shares changed; 0 while unassigned or not timed.
     */
    public long getIdleBusySeconds() {
        if (shift == null || endTime == null || dayState == null) {
            return 0;
        }
        long busy = getTravelSeconds() + facts().duration();
        if (next != null) {
            return busy;
        }
        long back = getReturnTime();
        WorkingDayRules rules = shift.getRules();
        long inRoute = rules.isTimed() ? WorkingDay.breakSeconds(rules, memoEndState) : 0;
        long afterRoute = rules.isTimed() ? WorkingDay.breakSecondsAfterRoute(rules, memoEndState) : 0;
        return busy + inRoute + Math.min(shift.getEnd() - back, afterRoute);
    }

    /** Preference points lost by the caregiver serving the visit: highest preference weight minus theirs. */
    public int getPreferencePointsLost() {
        CarePreferences care = facts().care();
        if (shift == null || care.highestWeight() == 0) {
            return 0;
        }
        return care.highestWeight() - care.weightOf(shift.getCaregiverIndex());
    }

    public boolean isServedByExcludedCaregiver() {
        return shift != null && facts().care().excludes(shift.getCaregiverIndex());
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
        return shift == null ? 0 : Long.bitCount(facts().skillMask() & ~shift.getSkillMask());
    }

    // ************************************************************************
    // Getters and setters
    // ************************************************************************

    @PlanningId
    public String getId() {
        return facts().id();
    }

    @Override
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

    @Override
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

    public Long getReadyTime() {
        return readyTime;
    }

    public void setReadyTime(Long readyTime) {
        this.readyTime = readyTime;
    }

    @Override
    public Long getEndTime() {
        return endTime;
    }

    public Long getStepBreakLateness() {
        return stepBreakLateness;
    }

    public void setStepBreakLateness(Long stepBreakLateness) {
        this.stepBreakLateness = stepBreakLateness;
    }

    public Long getStepWorkExcess() {
        return stepWorkExcess;
    }

    public void setStepWorkExcess(Long stepWorkExcess) {
        this.stepWorkExcess = stepWorkExcess;
    }

    public Long getStepArrivalBreakSeconds() {
        return stepArrivalBreakSeconds;
    }

    public void setStepArrivalBreakSeconds(Long stepArrivalBreakSeconds) {
        this.stepArrivalBreakSeconds = stepArrivalBreakSeconds;
    }

    @Override
    public Long getDayState() {
        return dayState;
    }

    public void setDayState(Long dayState) {
        this.dayState = dayState;
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

    public String getSyncKey() {
        return syncKey;
    }

    public List<CareVisit> getParts() {
        return parts;
    }

    /** The visits this one waits for (lead parts), or {@code null}; see {@link #dependOn}. */
    public List<CareVisit> getPredecessors() {
        return predecessors;
    }

    /** The visits whose caregivers this one's caregiver waits for, or {@code null}; see {@link #holdFor}. */
    public List<CareVisit> getFollowers() {
        return followers;
    }

    /** Whether this visit's caregiver waits for the caregivers of visits that depend on it. */
    public boolean hasFollowers() {
        return followers != null;
    }

    /** Whether this visit waits for other visits it depends on. */
    public boolean hasPredecessors() {
        return predecessors != null;
    }

    /** Whether the visit is served by the caregiver it is pinned to (always true when not pinned). */
    public boolean isOnPinnedCaregiver() {
        String pinnedCaregiverId = facts().pinnedCaregiverId();
        return pinnedCaregiverId == null || shift != null && pinnedCaregiverId.equals(shift.getCaregiverId());
    }

    /** Seconds the service starts after its pinned start (0 when not pinned, unassigned or on time). */
    public long getPinnedStartDelay() {
        long start = getServiceStart();
        long pinnedStart = facts().pinnedStart();
        return pinnedStart == UNSET || start == UNSET || start <= pinnedStart ? 0 : start - pinnedStart;
    }

    @Override
    public String toString() {
        return facts().id();
    }
}
