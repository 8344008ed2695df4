package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.StartedBreak;
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
         * When the caregiver of {@code shift} leaves for the visit (or part) with planning id {@code visitId} after
         * {@code beforeId} ({@code null}: from the start location), being free at {@code free}; ids as
         * {@link PlannedVisit#key(String, int)}.
         */
        long departure(Shift shift, String beforeId, String visitId, long free);

        /**
         * The start the visit (or part) with planning id {@code visitId} keeps because it had started at its
         * published start before the re-planning time: its service never starts earlier. {@link Long#MIN_VALUE}
         * for every other visit.
         */
        default long heldStart(String visitId) {
            return Long.MIN_VALUE;
        }

        /**
         * The break {@code index} of {@code shiftId} as the published plan had it when it started before the
         * re-planning time ({@code null} otherwise): it keeps its start and place; a caregiver who may not depart
         * before the re-planning time takes it where they are, before leaving.
         */
        default StartedBreak startedBreak(String shiftId, int index) {
            return null;
        }
    }

    /**
     * Simulates {@code visits} in this order on {@code shift} of {@code caregiver}, with the shift's breaks and the
     * continuous-work law. Breaks float (see the solver README): for each visit the caregiver takes the number of
     * pending breaks on the way to it with the fewest hard seconds, then the earliest end of the service, then the
     * most breaks ({@link #breaksOnTheWay}); after the last visit a break is taken before leaving or on the way back
     * when the caregiver would be back after its latest start.
     */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits) {
        return simulate(caregiver, shift, visits, null, Map.of(), Release.NONE);
    }

    /** As {@link #simulate(Caregiver, Shift, List)}, with departures decided by {@code release}. */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits, Release release) {
        return simulate(caregiver, shift, visits, null, Map.of(), release);
    }

    /**
     * Simulates a route that may serve parts of visits needing several caregivers, with departures decided by
     * {@code release}.
     *
     * @param parts
     *            per visit the part this route serves, or {@link PlannedVisit#NO_PART}; {@code null} when none is a
     *            part
     * @param partsReady
     *            per linked visit id the latest {@link Stop#soloStart} of any caregiver serving one of its parts: a
     *            part starts no earlier (every caregiver waits for the others; breaks on arrival are decided as for the
     *            caregiver alone); for a visit that depends on others, the earliest start their gaps allow (the
     *            caregiver waits for it too); for the first visit of a pair two caregivers serve, the start its
     *            partner needs ({@link PartnerWaits})
     */
    public Route simulate(Caregiver caregiver, Shift shift, List<Visit> visits, List<Integer> parts,
            Map<String, Long> partsReady, Release release) {
        long shiftStart = shift.start().getEpochSecond();
        long time = shiftStart;
        int location = locations.indexOf(shift.startLocation());
        StartedBreak[] started = new StartedBreak[shift.rules().breaks().size()];
        List<ShiftBreak> breaks = new ArrayList<>(shift.rules().breaks());
        for (int k = 0; k < breaks.size(); k++) {
            started[k] = release.startedBreak(shift.id(), k);
            if (started[k] != null) {
                // its window is its published start alone: it starts then, or late
                breaks.set(k, new ShiftBreak(breaks.get(k).duration(), started[k].start(), started[k].start().plus(
                        breaks.get(k).duration()), false));
            }
        }
        WorkClock clock = new WorkClock(shift.rules().continuousWork());
        boolean waitingIsRest = shift.rules().continuousWork() != null && shift.rules().continuousWork()
                .waitingCountsAsRest();
        List<TakenBreak> taken = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        long travelSeconds = 0;
        long distanceMeters = 0;
        long waitingSeconds = 0;
        long waitingMinutesCounted = 0;
        long demand = 0;
        String here = null;
        List<Stop> stops = new ArrayList<>(visits.size());
        String before = null;
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            int part = parts == null ? PlannedVisit.NO_PART : parts.get(i);
            String id = PlannedVisit.key(visit.id(), part);
            long free = time;
            time = release.departure(shift, before, id, time);
            long held = release.heldStart(id);
            before = id;
            int to = locations.indexOf(visit.location());
            Leg leg = new Leg(matrix.durationSeconds(location, to), matrix.distanceMeters(location, to));
            long excessBefore = clock.excess();
            int from = taken.size() + missed.size();
            Approach approach = breaksOnTheWay(breaks, started, from, free, time, leg.seconds(), visit, held, clock,
                    waitingIsRest, here);
            clock = approach.clock();
            taken.addAll(approach.taken());
            missed.addAll(approach.missed());
            long late = approach.lateness();
            long arrival = approach.arrival();
            long ready = approach.ready();
            long breakSeconds = approach.breakSecondsOnArrival();
            long duration = visit.duration().toSeconds();
            long alone = serviceStart(visit, Math.max(ready, held));
            Long others = partsReady.get(visit.id());
            long start = others == null ? alone : serviceStart(visit, Math.max(alone, others));
            if (waitingIsRest) {
                clock.rest(start - arrival);
            }
            clock.work(duration);
            long end = start + duration;
            long waiting = start - arrival - breakSeconds;
            long penalizedWaitingMinutes = stops.isEmpty() ? 0 : waiting / 60;
            Set<String> missing = new TreeSet<>(visit.requiredSkills());
            if (part >= 0 && part < visit.links().parts().size()) {
                missing.addAll(visit.links().parts().get(part).requiredSkills());
            }
            missing.removeAll(caregiver.skills());
            Instant pinned = visit.links().pinnedStart();
            long pinnedDelay = pinned == null ? 0 : Math.max(0, start - pinned.getEpochSecond());
            stops.add(new Stop(visit, leg, arrival, start, end, waiting, penalizedWaitingMinutes, lateness(visit,
                    start), Set.copyOf(missing), late, clock.excess() - excessBefore, part, pinnedDelay, alone));
            travelSeconds += leg.seconds();
            distanceMeters += leg.meters();
            waitingSeconds += waiting;
            waitingMinutesCounted += penalizedWaitingMinutes;
            demand += visit.demand();
            time = end;
            location = to;
            here = visit.id();
        }
        Leg returnLeg = Leg.NONE;
        long returnTime = shiftStart;
        long endLateness = 0;
        long endExcess = 0;
        if (!stops.isEmpty()) {
            if (!shift.hasOpenEnd()) {
                int end = locations.indexOf(shift.endLocation());
                returnLeg = new Leg(matrix.durationSeconds(location, end), matrix.distanceMeters(location, end));
            }
            long excessBefore = clock.excess();
            long remaining = returnLeg.seconds();
            while (taken.size() + missed.size() < breaks.size() && time + remaining > breaks.get(taken.size()
                    + missed.size()).latestStart().getEpochSecond()) {
                // not back before its latest start: before leaving when its window is open, else on the way back
                int index = taken.size() + missed.size();
                ShiftBreak next = breaks.get(index);
                long start = Math.max(time, next.earliestStart().getEpochSecond());
                if (next.missable() && start > next.latestStart().getEpochSecond()) {
                    missed.add(index);
                    continue;
                }
                long driven = Math.min(start - time, remaining);
                clock.work(driven);
                remaining -= driven;
                TakenBreak done = take(index, next, start, place(started, index, driven > 0 ? null : here));
                taken.add(done);
                endLateness += done.lateness();
                clock.rest(next.duration().toSeconds());
                time = done.end();
            }
            clock.work(remaining);
            endExcess = clock.excess() - excessBefore;
            returnTime = time + remaining;
        }
        long breakSecondsInRoute = 0;
        for (TakenBreak done : taken) {
            breakSecondsInRoute += done.end() - done.start();
        }
        List<TakenBreak> all = new ArrayList<>(taken);
        if (!stops.isEmpty()) {
            long after = returnTime;
            for (int k = taken.size() + missed.size(); k < breaks.size(); k++) {
                TakenBreak done = take(k, breaks.get(k), after, place(started, k, null));
                if (breaks.get(k).missable() && done.lateness() > 0) {
                    missed.add(k);
                    continue;
                }
                all.add(done);
                after = done.end();
            }
        }
        travelSeconds += returnLeg.seconds();
        distanceMeters += returnLeg.meters();
        long shiftEnd = shift.end().getEpochSecond();
        long allowance = caregiver.terms().maxOvertime().toSeconds();
        long overrun = stops.isEmpty() ? 0 : Math.max(0, returnTime - shiftEnd - allowance);
        long overtime = stops.isEmpty() ? 0 : Math.max(0, returnTime - shiftEnd);
        long capacity = caregiver.capacity();
        long capacityExcess = capacity == Caregiver.UNLIMITED_CAPACITY ? 0 : Math.max(0, demand - capacity);
        long workingSeconds = stops.isEmpty() ? 0 : returnTime - shiftStart - breakSecondsInRoute;
        return new Route(List.copyOf(stops), returnLeg, returnTime, overrun, demand, capacityExcess, travelSeconds,
                distanceMeters, waitingSeconds, waitingMinutesCounted, List.copyOf(all), List.copyOf(missed),
                endLateness, endExcess, overtime, workingSeconds);
    }

    /**
     * The drive to {@code visit} with the pending breaks (from {@code from}) the caregiver passes on the way: of every
     * count of them, taken or (when missable) missed, the one with the fewest hard seconds (breaks started late,
     * continuous work beyond the limit, the service starting after the visit's last window or its pinned start, and
     * how late the next pending break would start at the earliest, right after the service), then the fewest missed
     * breaks (the next pending one counted as missed when it is missable and could start only late), then the
     * earliest end of the service, then the most breaks, taken rather than missed.
     */
    private static Approach breaksOnTheWay(List<ShiftBreak> breaks, StartedBreak[] started, int from, long free,
            long departure, long drive, Visit visit, long held, WorkClock clock, boolean waitingIsRest, String here) {
        boolean anyMissable = breaks.stream().anyMatch(ShiftBreak::missable);
        Approach best = null;
        long bestHard = Long.MAX_VALUE;
        long bestMissed = Long.MAX_VALUE;
        long bestEnd = Long.MAX_VALUE;
        for (int count = 0; count <= breaks.size() - from; count++) {
            for (int variant = 0; variant < (anyMissable && count > 0 ? 2 : 1); variant++) {
                boolean missing = variant == 1;
                Approach approach = approach(breaks, started, from, count, missing, free, departure, drive, visit,
                        clock, waitingIsRest, here);
                long start = serviceStart(visit, Math.max(approach.ready(), held));
                long end = start + visit.duration().toSeconds();
                WorkClock after = approach.clock().copy();
                if (waitingIsRest) {
                    after.rest(start - approach.arrival());
                }
                after.work(visit.duration().toSeconds());
                Instant pinned = visit.links().pinnedStart();
                long lateStart = pinned == null
                        ? lateness(visit, start)
                        : Math.max(0, start - pinned.getEpochSecond());
                int next = from + count;
                long nextLate = next < breaks.size()
                        ? Math.max(0, end - breaks.get(next).latestStart()
                                .getEpochSecond())
                        : 0;
                long missedCount = approach.missed().size();
                if (nextLate > 0 && breaks.get(next).missable()) {
                    nextLate = 0;
                    missedCount++;
                }
                long hard = approach.lateness() + after.excess() - clock.excess() + lateStart + nextLate;
                // the end less the breaks taken: a break that waiting absorbs, even in part, is taken
                long net = end;
                for (int k = from; k < from + count; k++) {
                    net -= missing && breaks.get(k).missable() ? 0 : breaks.get(k).duration().toSeconds();
                }
                boolean better = hard != bestHard
                        ? hard < bestHard
                        : missedCount != bestMissed ? missedCount < bestMissed : net < bestEnd && !missing;
                if (best == null || better) {
                    best = approach;
                    bestHard = hard;
                    bestMissed = missedCount;
                    bestEnd = net;
                }
            }
        }
        return best;
    }

    /**
     * The drive from the place left at {@code free} to {@code visit} passing {@code count} breaks (from
     * {@code from}), each taken as early as its window allows: before leaving when it is open, on the way when it
     * opens during the drive, at the visit on arrival when it opens later. A missable break is missed instead when it
     * would start late, or with {@code missing} always. The caregiver leaves no earlier than {@code departure}; a
     * started break that began before it is taken where the caregiver is, before leaving, and keeps its place.
     */
    private static Approach approach(List<ShiftBreak> breaks, StartedBreak[] started, int from, int count,
            boolean missing, long free, long departure, long drive, Visit visit, WorkClock clock,
            boolean waitingIsRest, String here) {
        WorkClock after = clock.copy();
        List<TakenBreak> taken = new ArrayList<>(count);
        List<Integer> missed = new ArrayList<>();
        long time = free;
        long remaining = drive;
        long arrival = Long.MIN_VALUE;
        long late = 0;
        long onArrival = 0;
        for (int k = from; k < from + count; k++) {
            ShiftBreak next = breaks.get(k);
            boolean startedBefore = arrival == Long.MIN_VALUE && started[k] != null && started[k].start()
                    .getEpochSecond() < departure;
            if (!startedBefore) {
                time = Math.max(time, departure);
            }
            long start = Math.max(time, next.earliestStart().getEpochSecond());
            boolean opensOnTheWay = !startedBefore && arrival == Long.MIN_VALUE && start > time
                    && start < time + remaining;
            if (opensOnTheWay && time + remaining <= next.latestStart().getEpochSecond()) {
                start = time + remaining; // at the visit rather than on the way while that keeps it in its window
            }
            if (next.missable() && (missing || start > next.latestStart().getEpochSecond())) {
                missed.add(k);
                continue;
            }
            boolean atVisit = !startedBefore && (arrival != Long.MIN_VALUE || start >= time + remaining);
            if (arrival == Long.MIN_VALUE) {
                long driven = atVisit ? remaining : startedBefore ? 0 : start - time;
                after.work(driven);
                remaining -= driven;
                if (atVisit) {
                    arrival = time + driven;
                }
            }
            String place = place(started, k, atVisit ? visit.id() : start > time && !startedBefore ? null : here);
            TakenBreak done = take(k, next, start, place);
            taken.add(done);
            late += done.lateness();
            if (!(atVisit && waitingIsRest)) {
                after.rest(next.duration().toSeconds());
            }
            if (atVisit) {
                onArrival += next.duration().toSeconds();
            }
            time = done.end();
        }
        if (arrival == Long.MIN_VALUE) {
            time = Math.max(time, departure);
            after.work(remaining);
            arrival = time + remaining;
            time = arrival;
        }
        return new Approach(taken, missed, arrival, time, onArrival, late, after);
    }

    /**
     * The drive to a visit with its breaks: {@code arrival} at the visit, {@code ready} when the breaks taken there
     * end.
     */
    private record Approach(List<TakenBreak> taken, List<Integer> missed, long arrival, long ready,
            long breakSecondsOnArrival, long lateness, WorkClock clock) {
    }

    /**
     * Starts on arrival inside a window, waits for the next window, or starts late (on arrival) after the last; not
     * before the preferred window opens; a pinned start replaces the windows (wait for it, or start late on arrival).
     * With soft windows, a caregiver who arrives after a window closes starts at once, late, when that lateness is no
     * longer than the wait for the next window, and otherwise waits for it.
     */
    static long serviceStart(Visit visit, long arrival) {
        Instant pinned = visit.links().pinnedStart();
        if (pinned != null) {
            return Math.max(arrival, pinned.getEpochSecond());
        }
        long time = arrival;
        if (visit.care().hasPreferredWindow()) {
            time = Math.max(time, visit.care().preferredWindow().start().getEpochSecond());
        }
        List<TimeWindow> windows = visit.timeWindows();
        for (int i = 0; i < windows.size(); i++) {
            long end = windows.get(i).end().getEpochSecond();
            if (time <= end) {
                return Math.max(time, windows.get(i).start().getEpochSecond());
            }
            if (visit.care().softWindows() && i + 1 < windows.size() && time - end <= windows.get(i + 1).start()
                    .getEpochSecond() - time) {
                return time;
            }
        }
        return time;
    }

    /**
     * Soft windows: seconds a service starting at {@code start} starts after the end of the window it starts in, the
     * last one whose start is not after it; 0 for hard windows, without windows and with a pinned start.
     */
    public static long softWindowLateness(Visit visit, long start) {
        List<TimeWindow> windows = visit.timeWindows();
        if (!visit.care().softWindows() || windows.isEmpty() || visit.links().pinnedStart() != null) {
            return 0;
        }
        TimeWindow servedIn = windows.getFirst();
        for (TimeWindow window : windows) {
            if (window.start().getEpochSecond() <= start) {
                servedIn = window;
            }
        }
        return Math.max(0, start - servedIn.end().getEpochSecond());
    }

    /** Where break {@code k} is taken: its published place when it had started, else {@code place}. */
    private static String place(StartedBreak[] started, int k, String place) {
        return started[k] != null ? started[k].visitId() : place;
    }

    /**
     * The break taken at the earliest moment from {@code time} on, at the place of visit {@code visitId} (null: none).
     */
    private static TakenBreak take(int index, ShiftBreak shiftBreak, long time, String visitId) {
        long start = Math.max(time, shiftBreak.earliestStart().getEpochSecond());
        long end = start + shiftBreak.duration().toSeconds();
        return new TakenBreak(index, start, end, visitId, Math.max(0, start - shiftBreak.latestStart()
                .getEpochSecond()));
    }

    /**
     * Counts work since the last qualifying rest under a {@link ContinuousWorkRule} (does nothing without one) and
     * the total work beyond the limit.
     */
    private static final class WorkClock {
        private final ContinuousWorkRule rule;
        private long sinceRest;
        private boolean firstPartTaken;
        private long excess;

        WorkClock(ContinuousWorkRule rule) {
            this.rule = rule;
        }

        WorkClock copy() {
            WorkClock copy = new WorkClock(rule);
            copy.sinceRest = sinceRest;
            copy.firstPartTaken = firstPartTaken;
            copy.excess = excess;
            return copy;
        }

        void work(long seconds) {
            if (rule == null) {
                return;
            }
            long limit = rule.maxWork().toSeconds();
            long over = Math.max(0, sinceRest + seconds - limit) - Math.max(0, sinceRest - limit);
            excess += over;
            sinceRest += seconds;
        }

        void rest(long seconds) {
            if (rule == null) {
                return;
            }
            long full = rule.rest().toSeconds();
            long first = rule.firstPart().toSeconds();
            boolean split = first > 0;
            if (seconds >= full || split && firstPartTaken && seconds >= full - first) {
                sinceRest = 0;
                firstPartTaken = false;
            } else if (split && seconds >= first) {
                firstPartTaken = true;
            }
        }

        long excess() {
            return excess;
        }
    }

    private static long lateness(Visit visit, long start) {
        List<TimeWindow> windows = visit.timeWindows();
        if (windows.isEmpty() || visit.links().pinnedStart() != null || visit.care().softWindows()) {
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
     * @param soloStart
     *            when the service would start for this caregiver alone (later parts of a linked visit wait)
     */
    public record Stop(Visit visit, Leg leg, long arrival, long start, long end, long waitingSeconds,
            long penalizedWaitingMinutes, long lateness, Set<String> missingSkills, long breakLateness,
            long workExcess, int part, long pinnedStartDelay, long soloStart) {
    }

    /**
     * A break of a simulated route.
     *
     * @param visitId
     *            the visit at whose place it is taken; {@code null} at the start location or after the route
     * @param lateness
     *            seconds it starts after its latest start
     */
    public record TakenBreak(int index, long start, long end, String visitId, long lateness) {
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
     * @param breaks
     *            every break of the shift for a non-empty route, in time order (those after the route included)
     * @param missedBreaks
     *            indices of the missable breaks the route misses (they take no time and are not in {@code breaks})
     * @param endBreakLateness
     *            lateness of the breaks taken after the last visit
     * @param endWorkExcess
     *            continuous work beyond the limit after the last visit (the drive back)
     * @param overtimeSeconds
     *            seconds back after the planned shift end
     * @param workingSeconds
     *            shift start to return, breaks during the route excluded (0 for empty routes)
     */
    public record Route(List<Stop> stops, Leg returnLeg, long returnTime, long overrun, long demand,
            long capacityExcess, long travelSeconds, long distanceMeters, long waitingSeconds,
            long waitingMinutesCounted, List<TakenBreak> breaks, List<Integer> missedBreaks, long endBreakLateness,
            long endWorkExcess, long overtimeSeconds, long workingSeconds) {

        /**
         * Hard amounts of the working-day rules before weights: break lateness (of every break, those after the route
         * included, as {@code break-window} counts it), continuous work.
         */
        public long breakLateness() {
            long total = 0;
            for (TakenBreak taken : breaks) {
                total += taken.lateness();
            }
            return total;
        }

        public long workExcess() {
            long total = endWorkExcess;
            for (Stop stop : stops) {
                total += stop.workExcess();
            }
            return total;
        }
    }
}
