package org.careroute.core.internal.domain;

/**
 * The working-day rules of one shift flattened into primitives for the shadow variables and constraints: breaks
 * (sorted by earliest start), the continuous-work law, the maximum working time, the overtime allowance, costs and
 * team. Times are epoch seconds, durations seconds. Immutable.
 */
public final class WorkingDayRules {

    /** No rules: no breaks, working-time limits or costs; routes are timed by travel and windows alone. */
    public static final WorkingDayRules NONE = new WorkingDayRules(new long[0], new long[0], new long[0], 0, 0, 0,
            false, Long.MAX_VALUE, 0, 0, 0, null);

    final long[] breakEarliestStart;
    final long[] breakLatestStart;
    final long[] breakDuration;
    /** {@code breakSecondsBefore[k]}: total duration of breaks 0..k-1. */
    final long[] breakSecondsBefore;
    /**
     * Bit {@code k} set: break {@code k} may be missed at the soft {@code missed-break} cost instead of starting late.
     */
    final long missableMask;
    /**
     * Re-planning: bit {@code k} set when break {@code k} had started before the re-planning time in the published
     * plan; its window is then its published start alone ({@link #holding}).
     */
    final long heldMask;
    final long maxContinuousWork;
    final long rest;
    final long restFirstPart;
    final boolean waitingIsRest;
    private final long maxWorkingTime;
    private final long overtimeAllowance;
    private final long centsPerHour;
    private final long centsPerKm;
    private final CareTeam team;
    private final boolean timed;

    /**
     * @param maxContinuousWork
     *            0 when there is no continuous-work law
     * @param maxWorkingTime
     *            {@link Long#MAX_VALUE} for no limit
     */
    public WorkingDayRules(long[] breakEarliestStart, long[] breakLatestStart, long[] breakDuration,
            long maxContinuousWork, long rest, long restFirstPart, boolean waitingIsRest, long maxWorkingTime,
            long overtimeAllowance, long centsPerHour, long centsPerKm, CareTeam team) {
        this(breakEarliestStart, breakLatestStart, breakDuration, 0, maxContinuousWork, rest, restFirstPart,
                waitingIsRest, maxWorkingTime, overtimeAllowance, centsPerHour, centsPerKm, team);
    }

    /**
     * @param missableMask
     *            bit {@code k} set when break {@code k} may be missed (at the soft {@code missed-break} cost) rather
     *            than start after its latest start
     * @param maxContinuousWork
     *            0 when there is no continuous-work law
     * @param maxWorkingTime
     *            {@link Long#MAX_VALUE} for no limit
     */
    public WorkingDayRules(long[] breakEarliestStart, long[] breakLatestStart, long[] breakDuration,
            long missableMask, long maxContinuousWork, long rest, long restFirstPart, boolean waitingIsRest,
            long maxWorkingTime, long overtimeAllowance, long centsPerHour, long centsPerKm, CareTeam team) {
        this(breakEarliestStart, breakLatestStart, breakDuration, missableMask, 0, maxContinuousWork, rest,
                restFirstPart, waitingIsRest, maxWorkingTime, overtimeAllowance, centsPerHour, centsPerKm, team);
    }

    private WorkingDayRules(long[] breakEarliestStart, long[] breakLatestStart, long[] breakDuration,
            long missableMask, long heldMask, long maxContinuousWork, long rest, long restFirstPart,
            boolean waitingIsRest, long maxWorkingTime, long overtimeAllowance, long centsPerHour, long centsPerKm,
            CareTeam team) {
        this.missableMask = missableMask;
        this.heldMask = heldMask;
        this.breakEarliestStart = breakEarliestStart.clone();
        this.breakLatestStart = breakLatestStart.clone();
        this.breakDuration = breakDuration.clone();
        this.breakSecondsBefore = new long[breakDuration.length + 1];
        for (int k = 0; k < breakDuration.length; k++) {
            breakSecondsBefore[k + 1] = breakSecondsBefore[k] + breakDuration[k];
        }
        this.maxContinuousWork = maxContinuousWork;
        this.rest = rest;
        this.restFirstPart = restFirstPart;
        this.waitingIsRest = waitingIsRest;
        this.maxWorkingTime = maxWorkingTime;
        this.overtimeAllowance = overtimeAllowance;
        this.centsPerHour = centsPerHour;
        this.centsPerKm = centsPerKm;
        this.team = team;
        this.timed = breakDuration.length > 0 || maxContinuousWork > 0;
    }

    /**
     * Re-planning: these rules with the breaks whose bit is set in {@code mask} held at {@code starts[k]}, where they
     * started in the published plan before the re-planning time. A held break's window is that start alone (it
     * starts then or late, never earlier) and it cannot be missed; {@link WorkingDay} takes a held break that started
     * before the caregiver may depart before the departure ({@link #isHeld}).
     */
    public WorkingDayRules holding(long mask, long[] starts) {
        long[] earliest = breakEarliestStart.clone();
        long[] latest = breakLatestStart.clone();
        for (long m = mask; m != 0; m &= m - 1) {
            int k = Long.numberOfTrailingZeros(m);
            earliest[k] = starts[k];
            latest[k] = starts[k];
        }
        return new WorkingDayRules(earliest, latest, breakDuration, missableMask & ~mask, heldMask | mask,
                maxContinuousWork, rest, restFirstPart, waitingIsRest, maxWorkingTime, overtimeAllowance, centsPerHour,
                centsPerKm, team);
    }

    /** Whether break {@code k} had started before the re-planning time and keeps its published start. */
    public boolean isHeld(int k) {
        return (heldMask >>> k & 1) != 0;
    }

    /** Whether breaks or the continuous-work law take part in the route timing (else the plain timing applies). */
    public boolean isTimed() {
        return timed;
    }

    public int breakCount() {
        return breakDuration.length;
    }

    public long breakEarliestStart(int k) {
        return breakEarliestStart[k];
    }

    public long breakDuration(int k) {
        return breakDuration[k];
    }

    /** Whether break {@code k} may be missed at the soft {@code missed-break} cost instead of starting late. */
    public boolean isMissable(int k) {
        return (missableMask >>> k & 1) != 0;
    }

    /** Whether any break may be missed. */
    public boolean hasMissableBreaks() {
        return missableMask != 0;
    }

    public boolean hasContinuousWorkLaw() {
        return maxContinuousWork > 0;
    }

    public boolean hasMaxWorkingTime() {
        return maxWorkingTime != Long.MAX_VALUE;
    }

    public long getMaxWorkingTime() {
        return maxWorkingTime;
    }

    public long getOvertimeAllowance() {
        return overtimeAllowance;
    }

    public long getCentsPerHour() {
        return centsPerHour;
    }

    public long getCentsPerKm() {
        return centsPerKm;
    }

    public boolean hasCosts() {
        return centsPerHour > 0 || centsPerKm > 0;
    }

    /** The team, or {@code null}. */
    public CareTeam getTeam() {
        return team;
    }
}
