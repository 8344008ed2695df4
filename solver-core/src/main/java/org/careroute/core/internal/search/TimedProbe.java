package org.careroute.core.internal.search;

import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * The search's hard-rule probes of one route of {@link SearchRoutes}: the violation seconds from a position on, with
 * or without a visit inserted there, driven with the one route timing ({@link RouteTiming}) on timed routes and with
 * travel and windows alone on the others. For placing mandatory visits where no insertion is free of violations and
 * for refusing insertions that break a working-day rule.
 */
final class TimedProbe {

    private final SearchRoutes routes;
    private final RouteTiming timing = new RouteTiming();

    TimedProbe(SearchRoutes routes) {
        this.routes = routes;
    }

    /**
     * Hard violation seconds (lateness, shift end with its overtime allowance, and on timed routes late breaks,
     * continuous work, working time, parts not ready) that inserting the visit before {@code position} adds to route
     * {@code r}; for placing a mandatory visit where no insertion is free of violations.
     */
    long addedViolation(int r, int visit, int position) {
        return violationFrom(r, visit, position) - violationFrom(r, -1, position);
    }

    /** The route's violation seconds from {@code position} on, with {@code inserted} there ({@code -1}: none). */
    long violationFrom(int r, int inserted, int position) {
        int[] location = routes.facts.location;
        long[] duration = routes.facts.duration;
        long[] deadline = routes.facts.deadline;
        CareShift shift = routes.shifts[r];
        WorkingDayRules rules = shift.getRules();
        DenseTravelMatrix matrix = routes.travel[r];
        int[] visitsOfRoute = routes.route[r];
        boolean timedRoute = routes.timed[r];
        long time = position == 0 ? shift.getStart() : routes.serviceEnd[r][position - 1];
        long state = position == 0 || !timedRoute ? 0 : routes.dayState[r][position - 1];
        int at = position == 0 ? shift.getStartLocation() : location[visitsOfRoute[position - 1]];
        CareVisit before = position == 0 ? null : routes.visits[visitsOfRoute[position - 1]];
        long violation = 0;
        int count = routes.size[r] - position + (inserted < 0 ? 0 : 1);
        for (int k = 0; k < count; k++) {
            int v = inserted < 0 ? visitsOfRoute[position + k] : k == 0 ? inserted : visitsOfRoute[position + k - 1];
            if (timedRoute) {
                timing.visit(shift, before, time, state, routes.visits[v], routes.syncStart[v]);
                violation += timing.violation(duration[v], deadline[v], routes.syncStart[v]);
                time = timing.end();
                state = timing.state();
            } else {
                time = RouteTiming.departure(shift, before, routes.visits[v], time);
                long start = routes.serviceStart(v, time + matrix.durationSeconds(at, location[v]));
                if (routes.syncStart[v] != CareVisit.UNSET && routes.syncStart[v] > start) {
                    start = routes.syncStart[v];
                }
                violation += Math.max(0, start - deadline[v]);
                time = start + duration[v];
            }
            at = location[v];
            before = routes.visits[v];
        }
        if (count == 0 && position == 0) {
            return 0;
        }
        if (timedRoute) {
            return violation + timing.end(shift, at, time, state).endViolation();
        }
        long back = shift.hasOpenEnd() ? time : time + matrix.durationSeconds(at, shift.getEndLocation());
        return violation + Math.max(0, back - shift.getEnd() - rules.getOvertimeAllowance());
    }

    /**
     * Drives timed route {@code r} with the visit inserted before {@code position}, from there until the times and
     * the working-day state meet the old route's again, and tells whether the route's hard violation seconds from
     * {@code position} on do not grow.
     */
    boolean timedInsertionKeepsRules(int r, int visit, int position) {
        int[] location = routes.facts.location;
        long[] duration = routes.facts.duration;
        long[] deadline = routes.facts.deadline;
        CareShift shift = routes.shifts[r];
        int[] visitsOfRoute = routes.route[r];
        long budget = routes.violationFrom[r][position];
        long time = position == 0 ? shift.getStart() : routes.serviceEnd[r][position - 1];
        long state = position == 0 ? 0 : routes.dayState[r][position - 1];
        CareVisit before = position == 0 ? null : routes.visits[visitsOfRoute[position - 1]];
        timing.visit(shift, before, time, state, routes.visits[visit], routes.syncStart[visit]);
        long added = timing.violation(duration[visit], deadline[visit], routes.syncStart[visit]);
        if (added > budget) {
            return false;
        }
        time = timing.end();
        state = timing.state();
        int at = location[visit];
        before = routes.visits[visit];
        for (int i = position; i < routes.size[r]; i++) {
            int v = visitsOfRoute[i];
            timing.visit(shift, before, time, state, routes.visits[v], routes.syncStart[v]);
            added += timing.violation(duration[v], deadline[v], routes.syncStart[v]);
            if (timing.end() == routes.serviceEnd[r][i] && timing.state() == routes.dayState[r][i]) {
                return added + routes.violationFrom[r][i + 1] <= budget;
            }
            if (added > budget) {
                return false;
            }
            time = timing.end();
            state = timing.state();
            at = location[v];
            before = routes.visits[v];
        }
        return added + timing.end(shift, at, time, state).endViolation() <= budget;
    }
}
