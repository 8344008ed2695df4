package org.careroute.core.internal.domain;

/**
 * How breaks and the continuous-work law time a route, one step at a time, on primitives (no allocation). Every route
 * timing of the solver calls these two functions through {@link RouteTiming} (which adds the departure rule and the
 * end rules), so they agree by construction; the verifier re-implements the same rules independently.
 *
 * <p>
 * <b>Break placement (floating breaks).</b> Breaks are taken in the order of their earliest start, where they cost
 * the least, not as soon as their window opens. For each visit the caregiver chooses how many of the pending breaks
 * to take on the way to it (none, the next, the next two...). A break taken on the way starts as early as its window
 * allows from the moment the caregiver is free: before leaving the previous place when its window is already open, at
 * the visit (on arrival, before the service) when it opens later, and on the way only when it opens during the drive
 * and arriving first would start it after its latest start (a break at a patient's home or the base is what most
 * organisations and the UHHC benchmarks expect). The
 * choice minimises, in this order: the hard seconds of the step (breaks started after their latest start, continuous
 * work beyond the limit, the service starting after the visit's last window, and how late the next pending break
 * would start at the earliest, right after the service); the end of the service less the breaks taken (a break that
 * the waiting for a window absorbs, even in part, costs only what is left of it); then fewer breaks. So a break is
 * postponed past a visit while it can still start in its window after it, and taken earlier where waiting absorbs
 * some of it or postponing would make it (or the visit) late.
 * After the last visit a pending break whose latest start comes before the caregiver would be back is taken before
 * leaving or on the way back; the remaining ones fall after the route, one after the other from the return, and do
 * not change it. A break starts after its latest start only when the route leaves no other choice; that lateness, of
 * breaks during the route and after it (with overlapping break windows a later break can be late after the route
 * too), is the hard {@code break-window} penalty. The choice looks one visit ahead; it is compared with exhaustive
 * placement in {@code FloatingBreaksTest}.
 *
 * <p>
 * <b>Continuous work.</b> Driving and service are work; breaks, and waiting when the law says so, are rest. The
 * state carried from visit to visit packs the number of breaks taken, the seconds of work since the last qualifying
 * rest and whether a first part of a split rest was taken (see {@link #pack}).
 */
public final class WorkingDay {

    /** {@link #visit} output: arrival at the visit (after breaks taken before leaving the previous place). */
    public static final int ARRIVAL = 0;
    /** {@link #visit} output: end of the service. */
    public static final int END = 1;
    /** Output: the packed state after the visit ({@link #visit}) or after the route ({@link #routeEnd}). */
    public static final int STATE = 2;
    /** Output: seconds the breaks taken in this step start after their latest start. */
    public static final int BREAK_LATENESS = 3;
    /** Output: seconds of work in this step beyond the continuous-work limit. */
    public static final int WORK_EXCESS = 4;
    /** {@link #visit} output: seconds of breaks taken on arrival, before the service. */
    public static final int ARRIVAL_BREAK_SECONDS = 5;
    /** {@link #routeEnd} output: back at the end location (end of the last visit or its breaks for open ends). */
    public static final int RETURN_TIME = 6;
    /** {@link #visit} output: when the service would start for this caregiver alone (see {@link StepSink#step}). */
    public static final int SOLO_START = 7;

    private static final int BREAK_BITS = 8;
    private static final long BREAK_MASK = (1L << BREAK_BITS) - 1;
    /** Bits 8..23 of the state: which breaks were missed (at most 16 breaks per shift). */
    private static final long MISSED_MASK = 0xFFFFL;
    /** The state above this bit: work seconds since the last qualifying rest, shifted by one, and a first-part bit. */
    private static final int CW_SHIFT = 24;

    /** {@link BreakLog#taken} place: at the previous place (or the shift's start location), before leaving it. */
    public static final int BEFORE_LEAVING = 0;
    /** {@link BreakLog#taken} place: on the way, where the caregiver is when the break's window opens. */
    public static final int ON_THE_WAY = 1;
    /** {@link BreakLog#taken} place: at the visit, on arrival, before the service. */
    public static final int ON_ARRIVAL = 2;

    /** Receives each break as it is placed (plan output); {@code null} on the score path. */
    public interface BreakLog {

        /**
         * @param place
         *            {@link #BEFORE_LEAVING}, {@link #ON_THE_WAY} or {@link #ON_ARRIVAL}
         */
        void taken(int breakIndex, long start, long end, int place);

