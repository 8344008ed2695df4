package org.careroute.datasets.uhhc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.WorkTerms;

/**
 * Turns a {@link UhhcInstance} into a careroute {@link Problem} (see the mapping table in {@code datasets/README.md}).
 *
 * <p>
 * One UHHC time unit (a minute in every set) is {@link #SECONDS_PER_UNIT} seconds of careroute time, counted from the
 * epoch ({@link TimeFormat#NUMBER}, UTC). The distance matrix becomes a {@link MatrixTravel} indexed by the UHHC
 * matrix indexes, with the same numbers as durations and distances; whole distances are exact, fractional ones
 * (Mankowska) are rounded up to at least a fraction of a second above the exact value, so a plan that keeps its
 * travel times in careroute keeps them in the UHHC validator's double arithmetic.
 *
 * <p>
 * Each caregiver becomes a caregiver with its abilities as skills and one shift (id = caregiver id) over its working
 * shift (or over a horizon covering every window when it has none), from its departing to its arrival point. Each
 * required service of a patient becomes a visit {@code PATIENT/SERVICE} (client = patient) needing the service as
 * skill, with the patient's windows on the service start (windows met at the service end are moved earlier by the
 * duration), mandatory unless the patient is optional (then priority 1).
 *
 * <p>
 * The features careroute's model does not have yet each have their own method returning the model's "not used"
 * value; {@link UhhcMapping#unsupported()} lists which of them an instance needs.
 */
public final class UhhcProblems {

    /** Seconds of careroute time per UHHC time unit. */
    public static final long SECONDS_PER_UNIT = 60;

    private UhhcProblems() {
    }

    public static UhhcMapping toProblem(UhhcInstance instance) {
        Map<String, UhhcTerminalPoint> terminals = instance.terminalPointsById();
        Instant horizonEnd = seconds(horizon(instance), RoundingMode.FLOOR);
        List<Caregiver> caregivers = new ArrayList<>();
        for (UhhcCaregiver caregiver : instance.caregivers()) {
            caregivers.add(caregiver(instance, caregiver, terminals, horizonEnd));
        }
        List<Visit> visits = new ArrayList<>();
        Map<String, UhhcMapping.ServiceRef> services = new LinkedHashMap<>();
        for (UhhcPatient patient : instance.patients()) {
            for (int s = 0; s < patient.requiredServices().size(); s++) {
                Visit visit = visit(instance, patient, s);
                visits.add(visit);
                services.put(visit.id(), new UhhcMapping.ServiceRef(patient.id(), patient.requiredServices().get(s)
                        .service()));
            }
        }
        Problem problem = new Problem(instance.name(), ZoneOffset.UTC, TimeFormat.NUMBER, travel(instance), caregivers,
                visits, weights(instance.costComponents()));
        return new UhhcMapping(instance, problem, services, UhhcSupport.unsupported(instance));
    }

    /** The careroute visit id of a patient's service. */
    public static String visitId(String patient, String service) {
        return patient + "/" + service;
    }

    // ------------------------------------------------------------------ caregivers

    private static Caregiver caregiver(UhhcInstance instance, UhhcCaregiver caregiver,
            Map<String, UhhcTerminalPoint> terminals, Instant horizonEnd) {
        UhhcTimeWindow working = caregiver.workingShift();
        Instant start = working == null ? Instant.EPOCH : seconds(working.start(), RoundingMode.CEILING);
        Instant end = working == null ? horizonEnd : seconds(working.end(), RoundingMode.FLOOR);
        MatrixLocation from = new MatrixLocation(terminals.get(caregiver.departingPoint()).distanceMatrixIndex());
        MatrixLocation to = new MatrixLocation(terminals.get(caregiver.arrivalPoint()).distanceMatrixIndex());
        Shift shift = new Shift(caregiver.id(), start, end, from, to, shiftRules(instance, caregiver));
        return new Caregiver(caregiver.id(), null, Set.copyOf(caregiver.abilities()), TransportMode.CAR,
                Caregiver.UNLIMITED_CAPACITY, List.of(shift), workTerms(instance, caregiver));
    }

