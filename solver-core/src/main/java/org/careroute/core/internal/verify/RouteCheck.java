package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.internal.travel.LocationIndex;

/**
 * Recomputes one route from its shift and the travel matrix ({@link RouteSimulation}) and checks it against the plan
 * and the rules.
 */
final class RouteCheck {

    private final Verification verification;
    private final Caregiver caregiver;
    private final Shift shift;
    private final ShiftPlan shiftPlan;
    private final TimeText text;
    private final TravelMatrix matrix;
    private final LocationIndex locations;

    RouteCheck(Verification verification, Caregiver caregiver, Shift shift, ShiftPlan shiftPlan) {
        this.verification = verification;
        this.caregiver = caregiver;
        this.shift = shift;
        this.shiftPlan = shiftPlan;
        this.text = verification.text();
        this.matrix = verification.travelMatrices().forMode(caregiver.transportMode());
        this.locations = verification.travelMatrices().locationIndex();
    }

    Verification.RouteResult run() {
        long shiftStart = shift.start().getEpochSecond();
        if (!Objects.equals(shiftPlan.departure(), shift.start())) {
            verification.structure(shift.id(), null, "The route of shift " + shift.id() + " departs at "
                    + text.instant(shiftPlan.departure()) + " in the plan, but the shift starts at "
                    + text.instant(shiftStart) + ".");
        }
        List<PlannedVisit> plannedVisits = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        for (int position = 0; position < shiftPlan.visits().size(); position++) {
            PlannedVisit planned = shiftPlan.visits().get(position);
            Visit visit = verification.registerAssignment(shift.id(), position, planned.visitId(), planned.part());
            if (visit != null) {
                plannedVisits.add(planned);
                positions.add(position);
                visits.add(visit);
                parts.add(Verification.partOf(visit, planned.part()));
            }
        }
        RouteSimulation.Route route = new RouteSimulation(matrix, locations).simulate(caregiver, shift, visits,
                parts, verification.partsArrival(), verification.release());
        List<RouteSimulation.Stop> stops = route.stops();
        for (int i = 0; i < stops.size(); i++) {
            RouteSimulation.Stop stop = stops.get(i);
            compareVisit(positions.get(i), plannedVisits.get(i), stop);
            verification.recordService(shift.id(), caregiver, stop, plannedVisits.get(i));
            checkTimeWindow(stop);
            checkSkills(stop);
            boolean last = i == stops.size() - 1;
            recordCosts(stop, last ? route.returnLeg() : Leg.NONE);
            if (i == 0) {
                verification.softCost(CareConstraint.FIRST_VISIT_WAITING, shift.id(), stop.visit().id(), stop
                        .waitingSeconds() / 60, "Wait " + text.duration(stop.waitingSeconds()) + " at "
                                + stop.visit().id() + ", the first visit, after leaving at the shift start.");
            }
        }
        compareReturn(route.returnLeg(), route.returnTime(), route.travelSeconds(), route.distanceMeters());
        checkShiftEnd(route);
        checkCapacity(route);
        new WorkingDayCheck(verification, caregiver, shift, shiftPlan, route).run();
        verification.idleTime().record(shift, IdleTimeCheck.of(shift, route));
        long workload = route.travelSeconds();
        for (RouteSimulation.Stop stop : stops) {
            workload += stop.visit().duration().toSeconds();
        }
        return new Verification.RouteResult(stops.size(), route.travelSeconds(), route.distanceMeters(),
                route.waitingSeconds(), route.waitingMinutesCounted(), workload, shiftStart, route.returnTime(), route
                        .overrun() > 0);
    }

    private void checkTimeWindow(RouteSimulation.Stop stop) {
        if (stop.lateness() == 0) {
            return;
        }
        Visit visit = stop.visit();
        long lastEnd = visit.timeWindows().get(visit.timeWindows().size() - 1).end().getEpochSecond();
        verification.rule(CareConstraint.VISIT_TIME_WINDOW, shift.id(), visit.id(), stop.lateness(), "Visit "
                + Verification.describe(visit) + " starts " + text.instant(stop.start()) + ", "
                + text.duration(stop.lateness()) + " after its last window ends (" + text.clock(lastEnd,
                        stop.start())
                + ").");
    }

    /** The soft costs of one stop, attributed like the solver does: the drive back counts on the last visit. */
    private void recordCosts(RouteSimulation.Stop stop, Leg returnLeg) {
        Visit visit = stop.visit();
        long seconds = stop.leg().seconds() + returnLeg.seconds();
        long meters = stop.leg().meters() + returnLeg.meters();
        String back = returnLeg.equals(Leg.NONE) ? "" : " and back";
        verification.cost(CareConstraint.TRAVEL_TIME, shift.id(), visit.id(), seconds, "Drive to " + visit.id()
                + back + ": " + text.duration(seconds) + ".");
        verification.cost(CareConstraint.TRAVEL_DISTANCE, shift.id(), visit.id(), meters, "Drive to " + visit
                .id() + back + ": " + text.distance(meters) + ".");
        verification.cost(CareConstraint.WAITING_TIME, shift.id(), visit.id(), stop.penalizedWaitingMinutes(),
                "Wait " + text.duration(stop.waitingSeconds()) + " at " + visit.id() + " for its window to open.");
    }