        /** A break still pending after the route, taken after the return at the earliest moment it may start. */
        default void afterRoute(int breakIndex, long start, long end) {
        }
    }

    /** Receives every value of one {@link #visit} step at once (no allocation on the score path). */
    public interface StepSink {

        /**
         * @param soloStart
         *            when the service would start for this caregiver alone (after breaks on arrival, windows, preferred
         *            window and pin); {@code end - duration} is later only while the caregiver waits for the other
         *            parts of a visit served by several caregivers
         */
        void step(long arrival, long end, long state, long breakLateness, long workExcess, long arrivalBreakSeconds,
                long soloStart);
    }

    private WorkingDay() {
    }

    /**
     * Packs the state: breaks passed (taken or missed), work since the last qualifying rest, and whether a first part
     * was taken; no break missed.
     */
    public static long pack(int breaksTaken, long workSeconds, boolean firstPartTaken) {
        return (workSeconds << (CW_SHIFT + 1)) | (firstPartTaken ? 1L << CW_SHIFT : 0) | breaksTaken;
    }

    /** Breaks passed: taken, or missed ({@link #missedBreaks}). */
    public static int breaksTaken(long state) {
        return (int) (state & BREAK_MASK);
    }

    public static long workSeconds(long state) {
        return state >>> (CW_SHIFT + 1);
    }

    /** How many missable breaks were missed (in the state after a route: those after the return included). */
    public static int missedBreaks(long state) {
        return Long.bitCount(state >>> BREAK_BITS & MISSED_MASK);
    }

    private static long state(long cw, long missed, int k) {
        return cw << CW_SHIFT | missed << BREAK_BITS | k;
    }

    /**
     * One visit of a route: breaks before leaving the previous place, the drive, breaks on arrival, the service; one
     * value, for tests and one-off callers (it allocates; {@link RouteTiming} drives routes without).
     *
     * @param previousEnd
     *            when the previous service ended (the shift start for the first visit)
     * @param travel
     *            seconds of driving from the previous place
     * @param previousState
     *            the state after the previous visit (0 for the first)
     * @param output
     *            which value to return: {@link #ARRIVAL}, {@link #END}, {@link #STATE}, {@link #BREAK_LATENESS},
     *            {@link #WORK_EXCESS} or {@link #ARRIVAL_BREAK_SECONDS}
     */
    public static long visit(WorkingDayRules rules, CareVisit visit, long previousEnd, long travel,
            long previousState, int output, BreakLog log) {
        RouteTiming step = new RouteTiming();
        visit(rules, visit, previousEnd, travel, previousState, step, log);
        return switch (output) {
            case ARRIVAL -> step.arrival();
            case END -> step.end();
            case STATE -> step.state();
            case BREAK_LATENESS -> step.breakLateness();
            case WORK_EXCESS -> step.workExcess();
            case ARRIVAL_BREAK_SECONDS -> step.arrivalBreakSeconds();
            case SOLO_START -> step.soloStart();
            default -> throw new IllegalArgumentException("output " + output);
        };
    }

    /**
     * As {@link #visit(WorkingDayRules, CareVisit, long, long, long, int, BreakLog)}, every value into {@code sink}.
     */
    public static void visit(WorkingDayRules rules, CareVisit visit, long previousEnd, long travel,
            long previousState, StepSink sink, BreakLog log) {
        visit(rules, visit, previousEnd, travel, previousState, Long.MIN_VALUE, sink, log);
    }

    /**
     * As {@link #visit(WorkingDayRules, CareVisit, long, long, long, StepSink, BreakLog)} for one part of a visit
     * served by several caregivers: the service starts no earlier than {@code syncStart}, the synchronised start of
     * all parts ({@link PartTiming}). Breaks on arrival are decided as for the caregiver alone (so that each part's
     * {@code soloStart} does not depend on the others); waiting for the other caregivers is waiting (rest when the
     * continuous-work law counts waiting as rest).
     */
    public static void visit(WorkingDayRules rules, CareVisit visit, long previousEnd, long travel,
            long previousState, long syncStart, StepSink sink, BreakLog log) {
        visit(rules, visit, previousEnd, previousEnd, travel, previousState, syncStart, sink, log);
    }

