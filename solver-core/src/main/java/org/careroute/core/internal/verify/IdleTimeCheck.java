package org.careroute.core.internal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;

/**
 * The caregivers' idle time, recomputed from the simulated routes: per shift the waiting on the route (from the shift
 * start to the return, all that is not driving, service or a break) plus the time from the return to the shift end
 * less the breaks still due then; a shift without visits is idle but for its breaks. Records {@code idle-time} per
 * shift and {@code worst-caregiver-idle-time} for the caregiver with the most over all their shifts.
 */
final class IdleTimeCheck {

    private final Verification verification;
    private final Map<String, Idle> idleByShift = new HashMap<>();

    IdleTimeCheck(Verification verification) {
        this.verification = verification;
    }

    /** One shift's idle time: the waiting on the route and the time left after the return (and its breaks). */
    record Idle(long waiting, long afterReturn) {

        long total() {
            return waiting + afterReturn;
        }
    }

    /** The idle time of a recomputed route of {@code shift}. */
    static Idle of(Shift shift, RouteSimulation.Route route) {
        if (route.stops().isEmpty()) {
            return empty(shift);
        }
        long start = shift.start().getEpochSecond();
        long back = route.returnTime();
        long service = 0;
        for (RouteSimulation.Stop stop : route.stops()) {
            service += stop.visit().duration().toSeconds();
        }
        long inRoute = 0;
        long afterRoute = 0;
        for (RouteSimulation.TakenBreak taken : route.breaks()) {
            if (taken.end() > back) {
                afterRoute += taken.end() - taken.start();
            } else {
                inRoute += taken.end() - taken.start();
            }
        }
        long waiting = back - start - route.travelSeconds() - service - inRoute;
        return new Idle(waiting, Math.max(0, shift.end().getEpochSecond() - back - afterRoute));
    }

    /** A shift without visits: the whole shift but its breaks. */
    private static Idle empty(Shift shift) {
        long length = shift.end().getEpochSecond() - shift.start().getEpochSecond();
        long breaks = 0;
        for (ShiftBreak shiftBreak : shift.rules().breaks()) {
            breaks += shiftBreak.duration().toSeconds();
        }
        return new Idle(0, Math.max(0, length - breaks));
    }

    /** Keeps the idle time of a checked route (the first route of a shift counts, as for every other rule). */
    void record(Shift shift, Idle idle) {
        idleByShift.putIfAbsent(shift.id(), idle);
    }

    /** Records the matches of every shift of the problem (shifts the plan does not list have no visits). */
    void run(Problem problem) {
        TimeText text = verification.text();
        String worstCaregiver = null;
        long worst = 0;
        List<String> worstShifts = List.of();
        for (Caregiver caregiver : problem.caregivers()) {
            long total = 0;
            List<String> shifts = new ArrayList<>();
            for (Shift shift : caregiver.shifts()) {
                Idle idle = idleByShift.getOrDefault(shift.id(), empty(shift));
                total += idle.total();
                shifts.add(shift.id());
                verification.softCost(CareConstraint.IDLE_TIME, shift.id(), null, idle.total(), "Caregiver "
                        + Verification.describe(caregiver) + " is idle " + text.duration(idle.total()) + " in shift "
                        + shift.id() + ": " + text.duration(idle.waiting()) + " waiting on the route and " + text
                                .duration(idle.afterReturn())
                        + " after the return (and its breaks) before the shift"
                        + " ends.");
            }
            if (total > worst) {
                worst = total;
                worstCaregiver = Verification.describe(caregiver);
                worstShifts = shifts;
            }
        }
        verification.softCost(CareConstraint.WORST_CAREGIVER_IDLE_TIME, worstShifts.size() == 1
                ? worstShifts
                        .getFirst()
                : null, null, worst,
                "Caregiver " + worstCaregiver + " has the most idle time: " + text
                        .duration(worst) + " in shift" + (worstShifts.size() == 1 ? " " : "s ")
                        + String.join(", ",
                                worstShifts)
                        + ".");
    }
}
