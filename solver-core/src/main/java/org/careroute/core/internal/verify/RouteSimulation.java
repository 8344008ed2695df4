package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.internal.travel.LocationIndex;

/**
 * Drives one route in plain Java with careroute's rules: leave the start location at the shift start, drive to each
 * visit, start on arrival inside a window, wait for the next window, or start late after the last one, then drive
 * back to the end location (no drive back for open ends). The verifier checks plans with it and the explainer tries
 * insertions with it, so both follow exactly the same rules.
 */
public final class RouteSimulation {

    private final TravelMatrix matrix;
    private final LocationIndex locations;

    public RouteSimulation(TravelMatrix matrix, LocationIndex locations) {
        this.matrix = matrix;
        this.locations = locations;
    }

    /** Simulates {@code visits} in this order on {@code shift} of {@code caregiver}, each served by one caregiver. */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits) {
        return simulate(caregiver, shift, visits, null, Map.of());
    }

    /**
     * Simulates a route that may serve parts of visits needing several caregivers.
     *
     * @param parts
     *            per visit the part this route serves, or {@link PlannedVisit#NO_PART}; {@code null} when none is a
     *            part
     * @param partsArrival
     *            per linked visit id the latest arrival of any caregiver serving one of its parts: a part starts no
     *            earlier (every caregiver waits for the others)
     */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits, List<Integer> parts,
            Map<String, Long> partsArrival) {
        long shiftStart = shift.start().getEpochSecond();
        long time = shiftStart;
        int location = locations.indexOf(shift.startLocation());
        long travelSeconds = 0;
        long distanceMeters = 0;
        long waitingSeconds = 0;
        long waitingMinutesCounted = 0;
        long demand = 0;
        List<Stop> stops = new ArrayList<>(visits.size());
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            int part = parts == null ? PlannedVisit.NO_PART : parts.get(i);
            int to = locations.indexOf(visit.location());
            Leg leg = new Leg(matrix.durationSeconds(location, to), matrix.distanceMeters(location, to));
            long arrival = time + leg.seconds();
            Long others = part == PlannedVisit.NO_PART ? null : partsArrival.get(visit.id());
            long start = serviceStart(visit, others == null ? arrival : Math.max(arrival, others));
            long end = start + visit.duration().toSeconds();
            long waiting = start - arrival;
            long penalizedWaitingMinutes = stops.isEmpty() ? 0 : waiting / 60;
            Set<String> missing = new TreeSet<>(visit.requiredSkills());
            if (part >= 0 && part < visit.links().parts().size()) {
                missing.addAll(visit.links().parts().get(part).requiredSkills());
            }
            missing.removeAll(caregiver.skills());
            Instant pinned = visit.links().pinnedStart();
            long pinnedDelay = pinned == null ? 0 : Math.max(0, start - pinned.getEpochSecond());
            stops.add(new Stop(visit, leg, arrival, start, end, waiting, penalizedWaitingMinutes, lateness(visit,
                    start), Set.copyOf(missing), part, pinnedDelay));
            travelSeconds += leg.seconds();
            distanceMeters += leg.meters();
            waitingSeconds += waiting;
            waitingMinutesCounted += penalizedWaitingMinutes;
            demand += visit.demand();
            time = end;
            location = to;
        }
        Leg returnLeg = Leg.NONE;
        long returnTime = shiftStart;
        if (!stops.isEmpty()) {
            if (!shift.hasOpenEnd()) {
                int end = locations.indexOf(shift.endLocation());
                returnLeg = new Leg(matrix.durationSeconds(location, end), matrix.distanceMeters(location, end));
            }
            returnTime = time + returnLeg.seconds();
        }
        travelSeconds += returnLeg.seconds();
        distanceMeters += returnLeg.meters();
        long overrun = stops.isEmpty() ? 0 : Math.max(0, returnTime - shift.end().getEpochSecond());
        long capacity = caregiver.capacity();
        long capacityExcess = capacity == Caregiver.UNLIMITED_CAPACITY ? 0 : Math.max(0, demand - capacity);
        return new Route(List.copyOf(stops), returnLeg, returnTime, overrun, demand, capacityExcess, travelSeconds,
                distanceMeters, waitingSeconds, waitingMinutesCounted);
    }

    /**
     * Starts on arrival inside a window, waits for the next window, or starts late (on arrival) after the last; a
     * pinned start replaces the windows (wait for it, or start late on arrival).
     */
    static long serviceStart(Visit visit, long arrival) {
        Instant pinned = visit.links().pinnedStart();
        if (pinned != null) {
            return Math.max(arrival, pinned.getEpochSecond());
        }
        for (TimeWindow window : visit.timeWindows()) {
            if (arrival <= window.end().getEpochSecond()) {
                return Math.max(arrival, window.start().getEpochSecond());
            }
        }
        return arrival;
    }

    private static long lateness(Visit visit, long start) {
        List<TimeWindow> windows = visit.timeWindows();
        if (windows.isEmpty() || visit.links().pinnedStart() != null) {
            return 0;
        }
        return Math.max(0, start - windows.get(windows.size() - 1).end().getEpochSecond());
    }

    /**
     * One visit of a simulated route.
     *
     * @param penalizedWaitingMinutes
     *            whole minutes of waiting the waiting-time rule counts (none before the first visit)
     * @param lateness
     *            seconds the service starts after the visit's last window ends
     * @param missingSkills
     *            required skills the caregiver lacks (the visit's and those of the part served)
     * @param part
     *            the part of a linked visit served here, or {@link PlannedVisit#NO_PART}
     * @param pinnedStartDelay
     *            seconds the service starts after the visit's pinned start (0 when not pinned)
     */
    public record Stop(Visit visit, Leg leg, long arrival, long start, long end, long waitingSeconds,
            long penalizedWaitingMinutes, long lateness, Set<String> missingSkills, int part,
            long pinnedStartDelay) {
    }

    /**
     * A simulated route.
     *
     * @param returnTime
     *            back at the end location (end of the last visit for open ends); the shift start when empty
     * @param overrun
     *            seconds {@code returnTime} lies after the shift end (0 for empty routes)
     * @param capacityExcess
     *            demand above the caregiver's capacity
     */
    public record Route(List<Stop> stops, Leg returnLeg, long returnTime, long overrun, long demand,
            long capacityExcess, long travelSeconds, long distanceMeters, long waitingSeconds,
            long waitingMinutesCounted) {
    }
}