    /**
     * As {@link #visit(WorkingDayRules, CareVisit, long, long, long, long, StepSink, BreakLog)} for a caregiver free at
     * {@code free} who may not depart before {@code departure} (the re-planning departure rule,
     * {@link CareVisit#departureAfter}): a held break ({@link WorkingDayRules#isHeld}) that started before the
     * departure is taken where the caregiver is, at its published start, and the caregiver leaves at the later of
     * its end and the departure; every other break and the drive come after the departure.
     */
    public static void visit(WorkingDayRules rules, CareVisit visit, long free, long departure, long travel,
            long previousState, long syncStart, StepSink sink, BreakLog log) {
        long previousEnd = free;
        int pending = rules.breakCount() - breaksTaken(previousState);
        int take = 0;
        boolean miss = false;
        if (pending > 0) {
            long bestCost = step(rules, visit, previousEnd, departure, travel, previousState, 0, false, syncStart,
                    COST, null, null);
            long bestEnd = Long.MIN_VALUE;
            int variants = rules.hasMissableBreaks() ? 2 : 1;
            for (int m = 1; m <= pending; m++) {
                for (int variant = 0; variant < variants; variant++) {
                    boolean missing = variant == 1;
                    long cost = step(rules, visit, previousEnd, departure, travel, previousState, m, missing,
                            syncStart, COST, null, null);
                    if (cost > bestCost) {
                        continue;
                    }
                    if (bestEnd == Long.MIN_VALUE) {
                        bestEnd = step(rules, visit, previousEnd, departure, travel, previousState, take, miss,
                                syncStart, SOLO_END, null, null);
                    }
                    long end = step(rules, visit, previousEnd, departure, travel, previousState, m, missing,
                            syncStart, SOLO_END, null, null)
                            - takenSeconds(rules, breaksTaken(previousState), m,
                                    missing);
                    // a lower cost wins; at equal cost the earlier end less the breaks taken (a break that waiting
                    // absorbs, even in part, is taken), and at an equal value fewer breaks (postponed)
                    if (cost < bestCost || end < bestEnd && !missing) {
                        bestCost = cost;
                        bestEnd = end;
                        take = m;
                        miss = missing;
                    }
                }
            }
        }
        step(rules, visit, previousEnd, departure, travel, previousState, take, miss, syncStart, -1, sink, log);
    }

    private static long takenSeconds(WorkingDayRules rules, int from, int count, boolean missing) {
        long seconds = 0;
        for (int k = from; k < from + count; k++) {
            if (!(missing && rules.isMissable(k))) {
                seconds += rules.breakDuration[k];
            }
        }
        return seconds;
    }

    /** {@link #step} output: the step's cost (see {@link #step}). */
    private static final int COST = 0;
    /** {@link #step} output: end of the service for the caregiver alone. */
    private static final int SOLO_END = 1;
    /** The cost's unit for one missed break, below one hard second. */
    private static final int MISSED_BITS = 5;

