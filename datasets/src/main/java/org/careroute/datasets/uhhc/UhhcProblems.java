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
import java.util.TreeMap;
import java.util.TreeSet;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
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
 * shift (or over a horizon covering every window when it has none), from its departing to its arrival point, with
 * its lunch break ({@link #shiftRules}) and overtime ({@link #workTerms}). Each required service of a patient becomes
 * a visit {@code PATIENT/SERVICE} (client = patient) needing the service as skill, with the patient's windows on the
 * service start (windows met at the service end are moved earlier by the duration), mandatory unless the patient is
 * optional (then worth its {@link #value}, or priority 1 where the instance does not weigh optional patients); a
 * {@code sequential} second service depends on the first ({@link #visitLinks}), a
 * {@code simultaneous} pair is one visit with two parts ({@link #simultaneousVisit}), and preferences,
 * incompatibilities and soft windows are the visit's care ({@link #visitCare}).
 *
 * <p>
 * One small method per feature; {@link UhhcMapping#unsupported()} lists what an instance needs beyond them.
 */
public final class UhhcProblems {

    /** The one team of every caregiver when the instance balances workloads ({@code workload-fairness}). */
    public static final String BALANCE_TEAM = "uhhc";

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
            if (isSimultaneous(patient)) {
                Visit visit = simultaneousVisit(instance, patient);
                visits.add(visit);
                for (int part = 0; part < patient.requiredServices().size(); part++) {
                    services.put(PlannedVisit.key(visit.id(), part), new UhhcMapping.ServiceRef(patient.id(), patient
                            .requiredServices().get(part).service()));
                }
                continue;
            }
            for (int s = 0; s < patient.requiredServices().size(); s++) {
                Visit visit = visit(instance, patient, s);
                visits.add(visit);
                services.put(visit.id(), new UhhcMapping.ServiceRef(patient.id(), patient.requiredServices().get(s)
                        .service()));
            }
        }
        Problem problem = new Problem(instance.name(), ZoneOffset.UTC, TimeFormat.NUMBER, travel(instance), caregivers,
                visits, weights(instance.costComponents(), instance.metadata().departsAtShiftStart()));
        return new UhhcMapping(instance, problem, services, UhhcSupport.unsupported(instance));
    }

    /** The careroute visit id of a patient's service. */
    public static String visitId(String patient, String service) {
        return patient + "/" + service;
    }

    /** The careroute visit id of a simultaneous double service: {@code PATIENT/FIRST+SECOND}. */
    public static String simultaneousVisitId(UhhcPatient patient) {
        List<String> services = new ArrayList<>();
        for (UhhcRequiredService service : patient.requiredServices()) {
            services.add(service.service());
        }
        return visitId(patient.id(), String.join("+", services));
    }

    /**
     * Whether the patient's services must start together (one careroute visit with a part per service). Two in the
     * spec; the three-service patients of Bazirha-CAIE N100s1 / N200s1 get three parts (see {@link UhhcSupport}).
     */
    static boolean isSimultaneous(UhhcPatient patient) {
        return patient.synchronization() != null && patient.synchronization()
                .type() == UhhcSynchronization.Type.SIMULTANEOUS && patient.requiredServices().size() >= 2;
    }

    /** Whether the patient's second service starts {@code [min, max]} after the first one's start. */
    static boolean isSequential(UhhcPatient patient) {
        return patient.synchronization() != null && patient.synchronization()
                .type() == UhhcSynchronization.Type.SEQUENTIAL && patient.requiredServices().size() == 2;
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
     * The shift's rules: the lunch break of a caregiver with {@code lunch_break: true} when the instance weighs or
     * requires it ({@code missed_lunch_break}): at least {@code min_duration} starting at or after the {@code
     * lunch_breaks} start and over by its end ({@code at_service_end}) or starting by its end ({@code
     * at_service_start}, so ending by end + duration), inside the shift, and not before the caregiver can be at a
     * patient's home ({@link #nearestPatientSeconds}: a lunch inside a UHHC route is a stop at a patient, so careroute
     * must not take it at the departing point before the first drive). Where the instance weighs a missed lunch, the
     * break is {@code missable} at that weight ({@code missed-break}); where it requires lunch, the break is hard. A
     * break that cannot fit is left out: {@link ShiftRules#NONE} (a weighed lunch is then missed whatever the plan, a
     * cost the evaluator counts).
     */
    static ShiftRules shiftRules(UhhcInstance instance, UhhcCaregiver caregiver) {
        UhhcLunchBreaks lunch = instance.lunchBreaks();
        if (!caregiver.hasLunchBreak() || lunch == null || lunch.minDuration() <= 0 || instance.costComponents()
                .weight(UhhcComponent.MISSED_LUNCH_BREAK) == null) {
            return ShiftRules.NONE;
        }
        UhhcTimeWindow shift = caregiver.workingShift();
        long shiftStart = shift == null ? 0 : seconds(shift.start(), RoundingMode.CEILING).getEpochSecond();
        long shiftEnd = seconds(shift == null ? horizon(instance) : shift.end(), RoundingMode.FLOOR).getEpochSecond();
        long duration = lunch.minDuration() * SECONDS_PER_UNIT;
        long earliest = Math.max(lunch.start() * SECONDS_PER_UNIT, shiftStart + nearestPatientSeconds(instance,
                caregiver));
        long latestEnd = Math.min(shiftEnd, (instance.metadata().atServiceEnd()
                ? lunch.end()
                : lunch.end() + lunch
                        .minDuration())
                * SECONDS_PER_UNIT);
        if (earliest + duration > latestEnd) {
            return ShiftRules.NONE;
        }
        ShiftBreak lunchBreak = new ShiftBreak(Duration.ofSeconds(duration), Instant.ofEpochSecond(earliest), Instant
                .ofEpochSecond(latestEnd), !instance.costComponents().weight(UhhcComponent.MISSED_LUNCH_BREAK).hard());
        return new ShiftRules(List.of(lunchBreak), null, null);
    }

    /**
     * careroute's travel time from the caregiver's departing point to the nearest patient: the earliest the caregiver
     * can be at a patient's home after the shift start.
     */
    static long nearestPatientSeconds(UhhcInstance instance, UhhcCaregiver caregiver) {
        int depot = instance.terminalPointsById().get(caregiver.departingPoint()).distanceMatrixIndex();
        long nearest = Long.MAX_VALUE;
        for (UhhcPatient patient : instance.patients()) {
            nearest = Math.min(nearest, travelSeconds(instance.distance(depot, patient.distanceMatrixIndex())));
        }
        return nearest == Long.MAX_VALUE ? 0 : nearest;
    }

    /**
     * The caregiver's terms: when {@code total_extra_time} is a weight (linear in the minutes the caregiver is back
     * after the shift end) and the caregiver has a shift, overtime up to the horizon, each minute weighted {@code
     * overtime} (see {@link #weights}); otherwise the shift end stays hard. When {@code workload_balance} is a weight,
     * every caregiver is in team {@link #BALANCE_TEAM} of {@code workload-fairness}: the same workload (service plus
     * travel minutes, idle caregivers at zero) but squared deviations from the mean where the spec sums their absolute
     * values, so an approximation (see {@link #weights}).
     */
    static WorkTerms workTerms(UhhcInstance instance, UhhcCaregiver caregiver) {
        Duration overtime = overtime(instance, caregiver);
        String team = balanced(instance) ? BALANCE_TEAM : null;
        return overtime.isZero() && team == null ? WorkTerms.NONE : new WorkTerms(overtime, 0, 0, team);
    }

    /** Up to the horizon when {@code total_extra_time} is a weight and the caregiver has a shift; else zero. */
    private static Duration overtime(UhhcInstance instance, UhhcCaregiver caregiver) {
        UhhcWeight extra = instance.costComponents().weight(UhhcComponent.TOTAL_EXTRA_TIME);
        if (extra == null || extra.hard() || caregiver.workingShift() == null) {
            return Duration.ZERO;
        }
        Instant shiftEnd = seconds(caregiver.workingShift().end(), RoundingMode.FLOOR);
        Duration overtime = Duration.between(shiftEnd, seconds(horizon(instance), RoundingMode.FLOOR));
        return overtime.isNegative() ? Duration.ZERO : overtime;
    }

    /** Whether {@code workload_balance} is a positive weight: every caregiver is then in {@link #BALANCE_TEAM}. */
    static boolean balanced(UhhcInstance instance) {
        UhhcWeight balance = instance.costComponents().weight(UhhcComponent.WORKLOAD_BALANCE);
        return balance != null && !balance.hard() && balance.value() > 0;
    }

    // ------------------------------------------------------------------ visits

    private static Visit visit(UhhcInstance instance, UhhcPatient patient, int serviceIndex) {
        UhhcRequiredService service = patient.requiredServices().get(serviceIndex);
        Duration duration = Duration.ofSeconds(service.actualDuration() * SECONDS_PER_UNIT);
        return new Visit(visitId(patient.id(), service.service()), patient.id(), null, new MatrixLocation(patient
                .distanceMatrixIndex()), duration, windows(instance, patient, service), Set.of(service.service()), 1,
                !patient.isOptional(), 0, visitCare(instance, patient, service, value(instance, patient, serviceIndex,
                        patient.requiredServices().size())),
                visitLinks(instance, patient, serviceIndex));
    }

    /**
     * What one visit of an optional patient is worth when {@code optional_patients} is a weight: the patient is worth
     * {@link #SECONDS_PER_UNIT} points, weighted {@code optional-visit-value} by the instance's weight (see {@link
     * #weights}), so that a patient left out costs the weight's UHHC units at 60 soft points each, as every cost here;
     * a patient whose services are {@code visits} separate visits splits it (the first the remainder). {@code null}
     * otherwise: the visit is weighed by priority 1 (medium), or mandatory.
     */
    static Long value(UhhcInstance instance, UhhcPatient patient, int visitIndex, int visits) {
        UhhcWeight weight = instance.costComponents().weight(UhhcComponent.OPTIONAL_PATIENTS);
        if (!patient.isOptional() || weight == null || weight.hard()) {
            return null;
        }
        long share = SECONDS_PER_UNIT / visits;
        return visitIndex == 0 ? SECONDS_PER_UNIT - (visits - 1) * share : share;
    }

    /**
     * The windows on the service start, sorted and merged: {@code [start, end]} for {@code at_service_start}, {@code
     * [start, end - duration]} for {@code at_service_end} (windows too short for the service are left out; when all
     * are, the first window's start is kept as a single instant, which any plan breaks as little as it can).
     * careroute keeps them hard. Where tardiness is a weighted cost and the patient has one window ({@link
     * #softTardiness}), the hard window runs from its start to the horizon and {@link #visitCare} adds the window as
     * preferred window.
     */
    static List<TimeWindow> windows(UhhcInstance instance, UhhcPatient patient, UhhcRequiredService service) {
        if (softTardiness(instance, patient)) {
            return List.of(new TimeWindow(seconds(patient.timeWindows().getFirst().start(), RoundingMode.CEILING),
                    seconds(horizon(instance), RoundingMode.FLOOR)));
        }
        boolean soft = softWindows(instance, patient);
        List<long[]> windows = new ArrayList<>();
        for (UhhcTimeWindow window : patient.timeWindows()) {
            long start = seconds(window.start(), RoundingMode.CEILING).getEpochSecond();
            double latest = instance.metadata().atServiceEnd() ? window.end() - service.actualDuration() : window.end();
            long end = seconds(Math.max(latest, 0), RoundingMode.FLOOR).getEpochSecond();
            if (end >= start) {
                windows.add(new long[]{start, end});
            } else if (soft) {
                // too short for the service: kept, so that a start in it is measured from it, as the spec does
                windows.add(new long[]{start, start});
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
     * The patient-care side: incompatible caregivers ({@code incompabilities}, hard unless weighted) as excluded
     * caregivers; preferred caregivers as preferences of weight 1 when {@code caregiver_preferences} is a weight (a
     * service by anyone else loses one point, weighted {@code preferred-caregiver}), and as every other caregiver
     * excluded when it is HARD or absent (the spec then requires a preferred caregiver); and, where {@code
     * total_tardiness} is a weight and the patient has one window, that window as preferred window (the hard window
     * runs from its start to the horizon, see {@link #windows}); an optional patient's {@link #value}.
     */
    static VisitCare visitCare(UhhcInstance instance, UhhcPatient patient, UhhcRequiredService service, Long value) {
        Set<String> excluded = excludedCaregivers(instance, patient);
        Map<String, Integer> preferred = preferredCaregivers(instance, patient, excluded);
        TimeWindow preferredWindow = softTardiness(instance, patient)
                ? preferredWindow(instance, patient, service)
                : null;
        boolean soft = softWindows(instance, patient);
        if (excluded.isEmpty() && preferred.isEmpty() && preferredWindow == null && value == null && !soft) {
            return VisitCare.NONE;
        }
        return new VisitCare(preferred, excluded, preferredWindow, null, value, soft);
    }

    /** Hard incompatibilities, and every caregiver outside a hard preference list. */
    static Set<String> excludedCaregivers(UhhcInstance instance, UhhcPatient patient) {
        UhhcCostComponents weights = instance.costComponents();
        Set<String> excluded = new TreeSet<>();
        if (patient.incompatibleCaregivers() != null && weights.isHard(UhhcComponent.INCOMPATIBILITIES, true)) {
            excluded.addAll(patient.incompatibleCaregivers());
        }
        if (hasPreferences(patient) && weights.isHard(UhhcComponent.CAREGIVER_PREFERENCES, true)) {
            for (UhhcCaregiver caregiver : instance.caregivers()) {
                if (!patient.preferredCaregivers().contains(caregiver.id())) {
                    excluded.add(caregiver.id());
                }
            }
        }
        return excluded;
    }

    /** Weighted preferences: weight 1 for each preferred caregiver not excluded. */
    static Map<String, Integer> preferredCaregivers(UhhcInstance instance, UhhcPatient patient,
            Set<String> excluded) {
        Map<String, Integer> preferred = new TreeMap<>();
        if (hasPreferences(patient) && !instance.costComponents().isHard(UhhcComponent.CAREGIVER_PREFERENCES, true)) {
            for (String caregiver : patient.preferredCaregivers()) {
                if (!excluded.contains(caregiver)) {
                    preferred.put(caregiver, 1);
                }
            }
        }
        return preferred;
    }

    private static boolean hasPreferences(UhhcPatient patient) {
        return patient.preferredCaregivers() != null && !patient.preferredCaregivers().isEmpty();
    }

    /**
     * Whether lateness at this patient is a weighted cost measured from one preferred window: {@code total_tardiness}
     * is a weight and the patient has a single window (with several, the windows themselves are soft: {@link
     * #softWindows}).
     */
    static boolean softTardiness(UhhcInstance instance, UhhcPatient patient) {
        UhhcWeight weight = instance.costComponents().weight(UhhcComponent.TOTAL_TARDINESS);
        return weight != null && !weight.hard() && patient.timeWindows().size() == 1;
    }

    /**
     * Whether the patient's several windows are soft: {@code total_tardiness} is a weight and the patient has more than
     * one window. careroute's soft windows measure tardiness from the end of the window the service starts in (the
     * last one opened by then), as the spec does with its {@code bisect} on the window starts
     * ({@code soft-window-lateness}, weighted like {@code preferred-window}).
     */
    static boolean softWindows(UhhcInstance instance, UhhcPatient patient) {
        UhhcWeight weight = instance.costComponents().weight(UhhcComponent.TOTAL_TARDINESS);
        return weight != null && !weight.hard() && patient.timeWindows().size() > 1;
    }

    /** The single window on the service start ({@code end - duration} when met at the service end). */
    static TimeWindow preferredWindow(UhhcInstance instance, UhhcPatient patient, UhhcRequiredService service) {
        UhhcTimeWindow window = patient.timeWindows().getFirst();
        Instant start = seconds(window.start(), RoundingMode.CEILING);
        double latest = instance.metadata().atServiceEnd() ? window.end() - service.actualDuration() : window.end();
        Instant end = seconds(Math.max(latest, 0), RoundingMode.FLOOR);
        return new TimeWindow(start, end.isBefore(start) ? start : end);
    }

    /**
     * The links of one service of a patient outside a simultaneous pair: the second service of a {@code sequential}
     * patient depends on the first, starting {@code [min, max]} after the first one's start (the spec compares the
     * two service starts), on any caregiver, both or neither for an optional patient (the spec rejects a visited
     * patient missing a service). The other services of an optional patient with several independent ones are tied to
     * its first service both or neither for the same reason; careroute's dependency orders them (each starts no
     * earlier than the first service starts), a restriction the spec does not make. Everything else is unlinked.
     */
    static VisitLinks visitLinks(UhhcInstance instance, UhhcPatient patient, int serviceIndex) {
        String first = visitId(patient.id(), patient.requiredServices().get(0).service());
        if (isSequential(patient) && serviceIndex == 1) {
            UhhcSynchronization sync = patient.synchronization();
            VisitDependency dependency = new VisitDependency(first, Duration.ofSeconds(sync.minDistance()
                    * SECONDS_PER_UNIT), Duration.ofSeconds(sync.maxDistance() * SECONDS_PER_UNIT),
                    VisitDependency.GapFrom.START, patient.isOptional());
            return new VisitLinks(List.of(), List.of(dependency), null, null);
        }
        if (patient.isOptional() && !isSequential(patient) && serviceIndex > 0) {
            VisitDependency tie = new VisitDependency(first, Duration.ZERO, null, VisitDependency.GapFrom.START, true);
            return new VisitLinks(List.of(), List.of(tie), null, null);
        }
        return VisitLinks.NONE;
    }

    /**
     * A {@code simultaneous} double service as one visit {@code PATIENT/FIRST+SECOND} with one part per service (two
     * in the spec), each needing that service as skill: careroute starts the parts together on different caregivers,
     * and plans all or none for an optional patient. The visit lasts as long as the longest service (its windows too).
     */
    static Visit simultaneousVisit(UhhcInstance instance, UhhcPatient patient) {
        List<VisitPart> parts = new ArrayList<>();
        UhhcRequiredService longer = patient.requiredServices().getFirst();
        for (UhhcRequiredService service : patient.requiredServices()) {
            parts.add(new VisitPart(Set.of(service.service()), null));
            longer = service.actualDuration() > longer.actualDuration() ? service : longer;
        }
        Duration duration = Duration.ofSeconds(longer.actualDuration() * SECONDS_PER_UNIT);
        return new Visit(simultaneousVisitId(patient), patient.id(), null, new MatrixLocation(patient
                .distanceMatrixIndex()), duration, windows(instance, patient, longer), Set.of(), 1,
                !patient
                        .isOptional(),
                0, visitCare(instance, patient, longer, value(instance, patient, 0, 1)), new VisitLinks(parts, List
                        .of(), null,
                        null));
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
     * keeps the instance's ratio; overtime, lost preferences and tardiness where the instance weighs them, scaled
     * alike (one UHHC unit of cost is {@value #SECONDS_PER_UNIT} soft points). Hard windows and shift ends are
     * careroute's own hard rules. Where caregivers leave at their shift start (the Bazirha sets), the waiting before
     * the first visit counts as all other waiting ({@code first-visit-waiting}). {@code max_idle_time} is careroute's
     * {@code worst-caregiver-idle-time}: the same idle time (waiting from the shift start, at patients and for the
     * lunch, and from the return to the shift end; the whole shift but the lunch for a caregiver without visits).
     */
    static Map<String, Long> weights(UhhcCostComponents components, boolean departsAtShiftStart) {
        double travel = components.multiplier(UhhcComponent.TRAVEL_TIME) + components.multiplier(
                UhhcComponent.WORKING_TIME);
        double waiting = components.multiplier(UhhcComponent.TOTAL_WAITING_TIME);
        Map<String, Long> weights = new HashMap<>();
        weights.put(CareConstraint.TRAVEL_TIME.id(), Math.round(travel));
        weights.put(CareConstraint.TRAVEL_DISTANCE.id(), 0L);
        weights.put(CareConstraint.WAITING_TIME.id(), Math.round(waiting * SECONDS_PER_UNIT));
        if (departsAtShiftStart) {
            weights.put(CareConstraint.FIRST_VISIT_WAITING.id(), Math.round(waiting * SECONDS_PER_UNIT));
        }
        // UHHC has no continuity of care: a patient whose services need two caregivers costs nothing extra
        weights.put(CareConstraint.CONTINUITY_OF_CARE.id(), 0L);
        // per UHHC unit (minute) as the rule counts: overtime minutes and services off the preferred caregivers
        soft(weights, components, UhhcComponent.TOTAL_EXTRA_TIME, CareConstraint.OVERTIME, SECONDS_PER_UNIT);
        soft(weights, components, UhhcComponent.CAREGIVER_PREFERENCES, CareConstraint.PREFERRED_CAREGIVER,
                SECONDS_PER_UNIT);
        // per patient left out: each optional patient's visits are worth SECONDS_PER_UNIT points together (see value)
        soft(weights, components, UhhcComponent.OPTIONAL_PATIENTS, CareConstraint.OPTIONAL_VISIT_VALUE, 1);
        // per missed lunch
        soft(weights, components, UhhcComponent.MISSED_LUNCH_BREAK, CareConstraint.MISSED_BREAK, SECONDS_PER_UNIT);
        // per second late, as travel
        soft(weights, components, UhhcComponent.TOTAL_TARDINESS, CareConstraint.PREFERRED_WINDOW, 1);
        soft(weights, components, UhhcComponent.TOTAL_TARDINESS, CareConstraint.SOFT_WINDOW_LATENESS, 1);
        // the highest tardiness: the largest of any visit (preferred window or soft windows), per second as well
        soft(weights, components, UhhcComponent.HIGHEST_TARDINESS, CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION,
                1);
        // the caregiver with the most idle time (before leaving, waiting, after the return), per second as well
        soft(weights, components, UhhcComponent.MAX_IDLE_TIME, CareConstraint.WORST_CAREGIVER_IDLE_TIME, 1);
        // approximated: careroute squares each caregiver's deviation (minutes) from the mean, the spec sums |deviation|;
        // weight 1 per unit of balance makes a minute cost the same at a 30-minute deviation (2 x 30 = 60 points)
        soft(weights, components, UhhcComponent.WORKLOAD_BALANCE, CareConstraint.WORKLOAD_FAIRNESS, 1);
        return weights;
    }

    private static void soft(Map<String, Long> weights, UhhcCostComponents components, UhhcComponent component,
            CareConstraint rule, long scale) {
        UhhcWeight weight = components.weight(component);
        if (weight != null && !weight.hard()) {
            weights.put(rule.id(), Math.round(weight.value() * scale));
        }
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
