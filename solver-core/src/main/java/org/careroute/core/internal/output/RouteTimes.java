package org.careroute.core.internal.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.PartTiming;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.domain.WorkingDay;

/**
 * Arrival, service start and end of every planned visit, the breaks and the return of every route, recomputed from
 * the route order alone (not from shadow variables) with {@link RouteTiming}, as the shadow variables time them
 * (departure rule, breaks, synchronised starts). Parts of one visit start when the last of them is
 * ready, a visit that depends on others waits until their starts allow it, and the first of a pair two caregivers
 * serve waits until its partner can start within the maximum gap, so routes are driven again until
 * no synchronised start moves; routes that wait on each other in a loop never
 * settle and are reported as {@link #settled() unsettled} after as many rounds as there are linked visits.
 */
public final class RouteTimes {

    private final Map<CareVisit, long[]> times = new HashMap<>();
    private final Map<CareShift, List<PlannedBreak>> breaks = new HashMap<>();
    private final Map<CareShift, Long> returnTimes = new HashMap<>();
    private final Map<String, Long> syncStarts;
    private final Map<String, Long> startFloors;
    private final boolean settled;

    private RouteTimes(List<CareShift> shifts) {
        Map<String, Long> latestReady = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (CareShift shift : shifts) {
            for (CareVisit visit : shift.getVisits()) {
                if (visit.facts().isPart() || visit.hasPredecessors() || visit.hasFollowers()) {
                    linked.add(visit.facts().visitId());
                }
            }
        }
        int groups = linked.size();
        boolean stable = false;
        Map<String, Long> used = latestReady;
        Map<String, Long> floors = new HashMap<>();
        Map<String, Long> usedFloors = floors;
        for (int round = 0; round <= groups + 1 && !stable; round++) {
            Map<String, Long> readies = new HashMap<>();
            used = latestReady;
            usedFloors = floors;
            Map<String, Long> starts = new HashMap<>();
            Map<String, Long> solos = new HashMap<>();
            for (CareShift shift : shifts) {
                drive(shift, latestReady, floors, readies, starts, solos);
            }
            Map<String, Long> nextFloors = floors(shifts, starts, solos);
            stable = readies.equals(latestReady) && nextFloors.equals(floors);
            latestReady = readies;
            floors = nextFloors;
        }
        this.syncStarts = used;
        this.startFloors = usedFloors;
        this.settled = stable;
    }

    public static RouteTimes of(List<CareShift> shifts) {
        return new RouteTimes(shifts);
    }

    /** Drives one route; the last round's times, breaks and return are the ones kept. */
    private void drive(CareShift shift, Map<String, Long> latestReady, Map<String, Long> floors,
            Map<String, Long> readies, Map<String, Long> starts, Map<String, Long> solos) {
        RouteTiming timing = new RouteTiming();
        List<PlannedBreak> taken = new ArrayList<>();
        long time = shift.getStart();
        long state = 0;
        CareVisit before = null;
        for (CareVisit visit : shift.getVisits()) {
            String here = visit.facts().visitId();
            String previousId = before == null ? null : before.facts().visitId();
            timing.visit(shift, before, time, state, visit, syncStart(visit, latestReady, floors),
                    (index, start, end, place) -> taken.add(plannedBreak(shift, index, start, end, switch (place) {
                        case WorkingDay.ON_ARRIVAL -> here;
                        case WorkingDay.BEFORE_LEAVING -> previousId;
                        default -> null;
                    })));
            if (visit.facts().isPart()) {
                readies.merge(visit.getSyncKey(), timing.soloStart(), Math::max);
            }
            if (visit.hasPredecessors()) {
                solos.put(visit.facts().visitId(), timing.soloStart());
            }
            long start = timing.end() - visit.facts().duration();
            starts.put(visit.facts().visitId(), start);
            times.put(visit, new long[]{timing.arrival(), start, timing.end(), timing.arrivalBreakSeconds()});
            time = timing.end();
            state = timing.state();
            before = visit;
        }
        if (before != null) {
            String last = before.facts().visitId();
            time = timing.end(shift, before.facts().location(), time, state, new WorkingDay.BreakLog() {
                @Override
                public void taken(int index, long start, long end, int place) {
                    taken.add(plannedBreak(shift, index, start, end, place == WorkingDay.BEFORE_LEAVING
                            ? last
                            : null));
                }

                @Override
                public void afterRoute(int index, long start, long end) {
                    taken.add(plannedBreak(shift, index, start, end, null));
                }
            }).returnTime();
        }
        breaks.put(shift, taken);
        returnTimes.put(shift, time);
    }

