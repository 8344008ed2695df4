package org.careroute.core.internal.domain;

import static org.careroute.core.internal.domain.CareVisit.NO_PART;
import static org.careroute.core.internal.domain.CareVisit.UNSET;

/**
 * The facts of a visit (or of one part of a visit served by several caregivers), set before solving and never
 * changed by the solver: place, duration, windows, skills, priority, demand, patient's care, pins, links and the
 * re-planning facts; and the rule by which the service starts once the caregiver is ready ({@link #serviceStartFor}).
 * Immutable, so every solution clone of the planning entity {@link CareVisit} shares one instance; the entity adds
 * its place in a route and the shadow variables. Times are seconds since the epoch.
 *
 * @param id
 *            the planning id (a part's own id)
 * @param visitId
 *            the id of the visit in the problem (shared by all its parts)
 * @param index
 *            the visit's position in the problem
 * @param location
 *            the index into the travel matrices
 * @param windowEnds
 *            the windows' ends; for soft windows how far each window reaches (see {@link #softWindowReach})
 * @param softWindowEnds
 *            soft windows: the windows' own ends, from which tardiness is measured ({@code null} for hard
 *            windows)
 * @param value
 *            soft points lost when this optional visit is left out; {@link #NO_VALUE} when weighed by its priority
 * @param care
 *            the patient's preferences for this visit
 * @param client
 *            the patient, when they have more than one visit; {@code null} otherwise
 * @param part
 *            which part of its visit this is, or {@link CareVisit#NO_PART}
 * @param partCount
 *            how many caregivers serve the visit (1 for an ordinary visit)
 * @param pinnedCaregiverId
 *            the caregiver the visit is pinned to, or {@code null}
 * @param pinnedStart
 *            the pinned start, or {@link CareVisit#UNSET}
 * @param predecessorOffsets
 *            seconds after the start of each visit it depends on before which this one may not start
 *            ({@code null} when it depends on none; see {@link CareVisit#getPredecessors()})
 * @param followerOffsets
 *            for a visit whose caregiver waits for the partner of a sequential pair ({@link CareVisit#getFollowers()}):
 *            per follower the most seconds its start may lie after this one's ({@code null} otherwise)
 * @param replanning
 *            the re-planning facts ({@link Replanning#NONE} when not re-planning)
 */
