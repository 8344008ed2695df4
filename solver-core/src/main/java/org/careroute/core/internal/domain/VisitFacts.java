package org.careroute.core.internal.domain;

import static org.careroute.core.internal.domain.CareVisit.NO_PART;
import static org.careroute.core.internal.domain.CareVisit.UNSET;

/**
 * The facts of a visit (or of one part of a visit served by several caregivers), set once before solving and never
 * changed by the solver: place, duration, windows, skills, priority, demand, patient's care, pins and the re-planning
 * facts; and the rule by which the service starts once the caregiver is ready ({@link #serviceStartFor}). The
 * planning entity {@link CareVisit} adds its place in a route and the shadow variables.
 */
public abstract class VisitFacts {

    /** {@link #getValue()} of a visit weighed by its priority. */
    public static final long NO_VALUE = -1;

    /** The end of the last reach of soft windows: a service may start at any later time. */
    public static final long OPEN_END = Long.MAX_VALUE / 4;

    int index;
    int location;
    long duration;
    long[] windowStarts;
    long[] windowEnds;
    /**
     * Soft windows: the windows' own ends, from which tardiness is measured ({@code null} for hard windows, whose
     * ends are {@link #windowEnds}); {@link #windowEnds} then holds how far each window reaches (see
     * {@link #softWindowReach}).
     */
    long[] softWindowEnds;
    long skillMask;
    int priority;
    /** Soft points lost when this optional visit is left out; {@link #NO_VALUE} when weighed by its priority. */
    long value = NO_VALUE;
    boolean mandatory;
    long demand;
    /** Re-planning: the earliest departure towards this visit ({@link Long#MIN_VALUE} when unrestricted). */
    long notBefore = Long.MIN_VALUE;
    /** Re-planning: the shift that served this visit in the published plan, or {@code null}. */
    String publishedShiftId;
    /** Re-planning: the published service start ({@link CareVisit#UNSET} when the visit was not published). */
    long publishedStart = UNSET;
    /** Re-planning: how far the start may move from {@link #publishedStart} before it counts as a change. */
    long changeTolerance;
    /** Re-planning: the published route went from its started visits (or its start) straight to this visit. */
    boolean publishedNext;
    /**
     * Re-planning: a started visit's published start, which the service never starts before ({@link CareVisit#UNSET}
     * otherwise): the past of its route stays as published whatever the changed problem does to it.
     */
    long heldStart = UNSET;
    CarePreferences care = CarePreferences.NONE;
    CareClient client;
    String visitId;
    int part = NO_PART;
    int partCount = 1;
    String pinnedCaregiverId;
    long pinnedStart = UNSET;
    long[] predecessorOffsets;

    /** For Timefold's cloner. */
    protected VisitFacts() {
    }

    protected VisitFacts(String id, int index, int location, long duration, long[] windowStarts, long[] windowEnds,
            long skillMask, int priority, boolean mandatory, long demand) {
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
     * Weighs this optional visit (or part) by a value on the soft level instead of its priority on the medium level.
     * A visit with N parts splits its value over them (value / N each, the lead part also the remainder), so that the
     * whole visit left out counts once, and each part left out of a partly planned one its share.
     */
    public void weighByValue(long visitValue) {
        priority = 0;
        long share = visitValue / partCount;
        value = isLead() ? visitValue - (partCount - 1) * share : share;
    }

    /**
     * How far each soft window reaches as a window of the service-start rule ({@link #serviceStartFor}): a caregiver
     * arriving after window {@code k} closes starts at once, late, while that lateness is at most the wait for window
     * {@code k + 1} (up to the middle of the gap), and waits for window {@code k + 1} from then on; after the last
     * window the service starts late at any time ({@link #OPEN_END}). So the rule stays monotone and idempotent, and
     * every part of the solver that times routes by the windows (shadow variables, greedy, search) needs nothing else.
     */
    public static long[] softWindowReach(long[] starts, long[] ends) {
        long[] reach = new long[ends.length];
        for (int k = 0; k < ends.length - 1; k++) {
            reach[k] = ends[k] + (starts[k + 1] - ends[k]) / 2;
        }
        reach[ends.length - 1] = OPEN_END;
        return reach;
    }

    /** Makes the windows soft: {@code ends} are the windows' own ends, the visit's window ends their reach. */
    public void softenWindows(long[] ends) {
        this.softWindowEnds = ends;
    }

    /** Whether the visit's windows are soft ({@link #softenWindows}). */
    public boolean hasSoftWindows() {
        return softWindowEnds != null;
    }

    /**
     * Seconds a service starting at {@code start} starts after the end of the soft window it starts in (the last one
     * opened by then); 0 for hard windows and with a pinned start, which replaces the windows.
     */
    public long softWindowLateness(long start) {
        if (softWindowEnds == null || pinnedStart != CareVisit.UNSET) {
            return 0;
        }
        int k = 0;
        while (k + 1 < windowStarts.length && windowStarts[k + 1] <= start) {
            k++;
        }
        return Math.max(0, start - softWindowEnds[k]);
    }

    /**
     * Pins the visit (or part) to a caregiver ({@code null}: not pinned) and a start ({@link CareVisit#UNSET}: not
     * pinned).
     */
    public void pin(String caregiverId, long start) {
        this.pinnedCaregiverId = caregiverId;
        this.pinnedStart = start;
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
        this.heldStart = UNSET;
    }

    /**
     * Re-planning: this visit had started at {@code start} (its published start) before the re-planning time; its
     * service starts then, never earlier, even when the changed problem would let its route run earlier (a break
     * removed, a shorter drive). Call after {@link #setReplanning}.
     */
    public void holdStart(long start) {
        this.heldStart = start;
    }

    /** The published start a started visit keeps ({@link #holdStart}), or {@link CareVisit#UNSET}. */
    public long getHeldStart() {
        return heldStart;
    }

    /**
     * When service starts if the (last) caregiver is ready at {@code arrival}: at a pinned start (which replaces the
     * windows), else not before the preferred window opens (which lies inside a hard window), then as for the hard
     * windows.
     */
    public long serviceStartFor(long ready) {
        long arrival = Math.max(ready, heldStart);
        if (pinnedStart != UNSET) {
            return Math.max(arrival, pinnedStart);
        }
        long time = Math.max(arrival, care.preferredStart());
        long[] ends = windowEnds;
        for (int i = 0; i < ends.length; i++) {
            if (time <= ends[i]) {
                return Math.max(time, windowStarts[i]);
            }
        }
        return time;
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

    /** Soft points lost when the visit is left out, or {@link #NO_VALUE} for a visit weighed by its priority. */
    public long getValue() {
        return value;
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

    /** Seconds after the start of {@code getPredecessors().get(i)} before which this one may not start. */
    public long getPredecessorOffset(int i) {
        return predecessorOffsets[i];
    }

    public String getPinnedCaregiverId() {
        return pinnedCaregiverId;
    }

    public long getPinnedStart() {
        return pinnedStart;
    }
}
