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
        this.visits = new ArrayList<>();
    }

    public String getId() {
        return id;
    }

    public String getCaregiverId() {
        return caregiverId;
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
