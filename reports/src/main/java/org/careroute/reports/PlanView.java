package org.careroute.reports;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.Visit;

/** A plan together with its problem: looks up the visits, shifts and caregivers a plan names, and formats times. */
final class PlanView {

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Problem problem;
    private final Plan plan;
    private final Map<String, Visit> visits = new LinkedHashMap<>();
    private final Map<String, Shift> shifts = new HashMap<>();
    private final Map<String, Caregiver> caregiverByShift = new HashMap<>();
    private final Map<String, Caregiver> caregivers = new HashMap<>();

    PlanView(Problem problem, Plan plan) {
        this.problem = problem;
        this.plan = plan;
        problem.visits().forEach(v -> visits.putIfAbsent(v.id(), v));
        for (Caregiver caregiver : problem.caregivers()) {
            caregivers.putIfAbsent(caregiver.id(), caregiver);
            for (Shift shift : caregiver.shifts()) {
                shifts.putIfAbsent(shift.id(), shift);
                caregiverByShift.putIfAbsent(shift.id(), caregiver);
            }
        }
    }

    Problem problem() {
        return problem;
    }

    Plan plan() {
        return plan;
    }

    /** The problem's visit with this id. */
    Visit visit(String id) {
        Visit visit = visits.get(id);
        if (visit == null) {
            throw new IllegalArgumentException("The plan names visit " + id + ", which is not in the problem; was the"
                    + " plan made for another problem? Run 'careroute verify' to check it.");
        }
        return visit;
    }

    Shift shift(String id) {
        Shift shift = shifts.get(id);
        if (shift == null) {
            throw new IllegalArgumentException("The plan names shift " + id + ", which is not in the problem; was the"
                    + " plan made for another problem? Run 'careroute verify' to check it.");
        }
        return shift;
    }

    Caregiver caregiverOfShift(String shiftId) {
        shift(shiftId);
        return caregiverByShift.get(shiftId);
    }

    /** A point in time as the problem writes times: ISO-8601 with offset in its zone, or seconds. */
    String time(Instant instant) {
        if (problem.timeFormat() == TimeFormat.NUMBER) {
            return Long.toString(instant.getEpochSecond());
        }
        return ISO_MINUTES.format(zoned(instant));
    }

    /** {@code 08:15} in the problem's zone, or seconds for numeric problems. */
    String clock(Instant instant) {
        if (problem.timeFormat() == TimeFormat.NUMBER) {
            return Long.toString(instant.getEpochSecond());
        }
        return CLOCK.format(zoned(instant));
    }

    ZonedDateTime zoned(Instant instant) {
        return instant.atZone(problem.timeZone());
    }

    boolean numericTimes() {
        return problem.timeFormat() == TimeFormat.NUMBER;
    }

    static Optional<GeoLocation> geo(Location location) {
        return location instanceof GeoLocation geo ? Optional.of(geo) : Optional.empty();
    }

    static String name(Caregiver caregiver) {
        return caregiver.name();
    }
}