    /**
     * One visit with exactly {@code take} of the pending breaks passed on the way to it. Each is taken as early as
     * its window allows from the moment the caregiver is free: before leaving the previous place when its window is
     * open, at the visit (on arrival) when it opens later or during the drive (on the way only where arriving first
     * would start it late); the rest of the
     * drive follows it. A missable break is missed instead when it would start after its latest start, or, with
     * {@code missing}, always.
     *
     * @param output
     *            {@link #COST}: hard seconds of this choice (breaks started late, continuous work beyond the limit,
     *            the service starting after the visit's last window or its pinned start, and how late the next
     *            pending break would start at the earliest, right after the service), shifted left by
     *            {@link #MISSED_BITS}, plus the breaks missed (the next pending one included when it is missable and
     *            could start only late); {@link #SOLO_END}: end of the service for the caregiver alone; anything else:
     *            every value into {@code sink}
     */
    private static long step(WorkingDayRules rules, CareVisit visit, long previousEnd, long departure, long travel,
            long previousState, int take, boolean missing, long syncStart, int output, StepSink sink, BreakLog log) {
        int k = breaksTaken(previousState);
        boolean law = rules.maxContinuousWork > 0;
        long cw = previousState >>> CW_SHIFT; // work << 1 | firstPart
        long missed = previousState >>> BREAK_BITS & MISSED_MASK;
        int missedNow = 0;
        long late = 0;
        long excess = 0;
        long t = previousEnd;
        long remaining = travel;
        long arrival = Long.MIN_VALUE;
        long breakSeconds = 0;
        for (int j = 0; j < take; j++, k++) {
            // a held break that started before the departure is taken where the caregiver is, before leaving
            boolean heldBefore = arrival == Long.MIN_VALUE && rules.isHeld(k)
                    && rules.breakEarliestStart[k] < departure;
            if (!heldBefore && t < departure) {
                t = departure;
            }
            long start = Math.max(t, rules.breakEarliestStart[k]);
            if (!heldBefore && arrival == Long.MIN_VALUE && start > t && start < t + remaining
                    && t + remaining <= rules.breakLatestStart[k]) {
                start = t + remaining; // at the visit rather than on the way while that keeps it in its window
            }
            if (rules.isMissable(k) && (missing || start > rules.breakLatestStart[k])) {
                missed |= 1L << k;
                missedNow++;
                continue;
            }
            long duration = rules.breakDuration[k];
            boolean atArrival = !heldBefore && (arrival != Long.MIN_VALUE || start >= t + remaining);
            if (arrival == Long.MIN_VALUE) {
                long driven = heldBefore ? 0 : atArrival ? remaining : start - t;
                if (law) {
                    excess += excess(rules, cw, driven);
                    cw += driven << 1;
                }
                remaining -= driven;
                if (atArrival) {
                    arrival = t + driven;
                }
            }
            late += Math.max(0, start - rules.breakLatestStart[k]);
            if (law && !(atArrival && rules.waitingIsRest)) {
                cw = rest(rules, cw, duration);
            }
            if (log != null) {
                log.taken(k, start, start + duration,
                        atArrival ? ON_ARRIVAL : start > t && !heldBefore ? ON_THE_WAY : BEFORE_LEAVING);
            }
            if (atArrival) {
                breakSeconds += duration;
            }
            t = start + duration;
        }
        if (arrival == Long.MIN_VALUE) {
            t = Math.max(t, departure);
            if (law) {
                excess += excess(rules, cw, remaining);
                cw += remaining << 1;
            }
            arrival = t + remaining;
            t = arrival;
        }
        long service = visit.facts().duration();
        long soloStart = visit.facts().serviceStartFor(t);
        if (output == COST) {
            long[] ends = visit.facts().windowEnds();
            long pinned = visit.facts().pinnedStart();
            long lateStart = pinned != CareVisit.UNSET
                    ? Math.max(0, soloStart - pinned)
                    : ends.length == 0 ? 0 : Math.max(0, soloStart - ends[ends.length - 1]);
            long next = k < rules.breakCount() ? Math.max(0, soloStart + service - rules.breakLatestStart[k]) : 0;
            if (next > 0 && rules.isMissable(k)) {
                next = 0;
                missedNow++;
            }
            if (law) {
                long rested = rules.waitingIsRest ? rest(rules, cw, soloStart - arrival) : cw;
                excess += excess(rules, rested, service);
            }
            return (late + excess + lateStart + next << MISSED_BITS) + missedNow;
        }
        if (output == SOLO_END) {
            return soloStart + service;
        }
        long serviceStart = Math.max(soloStart, syncStart);
        if (law) {
            if (rules.waitingIsRest) {
                cw = rest(rules, cw, serviceStart - arrival);
            }
            excess += excess(rules, cw, service);
            cw += service << 1;
        }
        sink.step(arrival, serviceStart + service, state(cw, missed, k), late, excess, breakSeconds, soloStart);
        return serviceStart + service;
    }

    /** Receives the values of one {@link #routeEnd} at once (no allocation on the score path). */
    public interface EndSink {

        /**
         * @param returnTime
         *            back at the end location (end of the last visit or its breaks for open ends)
         * @param state
         *            the packed state after the route
         * @param breakLateness
         *            seconds the breaks taken at the last visit, and those left for after the return, start after
         *            their latest start
         * @param workExcess
         *            seconds of the drive back beyond the continuous-work limit
         */
        void routeEnd(long returnTime, long state, long breakLateness, long workExcess);
    }

