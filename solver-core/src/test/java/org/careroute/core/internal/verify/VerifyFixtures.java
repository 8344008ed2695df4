package org.careroute.core.internal.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * Small hand-built problems over an explicit travel matrix: a base and three clients A, B, C. Travel in seconds
 * (distance is ten metres per second):
 *
 * <pre>
 *        base    A     B     C
 * base      0  600   900  1200
 * A       600    0   300   900
 * B       900  300     0   600
 * C      1200  900   600     0
 * </pre>
 */
final class VerifyFixtures {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    static final Location BASE = new MatrixLocation(0);
    static final Location A = new MatrixLocation(1);
    static final Location B = new MatrixLocation(2);
    static final Location C = new MatrixLocation(3);

    private static final long[][] SECONDS = {{0, 600, 900, 1200}, {600, 0, 300, 900}, {900, 300, 0, 600},
            {1200, 900, 600, 0}};

    private VerifyFixtures() {
    }

    static MatrixTravel travel() {
        long[][] meters = new long[SECONDS.length][];
        for (int i = 0; i < SECONDS.length; i++) {
            meters[i] = Arrays.stream(SECONDS[i]).map(s -> s * 10).toArray();
        }
        return new MatrixTravel(SECONDS, meters);
    }

    /** 2027-03-01 at hh:mm in Stockholm (UTC+1 in March). */
    static Instant at(int hour, int minute) {
        return DAY.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeWindow(at(fromHour, fromMinute), at(toHour, toMinute));
    }

    static Visit visit(String id, Location location, int minutes, TimeWindow... windows) {
        return new Visit(id, null, null, location, Duration.ofMinutes(minutes), List.of(windows), Set.of(), 1, false,
                0);
    }

    static Visit withSkills(Visit v, String... skills) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), Set.of(skills),
                v.priority(), v.mandatory(), v.demand());
    }

    static Visit withDemand(Visit v, long demand) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(),
                v.requiredSkills(), v.priority(), v.mandatory(), demand);
    }

    static Visit withPriority(Visit v, int priority, boolean mandatory) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(),
                v.requiredSkills(), priority, mandatory, v.demand());
    }

    static Shift shift(String id, Instant start, Instant end) {
        return new Shift(id, start, end, BASE, BASE);
    }

    static Shift openShift(String id, Instant start, Instant end) {
        return new Shift(id, start, end, BASE, null);
    }

    static Caregiver caregiver(String id, Set<String> skills, long capacity, Shift... shifts) {
        return new Caregiver(id, null, skills, TransportMode.CAR, capacity, List.of(shifts));
    }

    static Caregiver caregiver(String id, Shift... shifts) {
        return caregiver(id, Set.of(), Caregiver.UNLIMITED_CAPACITY, shifts);
    }

    static Problem problem(List<Caregiver> caregivers, List<Visit> visits) {
        return problem(caregivers, visits, Map.of());
    }

    static Problem problem(List<Caregiver> caregivers, List<Visit> visits, Map<String, Long> weights) {
        return new Problem("fixture", ZONE, TimeFormat.ISO, travel(), caregivers, visits, weights);
    }

    /** A planned visit; waiting is start - arrival, the leg is {@code travelSeconds} and ten metres a second. */
    static PlannedVisit planned(String visitId, Instant arrival, Instant start, Instant end, long travelSeconds) {
        return new PlannedVisit(visitId, arrival, start, end, Duration.between(arrival, start).toSeconds(),
                new Leg(travelSeconds, travelSeconds * 10));
    }

    /** A route; its travel totals are the sum of the legs as reported (including the return leg). */
    static ShiftPlan route(String shiftId, String caregiverId, Instant departure, Instant returnTime,
            long returnSeconds, PlannedVisit... visits) {
        Leg back = returnSeconds == 0 ? Leg.NONE : new Leg(returnSeconds, returnSeconds * 10);
        long seconds = back.seconds();
        long meters = back.meters();
        for (PlannedVisit v : visits) {
            seconds += v.travelFromPrevious().seconds();
            meters += v.travelFromPrevious().meters();
        }
        return new ShiftPlan(shiftId, caregiverId, departure, returnTime, List.of(visits), back, seconds, meters);
    }

    /** A plan whose summary repeats the routes' own reported figures (scores are not checked by the verifier). */
    static Plan plan(Problem problem, List<ShiftPlan> routes, UnassignedVisit... unassigned) {
        int assigned = routes.stream().mapToInt(r -> r.visits().size()).sum();
        long seconds = routes.stream().mapToLong(ShiftPlan::travelSeconds).sum();
        long meters = routes.stream().mapToLong(ShiftPlan::distanceMeters).sum();
        long waiting = routes.stream().flatMap(r -> r.visits().stream()).mapToLong(PlannedVisit::waitingSeconds)
                .sum();
        int used = (int) routes.stream().filter(r -> !r.visits().isEmpty()).count();
        PlanSummary summary = new PlanSummary(0, 0, 0, true, assigned, problem.visits().size() - assigned, seconds,
                meters, waiting, used);
        return new Plan(problem.name(), "0hard/0medium/0soft", summary, routes, List.of(unassigned));
    }

    static UnassignedVisit unassigned(String visitId, boolean mandatory) {
        return new UnassignedVisit(visitId, mandatory, List.of("no caregiver has time"));
    }
}
