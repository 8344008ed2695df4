package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.WorkTerms;

/**
 * The caregiver's working day of one recomputed route: compares the plan's breaks with the simulated ones,
 * checks break windows, the continuous-work law and the maximum working time, and records overtime and caregiver
 * cost; {@link #fairness} adds the workload balance over all routes.
 */
final class WorkingDayCheck {

    private final Verification verification;
    private final Caregiver caregiver;
    private final Shift shift;
    private final ShiftPlan shiftPlan;
    private final RouteSimulation.Route route;
    private final TimeText text;

    WorkingDayCheck(Verification verification, Caregiver caregiver, Shift shift, ShiftPlan shiftPlan,
            RouteSimulation.Route route) {
        this.verification = verification;
        this.caregiver = caregiver;
        this.shift = shift;
        this.shiftPlan = shiftPlan;
        this.route = route;
        this.text = verification.text();
    }

    void run() {
        compareBreaks();
        List<RouteSimulation.Stop> stops = route.stops();
        if (stops.isEmpty()) {
            return;
        }
        String last = stops.getLast().visit().id();
        for (RouteSimulation.TakenBreak taken : route.breaks()) {
            if (taken.lateness() > 0) {
                verification.rule(CareConstraint.BREAK_WINDOW, shift.id(), taken.visitId(), taken.lateness(),
                        "Break " + taken.index() + " of shift " + shift.id() + " starts " + text.instant(taken
                                .start()) + ", " + text.duration(taken.lateness()) + " after its latest start ("
                                + text.clock(shift.rules().breaks().get(taken.index()).latestStart()
                                        .getEpochSecond(), taken.start())
                                + "); the route leaves no earlier moment for it.");
            }
        }
        if (!route.missedBreaks().isEmpty()) {
            List<String> which = new ArrayList<>();
            for (int index : route.missedBreaks()) {
                which.add(String.valueOf(index));
            }
            verification.softCost(CareConstraint.MISSED_BREAK, shift.id(), last, route.missedBreaks().size(), "Shift "
                    + shift.id() + " misses break " + String.join(" and ", which) + ": it could start only after its"
                    + " latest start, or only by making a visit late, and may be missed.");
        }
        long workExcess = route.workExcess();
        if (workExcess > 0) {
            verification.rule(CareConstraint.CONTINUOUS_WORK, shift.id(), null, workExcess, "Caregiver "
                    + Verification.describe(caregiver) + " works " + text.duration(workExcess) + " in shift "
                    + shift.id() + " beyond " + text.duration(shift.rules().continuousWork().maxWork().toSeconds())
                    + " without a qualifying rest.");
        }
        if (shift.rules().maxWorkingTime() != null) {
            long max = shift.rules().maxWorkingTime().toSeconds();
            long over = Math.max(0, route.workingSeconds() - max);
            verification.rule(CareConstraint.MAX_WORKING_TIME, shift.id(), last, over, "Shift " + shift.id()
                    + " has " + text.duration(route.workingSeconds()) + " of working time, " + text.duration(over)
                    + " above its maximum of " + text.duration(max) + ".");
        }
        long overtime = caregiver.terms().maxOvertime().isZero() ? 0 : route.overtimeSeconds();
        verification.softCost(CareConstraint.OVERTIME, shift.id(), last, (overtime + 59) / 60, "Caregiver "
                + Verification.describe(caregiver) + " is back " + text.duration(overtime) + " after shift "
                + shift.id() + " was planned to end (overtime allowed: " + text.duration(caregiver.terms()
                        .maxOvertime().toSeconds())
                + ").");
        recordCosts();
    }

    /** Per visit the kilometres (the drive there, and back for the last), and on the last the hours. */
    private void recordCosts() {
        WorkTerms terms = caregiver.terms();
        long perKm = terms.centsPerKm();
        long perHour = terms.centsPerHour();
        if (perKm == 0 && perHour == 0) {
            return;
        }
        List<RouteSimulation.Stop> stops = route.stops();
        for (int i = 0; i < stops.size(); i++) {
            RouteSimulation.Stop stop = stops.get(i);
            boolean last = i == stops.size() - 1;
            long meters = stop.leg().meters() + (last ? route.returnLeg().meters() : 0);
            long cents = perKm * meters / 1000;
            String what = "Drive to " + stop.visit().id() + (last && route.returnLeg().meters() > 0 ? " and back" : "")
                    + ": " + text.distance(meters);
            if (last && perHour > 0) {
                cents += perHour * route.workingSeconds() / 3600;
                what += "; working time of shift " + shift.id() + ": " + text.duration(route.workingSeconds());
            }
            verification.softCost(CareConstraint.CAREGIVER_COST, shift.id(), stop.visit().id(), cents, what
                    + " (caregiver " + Verification.describe(caregiver) + ", " + terms.costPerHour() + " per hour, "
                    + terms.costPerKm() + " per km).");
        }
    }

    private void compareBreaks() {
        List<PlannedBreak> expected = new ArrayList<>();
        for (RouteSimulation.TakenBreak taken : route.breaks()) {
            expected.add(new PlannedBreak(taken.index(), Instant.ofEpochSecond(taken.start()), Instant.ofEpochSecond(
                    taken.end()), taken.visitId()));
        }
        if (!Objects.equals(expected, shiftPlan.breaks())) {
            verification.structure(shift.id(), null, "The breaks of shift " + shift.id() + " are " + describe(
                    shiftPlan.breaks()) + " in the plan but " + describe(expected) + " when recomputed.");
        }
    }

    private String describe(List<PlannedBreak> breaks) {
        if (breaks.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (PlannedBreak b : breaks) {
            parts.add("#" + b.breakIndex() + " " + text.instant(b.start()) + "-" + text.instant(b.end()) + (b
                    .visitId() == null ? "" : " at " + b.visitId()));
        }
        return String.join(", ", parts);
    }

    /**
     * Workload fairness over all routes: per team, the sum of squared deviations of the caregivers' workloads
     * (whole minutes of driving and service) from the team mean, every team member counted.
     */
    static void fairness(Verification verification, Problem problem, Map<String, Long> workloadSeconds) {
        Map<String, List<Caregiver>> teams = new LinkedHashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            if (caregiver.terms().hasTeam()) {
                teams.computeIfAbsent(caregiver.terms().team(), t -> new ArrayList<>()).add(caregiver);
            }
        }
        teams.forEach((team, members) -> {
            long n = members.size();
            long sum = 0;
            long sumOfSquares = 0;
            List<String> loads = new ArrayList<>();
            for (Caregiver member : members) {
                long minutes = workloadSeconds.getOrDefault(member.id(), 0L) / 60;
                sum += minutes;
                sumOfSquares += minutes * minutes;
                loads.add(member.id() + " " + minutes + " min");
            }
            long deviation = (n * sumOfSquares - sum * sum) / n;
            verification.softCost(CareConstraint.WORKLOAD_FAIRNESS, null, null, deviation, "Team " + team
                    + ": workloads " + String.join(", ", loads) + " (mean " + (sum / n)
                    + " min); squared deviation " + deviation + " min².");
        });
    }
}
