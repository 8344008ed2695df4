package org.careroute.core.internal.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Arrival and service start of every planned visit, recomputed from the route order alone (not from shadow
 * variables). Parts of one visit start when the last of them has arrived, so routes are driven again until no
 * synchronised start moves; routes that wait on each other in a loop never settle and are reported as
 * {@link #settled() unsettled} after as many rounds as there are linked visits.
 */
final class RouteTimes {

    private final Map<CareVisit, long[]> times = new HashMap<>();
    private final boolean settled;

    private RouteTimes(List<CareShift> shifts) {
        Map<String, Long> latestArrival = new HashMap<>();
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
        for (int round = 0; round <= groups + 1 && !stable; round++) {
            Map<String, Long> arrivals = new HashMap<>();
            for (CareShift shift : shifts) {
                drive(shift, latestArrival, arrivals);
            }
            stable = arrivals.equals(latestArrival);
            latestArrival = arrivals;
        }
        this.settled = stable;
    }

    static RouteTimes of(List<CareShift> shifts) {
        return new RouteTimes(shifts);
    }

    private void drive(CareShift shift, Map<String, Long> latestArrival, Map<String, Long> arrivals) {
        DenseTravelMatrix travel = shift.getTravel();
        long time = shift.getStart();
        int location = shift.getStartLocation();
        for (CareVisit visit : shift.getVisits()) {
            long arrival = time + travel.durationSeconds(location, visit.getLocation());
            long ready = arrival;
            if (visit.isPart()) {
                arrivals.merge(visit.getSyncKey(), arrival, Math::max);
                Long others = latestArrival.get(visit.getSyncKey());
                ready = others == null ? arrival : Math.max(arrival, others);
            }
            long start = visit.serviceStartFor(ready);
            times.put(visit, new long[]{arrival, start});
            time = start + visit.getDuration();
            location = visit.getLocation();
        }
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
