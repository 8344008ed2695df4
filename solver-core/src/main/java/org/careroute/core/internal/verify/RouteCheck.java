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
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.internal.travel.LocationIndex;

/** Recomputes one route from its shift and the travel matrix and checks it against the plan and the rules. */
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
        long time = shiftStart;
        int location = locations.indexOf(shift.startLocation());
        long travelSeconds = 0;
        long distanceMeters = 0;
        long waitingSeconds = 0;
        long waitingMinutesCounted = 0;
        long demand = 0;
        int served = 0;
        List<PlannedVisit> plannedVisits = shiftPlan.visits();
        for (int position = 0; position < plannedVisits.size(); position++) {
            PlannedVisit planned = plannedVisits.get(position);
            Visit visit = verification.registerAssignment(shift.id(), position, planned.visitId());
            if (visit == null) {
                continue;
            }
            int to = locations.indexOf(visit.location());
            Leg leg = new Leg(matrix.durationSeconds(location, to), matrix.distanceMeters(location, to));
            long arrival = time + leg.seconds();
            long start = serviceStart(visit, arrival);
            long end = start + visit.duration().toSeconds();
            long waiting = start - arrival;
            compareVisit(position, planned, leg, arrival, start, end, waiting);
            checkSkills(visit);
            travelSeconds += leg.seconds();
            distanceMeters += leg.meters();
            waitingSeconds += waiting;
            if (served > 0) {
                waitingMinutesCounted += waiting / 60;
            }
            demand += visit.demand();
            served++;
            time = end;
            location = to;
        }
        Leg returnLeg = Leg.NONE;
        long returnTime = shiftStart;
        if (served > 0) {
            if (!shift.hasOpenEnd()) {
                int end = locations.indexOf(shift.endLocation());
                returnLeg = new Leg(matrix.durationSeconds(location, end), matrix.distanceMeters(location, end));
            }
            returnTime = time + returnLeg.seconds();
        }
        travelSeconds += returnLeg.seconds();
        distanceMeters += returnLeg.meters();
        compareReturn(returnLeg, returnTime, travelSeconds, distanceMeters);
        checkShiftEnd(served, returnTime);
        checkCapacity(demand);
        return new Verification.RouteResult(served, travelSeconds, distanceMeters, waitingSeconds,
                waitingMinutesCounted);
    }

    /** Starts on arrival inside a window, waits for the next window, or starts late after the last one. */
    private long serviceStart(Visit visit, long arrival) {
        List<TimeWindow> windows = visit.timeWindows();
        if (windows.isEmpty()) {
            return arrival;
        }
        for (TimeWindow window : windows) {
            long windowStart = window.start().getEpochSecond();
            long windowEnd = window.end().getEpochSecond();
            if (arrival <= windowEnd) {
                return Math.max(arrival, windowStart);
            }
        }
        long lastEnd = windows.get(windows.size() - 1).end().getEpochSecond();
        long late = arrival - lastEnd;
        verification.rule(CareConstraint.VISIT_TIME_WINDOW, shift.id(), visit.id(), late, "Visit "
                + Verification.describe(visit) + " starts " + text.instant(arrival) + ", " + text.duration(late)
                + " after its last window ends (" + text.clock(lastEnd, arrival) + ").");
        return arrival;
    }

    private void compareVisit(int position, PlannedVisit planned, Leg leg, long arrival, long start, long end,
            long waiting) {
        List<String> differences = new ArrayList<>();
        compareTime(differences, "arrival", planned.arrival(), arrival);
        compareTime(differences, "start", planned.start(), start);
        compareTime(differences, "end", planned.end(), end);
        if (planned.waitingSeconds() != waiting) {
            differences.add("waiting is " + text.duration(planned.waitingSeconds()) + " in the plan but "
                    + text.duration(waiting) + " when recomputed");
        }
        compareLeg(differences, "the drive there", planned.travelFromPrevious(), leg);
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

    private void checkSkills(Visit visit) {
        Set<String> missing = new TreeSet<>(visit.requiredSkills());
        missing.removeAll(caregiver.skills());
        if (!missing.isEmpty()) {
            verification.rule(CareConstraint.REQUIRED_SKILLS, shift.id(), visit.id(), missing.size(), "Visit "
                    + Verification.describe(visit) + " needs " + String.join(", ", missing) + ", which caregiver "
                    + Verification.describe(caregiver) + " of shift " + shift.id() + " lacks.");
        }
    }

    private void checkShiftEnd(int served, long returnTime) {
        long shiftEnd = shift.end().getEpochSecond();
        if (served == 0 || returnTime <= shiftEnd) {
            return;
        }
        long over = returnTime - shiftEnd;
        String what = shift.hasOpenEnd() ? "finishes the last visit at " : "is back at the end location at ";
        verification.rule(CareConstraint.SHIFT_END, shift.id(), null, over, "Caregiver " + Verification.describe(
                caregiver) + " " + what + text.instant(returnTime) + ", " + text.duration(over)
                + " after shift " + shift.id() + " ends (" + text.clock(shiftEnd, returnTime) + ").");
    }

    private void checkCapacity(long demand) {
        long capacity = caregiver.capacity();
        if (capacity == Caregiver.UNLIMITED_CAPACITY || demand <= capacity) {
            return;
        }
        verification.rule(CareConstraint.SHIFT_CAPACITY, shift.id(), null, demand - capacity, "Shift " + shift.id()
                + " of caregiver " + Verification.describe(caregiver) + " carries a demand of " + demand + ", "
                + (demand - capacity) + " above the capacity of " + capacity + ".");
    }
}