    /**
     * The shift's rules: the lunch break of a caregiver with {@code lunch_break: true} (at least {@code
     * min_duration} inside {@code [start, end]} of {@code lunch_breaks}, weight {@code missed_lunch_break}) and the
     * overtime cost when {@code total_extra_time} is a number (HARD keeps the shift end hard). careroute's shifts
     * have no breaks or overtime yet: {@link ShiftRules#NONE}.
     */
    static ShiftRules shiftRules(UhhcInstance instance, UhhcCaregiver caregiver) {
        return ShiftRules.NONE;
    }

    /**
     * The caregiver's terms: a share of {@code workload_balance} (service plus travel time close to the mean) and of
     * {@code max_idle_time}. careroute has no fairness terms yet: {@link WorkTerms#NONE}.
     */
    static WorkTerms workTerms(UhhcInstance instance, UhhcCaregiver caregiver) {
        return WorkTerms.NONE;
    }

    // ------------------------------------------------------------------ visits

    private static Visit visit(UhhcInstance instance, UhhcPatient patient, int serviceIndex) {
        UhhcRequiredService service = patient.requiredServices().get(serviceIndex);
        Duration duration = Duration.ofSeconds(service.actualDuration() * SECONDS_PER_UNIT);
        return new Visit(visitId(patient.id(), service.service()), patient.id(), null, new MatrixLocation(patient
                .distanceMatrixIndex()), duration, windows(instance, patient, service), Set.of(service.service()), 1,
                !patient.isOptional(), 0, visitCare(instance, patient, service), visitLinks(instance, patient,
                        serviceIndex));
    }

    /**
     * The windows on the service start, sorted and merged: {@code [start, end]} for {@code at_service_start}, {@code
     * [start, end - duration]} for {@code at_service_end} (windows too short for the service are left out; when all
     * are, the first window's start is kept as a single instant, which any plan breaks as little as it can).
     * careroute keeps them hard; where tardiness is a weighted cost, {@link #visitCare} is the place for soft
     * windows.
     */
    static List<TimeWindow> windows(UhhcInstance instance, UhhcPatient patient, UhhcRequiredService service) {
        List<long[]> windows = new ArrayList<>();
        for (UhhcTimeWindow window : patient.timeWindows()) {
            long start = seconds(window.start(), RoundingMode.CEILING).getEpochSecond();
            double latest = instance.metadata().atServiceEnd() ? window.end() - service.actualDuration() : window.end();
            long end = seconds(Math.max(latest, 0), RoundingMode.FLOOR).getEpochSecond();
            if (end >= start) {
                windows.add(new long[]{start, end});
            }
        }
        if (windows.isEmpty()) {
            long start = seconds(patient.timeWindows().getFirst().start(), RoundingMode.CEILING).getEpochSecond();
            windows.add(new long[]{start, start});
        }
        windows.sort(Comparator.comparingLong(window -> window[0]));
        List<TimeWindow> merged = new ArrayList<>();
        long[] current = windows.getFirst();
        for (long[] window : windows.subList(1, windows.size())) {
            if (window[0] <= current[1]) {
                current = new long[]{current[0], Math.max(current[1], window[1])};
            } else {
                merged.add(window(current));
                current = window;
            }
        }
        merged.add(window(current));
        return merged;
    }

    /**
     * The patient-care side: preferred caregivers ({@code caregiver_preferences}), incompatible caregivers ({@code
     * incompabilities}, hard unless weighted) and soft windows with tardiness when {@code total_tardiness} / {@code
     * highest_tardiness} are weights. careroute has none of them yet: {@link VisitCare#NONE}.
     */
    static VisitCare visitCare(UhhcInstance instance, UhhcPatient patient, UhhcRequiredService service) {
        return VisitCare.NONE;
    }