public record VisitFacts(String id, String visitId, int index, int location, long duration, long[] windowStarts,
        long[] windowEnds, long[] softWindowEnds, long skillMask, int priority, long value, boolean mandatory,
        long demand, CarePreferences care, CareClient client, int part, int partCount, String pinnedCaregiverId,
        long pinnedStart, long[] predecessorOffsets, long[] followerOffsets, Replanning replanning) {

    /** {@link #value()} of a visit weighed by its priority. */
    public static final long NO_VALUE = -1;

    /** The end of the last reach of soft windows: a service may start at any later time. */
    public static final long OPEN_END = Long.MAX_VALUE / 4;

    /** An ordinary visit with hard windows, no value, no patient's care, pins, links or re-planning. */
    public VisitFacts(String id, int index, int location, long duration, long[] windowStarts, long[] windowEnds,
            long skillMask, int priority, boolean mandatory, long demand) {
        this(id, id, index, location, duration, windowStarts, windowEnds, null, skillMask, priority, NO_VALUE,
                mandatory, demand, CarePreferences.NONE, null, NO_PART, 1, null, UNSET, null, null, Replanning.NONE);
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

    /** Whether the visit's windows are soft ({@code softWindowEnds} set). */
    public boolean hasSoftWindows() {
        return softWindowEnds != null;
    }

    /**
     * Seconds a service starting at {@code start} starts after the end of the soft window it starts in (the last one
     * opened by then); 0 for hard windows and with a pinned start, which replaces the windows.
     */
    public long softWindowLateness(long start) {
        if (softWindowEnds == null || pinnedStart != UNSET) {
            return 0;
        }
        int k = 0;
        while (k + 1 < windowStarts.length && windowStarts[k + 1] <= start) {
            k++;
        }
        return Math.max(0, start - softWindowEnds[k]);
    }

    /**
     * When the caregiver of {@code onShift} leaves for this visit after {@code before} (null: from the start
     * location), being free at {@code free}. At once, except when re-planning: then not before the re-planning time
     * ({@link Replanning#notBefore()}), unless this is the visit the published route went to next after the started
     * ones, on the same shift (the caregiver may already be on the way).
     */
    public long departureAfter(CareShift onShift, VisitFacts before, long free) {
        if (replanning == Replanning.NONE) {
            return free;
        }
        long notBefore = replanning.notBefore();
        if (notBefore == Long.MIN_VALUE || replanning.publishedNext()
                && (before == null || before.replanning.notBefore() == Long.MIN_VALUE)
                && onShift.getId().equals(replanning.publishedShiftId())) {
            return free;
        }
        return Math.max(free, notBefore);
    }

    /**
     * When service starts if the (last) caregiver is ready at {@code ready}: not before a started visit's published
     * start, at a pinned start (which replaces the windows), else not before the preferred window opens (which lies
     * inside a hard window), then as for the hard windows.
     */
    public long serviceStartFor(long ready) {
        long arrival = replanning == Replanning.NONE ? ready : Math.max(ready, replanning.heldStart());
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

    /** The published start a started visit keeps, or {@link CareVisit#UNSET}. */
    public long heldStart() {
        return replanning.heldStart();
    }

    /** Re-planning: the earliest departure towards this visit ({@link Long#MIN_VALUE} when unrestricted). */
    public long notBefore() {
        return replanning.notBefore();
    }

    public boolean isPart() {
        return part != NO_PART;
    }

    /** The first part of a linked visit or an ordinary visit: the one that stands for the whole visit. */
    public boolean isLead() {
        return part <= 0;
    }

    /** Seconds after the start of the {@code i}-th visit this one depends on before which it may not start. */
    public long predecessorOffset(int i) {
        return predecessorOffsets[i];
    }

    /** Seconds the start of the {@code i}-th follower may lie after this visit's start, at most. */
    public long followerOffset(int i) {
        return followerOffsets[i];
    }

    // ************************************************************************
    // The facts set up step by step before solving (see CareVisit)
    // ************************************************************************

    VisitFacts withCare(CarePreferences newCare, CareClient newClient) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, newCare, newClient, part, partCount,
                pinnedCaregiverId, pinnedStart, predecessorOffsets, followerOffsets, replanning);
    }

    /**
     * Weighed by a value on the soft level instead of its priority on the medium level. A visit with N parts splits
     * its value over them (value / N each, the lead part also the remainder), so that the whole visit left out counts
     * once, and each part left out of a partly planned one its share.
     */
    VisitFacts weighedByValue(long visitValue) {
        long share = visitValue / partCount;
        long newValue = isLead() ? visitValue - (partCount - 1) * share : share;
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, 0, newValue, mandatory, demand, care, client, part, partCount, pinnedCaregiverId,
                pinnedStart, predecessorOffsets, followerOffsets, replanning);
    }

    /** Soft windows: {@code ends} are the windows' own ends, {@link #windowEnds} their reach. */
    VisitFacts withSoftWindowEnds(long[] ends) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, ends, skillMask,
                priority, value, mandatory, demand, care, client, part, partCount, pinnedCaregiverId, pinnedStart,
                predecessorOffsets, followerOffsets, replanning);
    }

    VisitFacts pinned(String caregiverId, long start) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, care, client, part, partCount, caregiverId, start,
                predecessorOffsets, followerOffsets, replanning);
    }

    VisitFacts asPart(String ofVisit, int newPart, int newPartCount) {
        return new VisitFacts(id, ofVisit, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, care, client, newPart, newPartCount,
                pinnedCaregiverId, pinnedStart, predecessorOffsets, followerOffsets, replanning);
    }

    VisitFacts withPredecessorOffsets(long[] offsets) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, care, client, part, partCount, pinnedCaregiverId,
                pinnedStart, offsets, followerOffsets, replanning);
    }

    VisitFacts withFollowerOffsets(long[] offsets) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, care, client, part, partCount, pinnedCaregiverId,
                pinnedStart, predecessorOffsets, offsets, replanning);
    }

    VisitFacts withReplanning(Replanning newReplanning) {
        return new VisitFacts(id, visitId, index, location, duration, windowStarts, windowEnds, softWindowEnds,
                skillMask, priority, value, mandatory, demand, care, client, part, partCount, pinnedCaregiverId,
                pinnedStart, predecessorOffsets, followerOffsets, newReplanning);
    }
}