    private void compareVisit(int position, PlannedVisit planned, RouteSimulation.Stop stop) {
        List<String> differences = new ArrayList<>();
        compareTime(differences, "arrival", planned.arrival(), stop.arrival());
        compareTime(differences, "start", planned.start(), stop.start());
        compareTime(differences, "end", planned.end(), stop.end());
        if (planned.waitingSeconds() != stop.waitingSeconds()) {
            differences.add("waiting is " + text.duration(planned.waitingSeconds()) + " in the plan but "
                    + text.duration(stop.waitingSeconds()) + " when recomputed");
        }
        compareLeg(differences, "the drive there", planned.travelFromPrevious(), stop.leg());
        if (!differences.isEmpty()) {
            verification.structure(shift.id(), planned.visitId(), "Visit " + planned.visitId() + " (position "
                    + (position + 1) + " of shift " + shift.id() + "): " + String.join("; ", differences)
                    + ". The plan does not match its problem: was it edited or made for another version?");
        }
    }

    private void compareReturn(Leg returnLeg, long returnTime, long travelSeconds, long distanceMeters) {
        List<String> differences = new ArrayList<>();
        compareTime(differences, "return time", shiftPlan.returnTime(), returnTime);
        compareLeg(differences, "the drive back", shiftPlan.returnLeg(), returnLeg);
        if (shiftPlan.travelSeconds() != travelSeconds) {
            differences.add("travel is " + text.duration(shiftPlan.travelSeconds()) + " in the plan but " + text
                    .duration(travelSeconds) + " when recomputed");
        }
        if (shiftPlan.distanceMeters() != distanceMeters) {
            differences.add("distance is " + text.distance(shiftPlan.distanceMeters()) + " in the plan but " + text
                    .distance(distanceMeters) + " when recomputed");
        }
        if (!differences.isEmpty()) {
            verification.structure(shift.id(), null, "The route of shift " + shift.id() + ": " + String.join("; ",
                    differences) + ".");
        }
    }

    private void compareTime(List<String> differences, String field, Instant reported, long recomputed) {
        if (reported == null || reported.getNano() != 0 || reported.getEpochSecond() != recomputed) {
            differences.add(field + " is " + text.instant(reported) + " in the plan but " + text.instant(recomputed)
                    + " when recomputed");
        }
    }

    private void compareLeg(List<String> differences, String field, Leg reported, Leg recomputed) {
        if (!recomputed.equals(reported)) {
            differences.add(field + " is " + legText(reported) + " in the plan but " + legText(recomputed)
                    + " when recomputed");
        }
    }

    private String legText(Leg leg) {
        return leg == null ? "(missing)" : text.duration(leg.seconds()) + " / " + text.distance(leg.meters());
    }

    private void checkSkills(RouteSimulation.Stop stop) {
        Set<String> missing = new TreeSet<>(stop.missingSkills());
        Visit visit = stop.visit();
        if (!missing.isEmpty()) {
            verification.rule(CareConstraint.REQUIRED_SKILLS, shift.id(), visit.id(), missing.size(), "Visit "
                    + Verification.describe(visit) + " needs " + String.join(", ", missing) + ", which caregiver "
                    + Verification.describe(caregiver) + " of shift " + shift.id() + " lacks.");
        }
    }

    private void checkShiftEnd(RouteSimulation.Route route) {
        long over = route.overrun();
        if (over == 0) {
            return;
        }
        long shiftEnd = shift.end().getEpochSecond();
        long returnTime = route.returnTime();
        String what = shift.hasOpenEnd() ? "finishes the last visit at " : "is back at the end location at ";
        long allowance = caregiver.terms().maxOvertime().toSeconds();
        String limit = allowance == 0
                ? " after shift " + shift.id() + " ends (" + text.clock(shiftEnd, returnTime) + ")."
                : " after shift " + shift.id() + " ends (" + text.clock(shiftEnd, returnTime) + ") plus the "
                        + text.duration(allowance) + " of overtime allowed.";
        verification.rule(CareConstraint.SHIFT_END, shift.id(), null, over, "Caregiver " + Verification.describe(
                caregiver) + " " + what + text.instant(returnTime) + ", " + text.duration(over) + limit);
    }

    private void checkCapacity(RouteSimulation.Route route) {
        long excess = route.capacityExcess();
        if (excess == 0) {
            return;
        }
        verification.rule(CareConstraint.SHIFT_CAPACITY, shift.id(), null, excess, "Shift " + shift.id()
                + " of caregiver " + Verification.describe(caregiver) + " carries a demand of " + route.demand()
                + ", " + excess + " above the capacity of " + caregiver.capacity() + ".");
    }
}
