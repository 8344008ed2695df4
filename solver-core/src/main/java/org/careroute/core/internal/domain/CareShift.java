package org.careroute.core.internal.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Planning entity: one shift of one caregiver with the ordered visits it serves. Everything but {@link #visits} is
 * an immutable fact, flattened into primitives for the score calculation.
 */
@PlanningEntity
public class CareShift {

    /** {@link #endLocation} of a shift that ends at its last visit. */
    public static final int OPEN_END = -1;
    /** {@link #capacity} of a caregiver without capacity limit. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    @PlanningId
    private String id;
    private String caregiverId;
    private long skillMask;
    private long capacity;
    private long start;
    private long end;
    private int startLocation;
    private int endLocation;
    private DenseTravelMatrix travel;
    /** Re-planning: the route's first visits up to this index have started before "now" and never move. */
    @PlanningPinToIndex
    private int firstUnpinnedIndex;
    private WorkingDayRules rules = WorkingDayRules.NONE;
    /** Re-planning: per held break the visit id of its published place ({@code null} entries elsewhere). */
    private String[] heldBreakPlaces;
    private int caregiverIndex = -1;
    /** Continuity-of-care key: the caregiver's index, boxed once (or the caregiver id without an index). */
    private Object caregiverKey;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<CareVisit> visits;

    /** For Timefold's cloner. */
    public CareShift() {
    }

    public CareShift(String id, String caregiverId, long skillMask, long capacity, long start, long end,
            int startLocation, int endLocation, DenseTravelMatrix travel) {
        this.id = id;
        this.caregiverId = caregiverId;
        this.skillMask = skillMask;
        this.capacity = capacity;
        this.start = start;
        this.end = end;
        this.startLocation = startLocation;
        this.endLocation = endLocation;
        this.travel = travel;
        this.caregiverKey = caregiverId;
        this.visits = new ArrayList<>();
    }

    /**
     * As above, with the caregiver's index in the problem (0-based, shared by all shifts of the caregiver): the id
     * that preferred and excluded caregivers and continuity of care use.
     */
    public CareShift(String id, String caregiverId, int caregiverIndex, long skillMask, long capacity, long start,
            long end, int startLocation, int endLocation, DenseTravelMatrix travel) {
        this(id, caregiverId, skillMask, capacity, start, end, startLocation, endLocation, travel);
        this.caregiverIndex = caregiverIndex;
        this.caregiverKey = Integer.valueOf(caregiverIndex);
    }

    public String getId() {
        return id;
    }

    public String getCaregiverId() {
        return caregiverId;
    }

    /** The caregiver's index in the problem; -1 when the shift was built without one. */
    public int getCaregiverIndex() {
        return caregiverIndex;
    }

    /** Equal for all shifts of one caregiver; allocated once. */
    public Object getCaregiverKey() {
        return caregiverKey;
    }

    public long getSkillMask() {
        return skillMask;
    }

    public long getCapacity() {
        return capacity;
    }

    public boolean hasCapacityLimit() {
        return capacity != UNLIMITED;
    }

    public long getStart() {
        return start;
    }

    public long getEnd() {
        return end;
    }

    /**
     * Idle seconds of this shift given the busy seconds of its visits ({@link CareVisit#getIdleBusySeconds}, summed):
     * the time on duty spent neither driving, serving nor on a break.
     */
    public long getIdleSeconds(long busySeconds) {
        return end - start - busySeconds;
    }

    /**
     * The busy seconds of this shift while it serves no visit: its breaks, which the caregiver still takes, as far as
     * they fit into the shift.
     */
    public long getBusySecondsWhenEmpty() {
        return Math.min(end - start, rules.breakSecondsBefore[rules.breakCount()]);
    }

    public int getStartLocation() {
        return startLocation;
    }

    public int getEndLocation() {
        return endLocation;
    }

    public boolean hasOpenEnd() {
        return endLocation == OPEN_END;
    }

    public DenseTravelMatrix getTravel() {
        return travel;
    }

    public int getFirstUnpinnedIndex() {
        return firstUnpinnedIndex;
    }

    public void setFirstUnpinnedIndex(int firstUnpinnedIndex) {
        this.firstUnpinnedIndex = firstUnpinnedIndex;
    }

    /** Breaks, working-time limits, overtime, costs and team of this shift ({@link WorkingDayRules#NONE} for none). */
    public WorkingDayRules getRules() {
        return rules;
    }

    public void setRules(WorkingDayRules rules) {
        this.rules = rules == null ? WorkingDayRules.NONE : rules;
    }

    /**
     * Re-planning: holds the breaks whose bit is set in {@code mask} at their published {@code starts} (see
     * {@link WorkingDayRules#holding}) and remembers where each was taken ({@code places[k]}: the visit id of the
     * published plan's break, {@code null} at the start location, on the way or after the route).
     */
    public void holdBreaks(long mask, long[] starts, String[] places) {
        this.rules = rules.holding(mask, starts);
        this.heldBreakPlaces = places.clone();
    }

    /** The visit id where held break {@code k} was taken in the published plan ({@code null}: none or not held). */
    public String heldBreakPlace(int k) {
        return heldBreakPlaces == null || k >= heldBreakPlaces.length ? null : heldBreakPlaces[k];
    }

    public List<CareVisit> getVisits() {
        return visits;
    }

    public void setVisits(List<CareVisit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
