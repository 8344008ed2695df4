package org.careroute.core.internal.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Arrival and service start of every planned visit, recomputed from the route order alone (not from shadow
 * variables) with the working day's breaks ({@link WorkingDay}). Parts of one visit start when the last of them is
 * ready, so routes are driven again until no synchronised start moves; routes that wait on each other in a loop never
 * settle and are reported as {@link #settled() unsettled} after as many rounds as there are linked visits.
 */
final class RouteTimes {

    private final Map<CareVisit, long[]> times = new HashMap<>();
    private final Map<String, Long> syncStarts;
    private final boolean settled;

    private RouteTimes(List<CareShift> shifts) {
        Map<String, Long> latestReady = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (CareShift shift : shifts) {
            for (CareVisit visit : shift.getVisits()) {
                if (visit.isPart()) {
                    linked.add(visit.getSyncKey());
                }
            }
        }
        int groups = linked.size();
        boolean stable = false;
        Map<String, Long> used = latestReady;
        for (int round = 0; round <= groups + 1 && !stable; round++) {
            Map<String, Long> readies = new HashMap<>();
            used = latestReady;
            for (CareShift shift : shifts) {
                drive(shift, latestReady, readies);
            }
            stable = readies.equals(latestReady);
            latestReady = readies;
        }
        this.syncStarts = used;
        this.settled = stable;
    }

    static RouteTimes of(List<CareShift> shifts) {
        return new RouteTimes(shifts);
    }

    private void drive(CareShift shift, Map<String, Long> latestReady, Map<String, Long> readies) {
        DenseTravelMatrix travel = shift.getTravel();
        WorkingDay.Step step = new WorkingDay.Step();
        long time = shift.getStart();
        long state = 0;
        int location = shift.getStartLocation();
        for (CareVisit visit : shift.getVisits()) {
            long sync = syncStart(visit, latestReady);
            WorkingDay.visit(shift.getRules(), visit, time, travel.durationSeconds(location, visit.getLocation()),
                    state, sync, step, null);
            if (visit.isPart()) {
                readies.merge(visit.getSyncKey(), step.soloStart(), Math::max);
            }
            long start = step.end() - visit.getDuration();
            times.put(visit, new long[]{step.arrival(), start});
            time = step.end();
            state = step.state();
            location = visit.getLocation();
        }
    }

    private static long syncStart(CareVisit visit, Map<String, Long> latestReady) {
        Long sync = visit.isPart() ? latestReady.get(visit.getSyncKey()) : null;
        return sync == null ? Long.MIN_VALUE : sync;
    }

    /**
     * The synchronised start the parts of {@code visit} wait for (the latest ready time of its parts, as driven in
     * the last round), or {@link Long#MIN_VALUE} for an ordinary visit; for {@link WorkingDay#visit}.
     */
    long syncStart(CareVisit visit) {
        return syncStart(visit, syncStarts);
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