    /**
     * The links of a patient's double service: {@code simultaneous} (both parts start together) or {@code
     * sequential} (the second part starts {@code [min, max]} after the first), two different caregivers, and for an
     * optional patient both parts or none. careroute has no visit parts yet: {@link VisitLinks#NONE} (the services
     * are independent visits).
     */
    static VisitLinks visitLinks(UhhcInstance instance, UhhcPatient patient, int serviceIndex) {
        return VisitLinks.NONE;
    }

    // ------------------------------------------------------------------ travel, weights, time

    /** The distance matrix as careroute travel: the same numbers as seconds and as "metres". */
    static MatrixTravel travel(UhhcInstance instance) {
        double[][] distances = instance.distances();
        long[][] seconds = new long[distances.length][];
        for (int i = 0; i < distances.length; i++) {
            seconds[i] = new long[distances[i].length];
            for (int j = 0; j < distances[i].length; j++) {
                seconds[i][j] = travelSeconds(distances[i][j]);
            }
        }
        long[][] copy = new long[seconds.length][];
        for (int i = 0; i < seconds.length; i++) {
            copy[i] = seconds[i].clone();
        }
        return new MatrixTravel(seconds, copy);
    }

    /**
     * Whole distances exactly; fractional ones rounded up and then one more second unless already above, so that
     * careroute's integer travel is strictly above the exact one (the files have at most three decimals: at least
     * 0.02 s of slack).
     */
    static long travelSeconds(double distance) {
        BigDecimal exact = BigDecimal.valueOf(distance).multiply(BigDecimal.valueOf(SECONDS_PER_UNIT));
        if (distance == Math.rint(distance)) {
            return exact.longValueExact();
        }
        return exact.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
    }

    /**
     * careroute's weights for the components it has: travel ({@code travel_time}, plus {@code working_time}, whose
     * service part is fixed) per second, waiting ({@code total_waiting_time}) per minute, so that one unit of each
     * keeps the instance's ratio. Hard windows and shift ends are careroute's own hard rules.
     */
    static Map<String, Long> weights(UhhcCostComponents components) {
        double travel = components.multiplier(UhhcComponent.TRAVEL_TIME) + components.multiplier(
                UhhcComponent.WORKING_TIME);
        double waiting = components.multiplier(UhhcComponent.TOTAL_WAITING_TIME);
        Map<String, Long> weights = new HashMap<>();
        weights.put(CareConstraint.TRAVEL_TIME.id(), Math.round(travel));
        weights.put(CareConstraint.TRAVEL_DISTANCE.id(), 0L);
        weights.put(CareConstraint.WAITING_TIME.id(), Math.round(waiting * SECONDS_PER_UNIT));
        return weights;
    }

    /** The end of the planning horizon for caregivers without a working shift: every window, service and leg fits. */
    static double horizon(UhhcInstance instance) {
        double latest = instance.metadata().horizon() == null ? 0 : instance.metadata().horizon();
        double services = 0;
        for (UhhcPatient patient : instance.patients()) {
            for (UhhcTimeWindow window : patient.timeWindows()) {
                latest = Math.max(latest, window.end());
            }
            for (UhhcRequiredService service : patient.requiredServices()) {
                services += service.actualDuration();
            }
        }
        double longest = 0;
        for (double[] row : instance.distances()) {
            for (double distance : row) {
                longest = Math.max(longest, distance);
            }
        }
        return latest + services + longest * (instance.patients().size() + 1);
    }

    private static TimeWindow window(long[] window) {
        return new TimeWindow(Instant.ofEpochSecond(window[0]), Instant.ofEpochSecond(window[1]));
    }

    private static Instant seconds(double units, RoundingMode rounding) {
        return Instant.ofEpochSecond(BigDecimal.valueOf(units).multiply(BigDecimal.valueOf(SECONDS_PER_UNIT))
                .setScale(0, rounding).longValueExact());
    }
}