    /**
     * The end of a route after its last visit: breaks that cannot wait until the caregiver is back, then the drive
     * back; the breaks still pending are taken after the return, one after the other ({@link BreakLog#afterRoute}).
     *
     * @param lastEnd
     *            end of the last service
     * @param travel
     *            seconds of the drive back (0 for open ends)
     * @param state
     *            the state after the last visit
     */
    public static void routeEnd(WorkingDayRules rules, long lastEnd, long travel, long state, EndSink sink,
            BreakLog log) {
        int n = rules.breakCount();
        int k = breaksTaken(state);
        boolean law = rules.maxContinuousWork > 0;
        long cw = state >>> CW_SHIFT;
        long missed = state >>> BREAK_BITS & MISSED_MASK;
        long excess = 0;
        long late = 0;
        long t = lastEnd;
        long remaining = travel;
        while (k < n && t + remaining > rules.breakLatestStart[k]) {
            // not back before its latest start: before leaving when its window is open, else on the way back
            long start = Math.max(t, rules.breakEarliestStart[k]);
            if (rules.isMissable(k) && start > rules.breakLatestStart[k]) {
                missed |= 1L << k;
                k++;
                continue;
            }
            long driven = Math.min(start - t, remaining);
            long duration = rules.breakDuration[k];
            late += Math.max(0, start - rules.breakLatestStart[k]);
            if (law) {
                excess += excess(rules, cw, driven);
                cw += driven << 1;
                cw = rest(rules, cw, duration);
            }
            remaining -= driven;
            if (log != null) {
                log.taken(k, start, start + duration, driven > 0 ? ON_THE_WAY : BEFORE_LEAVING);
            }
            t = start + duration;
            k++;
        }
        long back = t + remaining;
        // with overlapping or nested break windows a later break's latest start can pass while the route still
        // waits for an earlier one, and then it is late even after the route (or missed, when it may be)
        long after = back;
        for (int j = k; j < n; j++) {
            long start = Math.max(after, rules.breakEarliestStart[j]);
            if (rules.isMissable(j) && start > rules.breakLatestStart[j]) {
                missed |= 1L << j;
                continue;
            }
            late += Math.max(0, start - rules.breakLatestStart[j]);
            after = start + rules.breakDuration[j];
            if (log != null) {
                log.afterRoute(j, start, after);
            }
        }
        sink.routeEnd(back, state(cw, missed, k), late, law ? excess + excess(rules, cw, remaining) : 0);
    }

    /**
     * One value of {@link #routeEnd(WorkingDayRules, long, long, long, EndSink, BreakLog)}, for tests and one-off
     * callers (it allocates).
     *
     * @param output
     *            {@link #RETURN_TIME}, {@link #STATE}, {@link #BREAK_LATENESS} or {@link #WORK_EXCESS}
     */
    public static long routeEnd(WorkingDayRules rules, long lastEnd, long travel, long state, int output,
            BreakLog log) {
        long[] values = new long[4];
        routeEnd(rules, lastEnd, travel, state, (back, after, late, excess) -> {
            values[0] = back;
            values[1] = after;
            values[2] = late;
            values[3] = excess;
        }, log);
        return switch (output) {
            case RETURN_TIME -> values[0];
            case STATE -> values[1];
            case BREAK_LATENESS -> values[2];
            case WORK_EXCESS -> values[3];
            default -> throw new IllegalArgumentException("output " + output);
        };
    }

    /** Seconds of break taken during the route, given the state after it (missed breaks take no time). */
    public static long breakSeconds(WorkingDayRules rules, long stateAfterRoute) {
        int k = breaksTaken(stateAfterRoute);
        return rules.breakSecondsBefore[k] - missedSeconds(rules, stateAfterRoute & ((1L << k) - 1) << BREAK_BITS);
    }

    /**
     * Seconds of the breaks taken after the return, given the state after the route (breaks still pending then, less
     * those missed).
     */
    public static long breakSecondsAfterRoute(WorkingDayRules rules, long stateAfterRoute) {
        int k = breaksTaken(stateAfterRoute);
        return rules.breakSecondsBefore[rules.breakCount()] - rules.breakSecondsBefore[k] - missedSeconds(rules,
                stateAfterRoute & -(1L << k) << BREAK_BITS);
    }

    /** Total duration of the breaks whose missed bits are set in {@code state} (other fields ignored). */
    private static long missedSeconds(WorkingDayRules rules, long state) {
        long seconds = 0;
        for (long missed = state >>> BREAK_BITS & MISSED_MASK; missed != 0; missed &= missed - 1) {
            seconds += rules.breakDuration[Long.numberOfTrailingZeros(missed)];
        }
        return seconds;
    }

    /** A rest of {@code piece} seconds: resets the work count if it qualifies, or counts as a first part. */
    private static long rest(WorkingDayRules rules, long cw, long piece) {
        if (piece >= rules.rest) {
            return 0;
        }
        if (rules.restFirstPart > 0) {
            boolean firstPartTaken = (cw & 1) != 0;
            if (firstPartTaken && piece >= rules.rest - rules.restFirstPart) {
                return 0;
            }
            if (piece >= rules.restFirstPart) {
                return cw | 1;
            }
        }
        return cw;
    }

    /** Seconds of {@code work} more beyond the limit. */
    private static long excess(WorkingDayRules rules, long cw, long work) {
        long before = cw >>> 1;
        long limit = rules.maxContinuousWork;
        return Math.max(0, before + work - limit) - Math.max(0, before - limit);
    }
}