    /** A break of {@code shift}'s route; a held break keeps the place of the published plan. */
    private static PlannedBreak plannedBreak(CareShift shift, int index, long start, long end, String visitId) {
        String place = shift.getRules().isHeld(index) ? shift.heldBreakPlace(index) : visitId;
        return new PlannedBreak(index, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), place);
    }

    /**
     * Per dependent visit id, the earliest start its planned predecessors allow with the given starts; per first visit
     * of a pair whose caregiver waits for its partner, the earliest start that lets the planned followers (ready at
     * their {@code solos}) start within the maximum gap (as {@link PartTiming#serviceStart}).
     */
    private static Map<String, Long> floors(List<CareShift> shifts, Map<String, Long> starts,
            Map<String, Long> solos) {
        Map<String, Long> floors = new HashMap<>();
        for (CareShift shift : shifts) {
            for (CareVisit visit : shift.getVisits()) {
                List<CareVisit> after = visit.getFollowers();
                for (int i = 0; after != null && i < after.size(); i++) {
                    Long ready = solos.get(after.get(i).facts().visitId());
                    if (ready != null) {
                        floors.merge(visit.facts().visitId(), ready - visit.facts().followerOffset(i), Math::max);
                    }
                }
                List<CareVisit> before = visit.getPredecessors();
                if (before == null) {
                    continue;
                }
                for (int i = 0; i < before.size(); i++) {
                    Long start = starts.get(before.get(i).facts().visitId());
                    if (start != null) {
                        floors.merge(visit.facts().visitId(), start + visit.facts().predecessorOffset(i), Math::max);
                    }
                }
            }
        }
        return floors;
    }

    private static long syncStart(CareVisit visit, Map<String, Long> latestReady, Map<String, Long> floors) {
        Long sync = visit.facts().isPart() ? latestReady.get(visit.getSyncKey()) : null;
        Long floor = visit.hasPredecessors() || visit.hasFollowers() ? floors.get(visit.facts().visitId()) : null;
        if (floor == null) {
            return sync == null ? Long.MIN_VALUE : sync;
        }
        // as PartTiming: the floor moved by the window rules; a part not yet ready counts from the floor alone
        return PartTiming.withFloor(visit, sync == null ? Long.MIN_VALUE : sync, floor);
    }

    /**
     * The start the caregiver of {@code visit} waits for: for a part the latest ready time of its parts, for a
     * dependent visit the start its predecessors allow (as driven in the last round), or {@link Long#MIN_VALUE} for an
     * ordinary visit; for {@link WorkingDay#visit}.
     */
    long syncStart(CareVisit visit) {
        return syncStart(visit, syncStarts, startFloors);
    }

    /** Whether every synchronised start settled (false when routes wait on each other in a loop). */
    public boolean settled() {
        return settled;
    }

    long arrival(CareVisit visit) {
        return times.get(visit)[0];
    }

    public long start(CareVisit visit) {
        return times.get(visit)[1];
    }

    long end(CareVisit visit) {
        return times.get(visit)[2];
    }

    /** Seconds of breaks taken on arrival at the visit, before its service. */
    long arrivalBreakSeconds(CareVisit visit) {
        return times.get(visit)[3];
    }

    /** The breaks of the route in the order taken, those after the route last. */
    List<PlannedBreak> breaks(CareShift shift) {
        return breaks.get(shift);
    }

    /** Back at the end location after the route (its start when empty). */
    long returnTime(CareShift shift) {
        return returnTimes.get(shift);
    }
}
