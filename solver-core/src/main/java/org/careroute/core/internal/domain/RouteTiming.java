package org.careroute.core.internal.domain;

/**
 * The timing of a route, written once for the whole solver: how a caregiver leaves for a visit (the re-planning
 * departure rule), drives there, takes breaks and rests ({@link WorkingDay}), waits for the window, for the other
 * parts of a visit and for the visits it depends on (the synchronised start {@code sync}) and serves it; and how the
 * route ends (the drive back, breaks that cannot wait, the shift end with its overtime allowance, the maximum
 * working time). The shadow variables of {@link CareVisit}, the plan output, the construction and the search's
 * timed checks all drive routes with it; the verifier re-implements the same rules independently, on purpose.
 *
 * <p>
 * Static methods report into a {@link WorkingDay.StepSink} or {@link WorkingDay.EndSink} (the shadow variables memoise
 * into their own fields); an instance keeps the last step and the last route end for callers that drive routes in a
 * loop (one instance per route model, reused: nothing allocates).
 */
public final class RouteTiming implements WorkingDay.StepSink, WorkingDay.EndSink {

    private long drive;
    private long arrival;
    private long end;
    private long state;
    private long breakLateness;
    private long workExcess;
    private long arrivalBreakSeconds;
    private long soloStart;

    private CareShift endShift;
    private long returnTime;
    private long endState;
    private long endBreakLateness;
    private long endWorkExcess;

    /**
     * Whether routes of this shift are limited by working-day rules beyond windows and the plain shift end (breaks,
     * the continuous-work law, a maximum working time or an overtime allowance): then an insertion is checked by
     * driving the route with {@link #visit} and {@link #end}.
     */
    public static boolean checksWorkingDay(CareShift shift) {
        WorkingDayRules rules = shift.getRules();
        return rules.isTimed() || rules.hasMaxWorkingTime() || rules.getOvertimeAllowance() > 0;
    }

    /**
     * When the caregiver of {@code shift} leaves for {@code visit} after {@code before} ({@code null}: from the start
     * location), being free at {@code free}: see {@link VisitFacts#departureAfter}.
     */
    public static long departure(CareShift shift, CareVisit before, CareVisit visit, long free) {
        return visit.facts().departureAfter(shift, before == null ? null : before.facts(), free);
    }

    /** Seconds of driving to {@code visit} from {@code before} ({@code null}: from the shift's start location). */
    public static long drive(CareShift shift, CareVisit before, CareVisit visit) {
        int from = before == null ? shift.getStartLocation() : before.facts().location();
        return shift.getTravel().durationSeconds(from, visit.facts().location());
    }

    /** Arrival at {@code visit} leaving after {@code before} when free at {@code free}, before any break. */
    public static long plainArrival(CareShift shift, CareVisit before, CareVisit visit, long free) {
        return departure(shift, before, visit, free) + drive(shift, before, visit);
    }

    /**
     * Drives one visit of a route: the departure rule (with the held breaks of a re-planned route before it, see
     * {@link WorkingDay#visit(WorkingDayRules, CareVisit, long, long, long, long, long, WorkingDay.StepSink,
     * WorkingDay.BreakLog)}), breaks before leaving, the drive, breaks on arrival, waiting
     * for the windows and for {@code sync}, the service.
     *
     * @param before
     *            the previous visit of the route, {@code null} for the first
     * @param free
     *            when the previous service ended (the shift start for the first visit)
     * @param state
     *            the working-day state after the previous visit (0 for the first)
     * @param sync
     *            the start the caregiver waits for (the parts' common start or the dependencies' floor), or
     *            {@link Long#MIN_VALUE}
     */
    public static void visit(CareShift shift, CareVisit before, long free, long state, CareVisit visit, long sync,
            WorkingDay.StepSink sink, WorkingDay.BreakLog log) {
        WorkingDay.visit(shift.getRules(), visit, free, departure(shift, before, visit, free), drive(shift, before,
                visit), state, sync, sink, log);
    }

    /**
     * As {@link #visit(CareShift, CareVisit, long, long, CareVisit, long, WorkingDay.StepSink, WorkingDay.BreakLog)}
     * into this instance; returns it.
     */
    public RouteTiming visit(CareShift shift, CareVisit before, long free, long state, CareVisit visit, long sync,
            WorkingDay.BreakLog log) {
        drive = drive(shift, before, visit);
        WorkingDay.visit(shift.getRules(), visit, free, departure(shift, before, visit, free), drive, state, sync,
                this, log);
        return this;
    }

    /** As {@link #visit(CareShift, CareVisit, long, long, CareVisit, long, WorkingDay.BreakLog)} without a log. */
    public RouteTiming visit(CareShift shift, CareVisit before, long free, long state, CareVisit visit, long sync) {
        return visit(shift, before, free, state, visit, sync, null);
    }

