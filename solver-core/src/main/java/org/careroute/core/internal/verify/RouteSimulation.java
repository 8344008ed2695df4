package org.careroute.core.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Leg;
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

    /** When the caregiver leaves for a visit; re-planned plans may not depart before their re-planning time. */
    public interface Release {

        /** Departures as soon as the caregiver is free. */
        Release NONE = (shift, before, visit, free) -> free;

        /**
         * When the caregiver of {@code shift} leaves for {@code visit} after {@code before} ({@code null}: from the
         * start location), being free at {@code free}.
         */
        long departure(Shift shift, Visit before, Visit visit, long free);
    }

    /** Simulates {@code visits} in this order on {@code shift} of {@code caregiver}. */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits) {
        return simulate(caregiver, shift, visits, Release.NONE);
    }

    /** As {@link #simulate(Caregiver, Shift, List)}, with departures decided by {@code release}. */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits, Release release) {
        long shiftStart = shift.start().getEpochSecond();
        long time = shiftStart;
        int location = locations.indexOf(shift.startLocation());
        long travelSeconds = 0;
        long distanceMeters = 0;
        long waitingSeconds = 0;
        long waitingMinutesCounted = 0;
        long demand = 0;
        List<Stop> stops = new ArrayList<>(visits.size());
        Visit before = null;
        for (Visit visit : visits) {
            int to = locations.indexOf(visit.location());
            Leg leg = new Leg(matrix.durationSeconds(location, to), matrix.distanceMeters(location, to));
            long arrival = release.departure(shift, before, visit, time) + leg.seconds();
            before = visit;
            long start = serviceStart(visit, arrival);
            long end = start + visit.duration().toSeconds();
            long waiting = start - arrival;
            long penalizedWaitingMinutes = stops.isEmpty() ? 0 : waiting / 60;
            Set<String> missing = new TreeSet<>(visit.requiredSkills());
            missing.removeAll(caregiver.skills());
            stops.add(new Stop(visit, leg, arrival, start, end, waiting, penalizedWaitingMinutes, lateness(visit,
                    start), Set.copyOf(missing)));
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

    /** Starts on arrival inside a window, waits for the next window, or starts late (on arrival) after the last. */
    static long serviceStart(Visit visit, long arrival) {
        for (TimeWindow window : visit.timeWindows()) {
            if (arrival <= window.end().getEpochSecond()) {
                return Math.max(arrival, window.start().getEpochSecond());
            }
        }
        return arrival;
    }

    private static long lateness(Visit visit, long start) {
        List<TimeWindow> windows = visit.timeWindows();
        if (windows.isEmpty()) {
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
     *            required skills the caregiver lacks
     */
    public record Stop(Visit visit, Leg leg, long arrival, long start, long end, long waitingSeconds,
            long penalizedWaitingMinutes, long lateness, Set<String> missingSkills) {
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
