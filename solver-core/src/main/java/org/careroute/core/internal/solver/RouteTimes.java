package org.careroute.core.internal.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.PartTiming;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Arrival and service start of every planned visit, recomputed from the route order alone (not from shadow
 * variables) with the working day's breaks ({@link WorkingDay}). Parts of one visit start when the last of them is
 * ready, and a visit that depends on others waits until their starts allow it, so routes are driven again until
 * no synchronised start moves; routes that wait on each other in a loop never
 * settle and are reported as {@link #settled() unsettled} after as many rounds as there are linked visits.
 */
final class RouteTimes {

    private final Map<CareVisit, long[]> times = new HashMap<>();
    private final Map<String, Long> syncStarts;
    private final Map<String, Long> startFloors;
    private final boolean settled;

    private RouteTimes(List<CareShift> shifts) {
        Map<String, Long> latestReady = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (CareShift shift : shifts) {
            for (CareVisit visit : shift.getVisits()) {
                if (visit.isPart() || visit.hasPredecessors()) {
                    linked.add(visit.getVisitId());
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
            for (CareShift shift : shifts) {
                drive(shift, latestReady, floors, readies, starts);
            }
            Map<String, Long> nextFloors = floors(shifts, starts);
            stable = readies.equals(latestReady) && nextFloors.equals(floors);
            latestReady = readies;
            floors = nextFloors;
        }
        this.syncStarts = used;
        this.startFloors = usedFloors;
        this.settled = stable;
    }

    static RouteTimes of(List<CareShift> shifts) {
        return new RouteTimes(shifts);
    }

    private void drive(CareShift shift, Map<String, Long> latestReady, Map<String, Long> floors,
            Map<String, Long> readies, Map<String, Long> starts) {
        DenseTravelMatrix travel = shift.getTravel();
        WorkingDay.Step step = new WorkingDay.Step();
        long time = shift.getStart();
        long state = 0;
        int location = shift.getStartLocation();
        for (CareVisit visit : shift.getVisits()) {
            long sync = syncStart(visit, latestReady, floors);
            WorkingDay.visit(shift.getRules(), visit, time, travel.durationSeconds(location, visit.getLocation()),
                    state, sync, step, null);
            if (visit.isPart()) {
                readies.merge(visit.getSyncKey(), step.soloStart(), Math::max);
            }
            long start = step.end() - visit.getDuration();
            starts.put(visit.getVisitId(), start);
            times.put(visit, new long[]{step.arrival(), start});
            time = step.end();
            state = step.state();
            location = visit.getLocation();
        }
    }

    /** Per dependent visit id, the earliest start its planned predecessors allow with the given starts. */
    private static Map<String, Long> floors(List<CareShift> shifts, Map<String, Long> starts) {
        Map<String, Long> floors = new HashMap<>();
        for (CareShift shift : shifts) {
            for (CareVisit visit : shift.getVisits()) {
                List<CareVisit> before = visit.getPredecessors();
                if (before == null) {
                    continue;
                }
                for (int i = 0; i < before.size(); i++) {
                    Long start = starts.get(before.get(i).getVisitId());
                    if (start != null) {
                        floors.merge(visit.getVisitId(), start + visit.getPredecessorOffset(i), Math::max);
                    }
                }
            }
        }
        return floors;
    }

    private static long syncStart(CareVisit visit, Map<String, Long> latestReady, Map<String, Long> floors) {
        Long sync = visit.isPart() ? latestReady.get(visit.getSyncKey()) : null;
        Long floor = visit.hasPredecessors() ? floors.get(visit.getVisitId()) : null;
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
    boolean settled() {
        return settled;
    }

    long arrival(CareVisit visit) {
        return times.get(visit)[0];
    }

    long start(CareVisit visit) {
        return times.get(visit)[1];
    }
}