    /**
     * The end of a route whose last visit is at {@code lastLocation} and ends at {@code lastEnd} with working-day
     * state {@code state}: breaks that cannot wait, the drive back (none for open ends), breaks after the return.
     */
    public static void end(CareShift shift, int lastLocation, long lastEnd, long state, WorkingDay.EndSink sink,
            WorkingDay.BreakLog log) {
        long back = shift.hasOpenEnd() ? 0 : shift.getTravel().durationSeconds(lastLocation, shift.getEndLocation());
        WorkingDay.routeEnd(shift.getRules(), lastEnd, back, state, sink, log);
    }

    /** As {@link #end(CareShift, int, long, long, WorkingDay.EndSink, WorkingDay.BreakLog)} into this instance. */
    public RouteTiming end(CareShift shift, int lastLocation, long lastEnd, long state, WorkingDay.BreakLog log) {
        endShift = shift;
        end(shift, lastLocation, lastEnd, state, this, log);
        return this;
    }

    /** As {@link #end(CareShift, int, long, long, WorkingDay.BreakLog)} without a log. */
    public RouteTiming end(CareShift shift, int lastLocation, long lastEnd, long state) {
        return end(shift, lastLocation, lastEnd, state, null);
    }

    /** Seconds the caregiver is back after the shift end and its overtime allowance. */
    public static long shiftOverrun(CareShift shift, long returnTime) {
        long limit = shift.getEnd() + shift.getRules().getOvertimeAllowance();
        return returnTime > limit ? returnTime - limit : 0;
    }

    /** Working time of a route: shift start to return, breaks taken during the route excluded. */
    public static long workingSeconds(CareShift shift, long returnTime, long stateAfterRoute) {
        return returnTime - shift.getStart() - WorkingDay.breakSeconds(shift.getRules(), stateAfterRoute);
    }

    /** Seconds of working time beyond the shift's maximum (0 without one). */
    public static long workingTimeExcess(CareShift shift, long workingSeconds) {
        WorkingDayRules rules = shift.getRules();
        return rules.hasMaxWorkingTime() ? Math.max(0, workingSeconds - rules.getMaxWorkingTime()) : 0;
    }

    @Override
    public void step(long arrival, long end, long state, long breakLateness, long workExcess,
            long arrivalBreakSeconds, long soloStart) {
        this.arrival = arrival;
        this.end = end;
        this.state = state;
        this.breakLateness = breakLateness;
        this.workExcess = workExcess;
        this.arrivalBreakSeconds = arrivalBreakSeconds;
        this.soloStart = soloStart;
    }

    @Override
    public void routeEnd(long returnTime, long state, long breakLateness, long workExcess) {
        this.returnTime = returnTime;
        this.endState = state;
        this.endBreakLateness = breakLateness;
        this.endWorkExcess = workExcess;
    }

    // ************************************************************************
    // The last visit step
    // ************************************************************************

    /** Seconds driven to the visit. */
    public long drive() {
        return drive;
    }

    public long arrival() {
        return arrival;
    }

    /** End of the service. */
    public long end() {
        return end;
    }

    /** The working-day state after the visit ({@link WorkingDay#pack}). */
    public long state() {
        return state;
    }

    public long breakLateness() {
        return breakLateness;
    }

    public long workExcess() {
        return workExcess;
    }

    /** Seconds of breaks taken on arrival, before the service. */
    public long arrivalBreakSeconds() {
        return arrivalBreakSeconds;
    }

    /** When the service would start for this caregiver alone (see {@link WorkingDay.StepSink#step}). */
    public long soloStart() {
        return soloStart;
    }

    /**
     * Hard violation seconds of the last step: the start after {@code deadline}, late breaks, continuous work beyond
     * the limit, and the caregiver not ready by the synchronised start {@code sync} ({@link Long#MIN_VALUE}: none).
     * Starts are {@code end() - duration}.
     */
    public long violation(long duration, long deadline, long sync) {
        long late = Math.max(0, end - duration - deadline);
        long notReady = sync != Long.MIN_VALUE && soloStart > sync ? soloStart - sync : 0;
        return late + breakLateness + workExcess + notReady;
    }

    // ************************************************************************
    // The last route end
    // ************************************************************************

    /** Back at the end location (for open ends: the end of the last visit or of its breaks). */
    public long returnTime() {
        return returnTime;
    }

    /** The working-day state after the route. */
    public long endState() {
        return endState;
    }

    /** Lateness of the breaks taken at the last visit and after the route. */
    public long endBreakLateness() {
        return endBreakLateness;
    }

    /** Continuous work beyond the limit on the drive back. */
    public long endWorkExcess() {
        return endWorkExcess;
    }

    /** Working time of the route (see {@link #workingSeconds(CareShift, long, long)}). */
    public long workingSeconds() {
        return workingSeconds(endShift, returnTime, endState);
    }

    /**
     * Hard violation seconds of the route's end: back after the shift end and its overtime allowance, late breaks,
     * continuous work on the drive back, working time beyond the maximum.
     */
    public long endViolation() {
        long violation = shiftOverrun(endShift, returnTime) + endBreakLateness + endWorkExcess;
        return endShift.getRules().hasMaxWorkingTime()
                ? violation + workingTimeExcess(endShift, workingSeconds())
                : violation;
    }
}
