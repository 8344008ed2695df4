package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.travel.TravelMatrices;

/** One run of the verifier over one plan: collects violations and totals as it goes. Not thread-safe. */
public final class Verification {

    private final Problem problem;
    private final Plan plan;
    private final TimeText text;
    private final Map<String, Visit> visitsById = new LinkedHashMap<>();
    private final Map<String, Caregiver> caregiverByShiftId = new HashMap<>();
    private final Map<String, Shift> shiftsById = new HashMap<>();
    /** Where each assigned visit was first seen, e.g. {@code shift s1 (position 2)}. */
    private final Map<String, String> assignedAt = new HashMap<>();
    private final Set<String> listedUnassigned = new HashSet<>();
    private final List<Violation> violations = new ArrayList<>();
    private final TravelMatrixSource travelSource;
    private final List<ScoreMatch> matches = new ArrayList<>();
    /** Where each part of a linked visit was first seen, by {@code visitId#part}. */
    private final Map<String, String> partAt = new HashMap<>();
    /** The recomputed stops of every planned visit, by visit id (one per part for linked visits). */
    private final Map<String, List<Service>> services = new HashMap<>();
    private TravelMatrices travel;
    private LinkedTimes linkedTimes;
    private final ReplanCheck replanCheck;
    private final IdleTimeCheck idleTime = new IdleTimeCheck(this);

    private boolean structureBroken;
    private long hardPenalty;
    private long travelSeconds;
    private long distanceMeters;
    private long waitingSeconds;
    private long waitingMinutesCounted;
    private long workingDaySoft;
    private final Map<String, Long> workloadByCaregiver = new HashMap<>();
    private final Map<String, List<BusyRoute>> busyRoutes = new LinkedHashMap<>();
    private int usedShifts;

    public Verification(Problem problem, Plan plan, TravelMatrixSource travelSource) {
        this.problem = problem;
        this.plan = plan;
        this.travelSource = travelSource;
        this.text = new TimeText(problem.timeFormat(), problem.timeZone());
        this.replanCheck = ReplanCheck.of(plan);
    }

    /** How departures are timed: as soon as free, or for re-planned plans not before the re-planning time. */
    public RouteSimulation.Release release() {
        return replanCheck == null ? RouteSimulation.Release.NONE : replanCheck;
    }

    /** Verifies the plan and keeps every constraint match, hard, medium and soft, for explanations. */
    public Evaluation evaluate() {
        VerificationReport report = run();
        return new Evaluation(report, List.copyOf(matches), travel(), assignedAt.keySet());
    }

    VerificationReport run() {
        indexProblem();
        linkedTimes = LinkedTimes.of(plannedRoutes(), travel(), release(), visitsById(), problem.caregivers());
        Set<String> seenShifts = new HashSet<>();
        for (int i = 0; i < plan.shifts().size(); i++) {
            checkShiftPlan(i, plan.shifts().get(i), seenShifts);
        }
        checkOneCaregiverOnePlace();
        WorkingDayCheck.fairness(this, problem, workloadByCaregiver);
        idleTime.run(problem);
        long patientCareSoft = new PatientCareCheck(this, problem, plan, caregiverByShiftId).run(visitsById);
        checkUnassignedList();
        checkEveryVisitAccountedFor();
        new LinkCheck(this).run();
        long medium = checkUnassignedVisits();
        int assigned = assignedAt.size();
        int unassigned = visitsById.size() - assigned;
        checkSummary(assigned, unassigned);
        long planChanges = replanCheck == null ? 0 : replanCheck.check(this, plan);
        long soft = weight(CareConstraint.TRAVEL_TIME) * travelSeconds + weight(CareConstraint.TRAVEL_DISTANCE)
                * distanceMeters + weight(CareConstraint.WAITING_TIME) * waitingMinutesCounted + workingDaySoft
                + patientCareSoft + weight(CareConstraint.PLAN_CHANGE) * planChanges;
        PlanSummary recomputed = new PlanSummary(-hardPenalty, -medium, -soft, hardPenalty == 0 && !structureBroken,
                assigned, unassigned, travelSeconds, distanceMeters, waitingSeconds, usedShifts);
        return new VerificationReport(violations, recomputed);
    }

    private void indexProblem() {
        for (Visit visit : problem.visits()) {
            visitsById.putIfAbsent(visit.id(), visit);
        }
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                shiftsById.putIfAbsent(shift.id(), shift);
                caregiverByShiftId.putIfAbsent(shift.id(), caregiver);
            }
        }
    }

    private TravelMatrices travel() {
        if (travel == null) {
            travel = TravelMatrices.build(problem, travelSource);
        }
        return travel;
    }

    private void checkShiftPlan(int index, ShiftPlan shiftPlan, Set<String> seenShifts) {
        String shiftId = shiftPlan.shiftId();
        Shift shift = shiftId == null ? null : shiftsById.get(shiftId);
        if (shift == null) {
            structure(shiftId, null, "Route " + (index + 1) + " of the plan names shift " + shiftId
                    + ", which is not in the problem; was the plan made for another problem?");
            registerVisitsOnly(shiftPlan);
            return;
        }
        if (!seenShifts.add(shiftId)) {
            structure(shiftId, null, "Shift " + shiftId + " has more than one route in the plan (route "
                    + (index + 1) + " repeats it); merge them into one.");
        }
        Caregiver caregiver = caregiverByShiftId.get(shiftId);
        if (!caregiver.id().equals(shiftPlan.caregiverId())) {
            structure(shiftId, null, "The route of shift " + shiftId + " names caregiver "
                    + shiftPlan.caregiverId() + ", but the shift belongs to caregiver " + caregiver.id() + ".");
        }
        RouteResult route = new RouteCheck(this, caregiver, shift, shiftPlan).run();
        travelSeconds += route.travelSeconds();
        distanceMeters += route.distanceMeters();
        waitingSeconds += route.waitingSeconds();
        waitingMinutesCounted += route.waitingMinutesCounted();
        workloadByCaregiver.merge(caregiver.id(), route.workloadSeconds(), Long::sum);
        if (route.visitCount() > 0) {
            usedShifts++;
            busyRoutes.computeIfAbsent(caregiver.id(), id -> new ArrayList<>()).add(new BusyRoute(shiftId, route
                    .busyFrom(), route.busyUntil(), route.backLate()));
        }
    }

    /**
     * A caregiver with several used routes must finish one before leaving for the next: overlapping shifts, or a
     * route that runs on (within its overtime allowance) past the start of the caregiver's next shift, would send
     * one person to two places at once. A route back after its shift end and allowance is already a
     * {@code shift-end} violation, as the solver scores it, and is not reported again.
     */
    private void checkOneCaregiverOnePlace() {
        for (Map.Entry<String, List<BusyRoute>> entry : busyRoutes.entrySet()) {
            List<BusyRoute> routes = new ArrayList<>(entry.getValue());
            routes.sort(Comparator.comparingLong(BusyRoute::from));
            BusyRoute latest = null;
            for (BusyRoute route : routes) {
                if (latest != null && route.from() < latest.until() && !latest.backLate()) {
                    structure(route.shiftId(), null, "Caregiver " + entry.getKey() + " is planned in two places at"
                            + " once: the route of shift " + latest.shiftId() + " is out from " + text.instant(latest
                                    .from())
                            + " to " + text.clock(latest.until(), latest.from()) + " and the route of shift " + route
                                    .shiftId()
                            + " from " + text.instant(route.from()) + " to " + text.clock(route.until(), route.from())
                            + ".");
                }
                if (latest == null || route.until() > latest.until()) {
                    latest = route;
                }
            }
        }
    }

    private void registerVisitsOnly(ShiftPlan shiftPlan) {
        List<PlannedVisit> visits = shiftPlan.visits();
        for (int position = 0; position < visits.size(); position++) {
            registerAssignment(shiftPlan.shiftId(), position, visits.get(position).visitId(), visits.get(position)
                    .part());
        }
    }

    /** The routes of known shifts with their known visits, for the synchronised starts of linked visits. */
    private List<LinkedTimes.PlannedRoute> plannedRoutes() {
        List<LinkedTimes.PlannedRoute> routes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ShiftPlan shiftPlan : plan.shifts()) {
            Shift shift = shiftPlan.shiftId() == null ? null : shiftsById.get(shiftPlan.shiftId());
            if (shift == null || !seen.add(shift.id())) {
                continue;
            }
            List<Visit> visits = new ArrayList<>();
            List<Integer> parts = new ArrayList<>();
            for (PlannedVisit planned : shiftPlan.visits()) {
                Visit visit = planned.visitId() == null ? null : visitsById.get(planned.visitId());
                if (visit != null) {
                    visits.add(visit);
                    parts.add(partOf(visit, planned.part()));
                }
            }
            routes.add(new LinkedTimes.PlannedRoute(caregiverByShiftId.get(shift.id()), shift, visits, parts));
        }
        return routes;
    }

    /** The part a route entry serves, or {@link PlannedVisit#NO_PART} when the visit has no such part. */
    static int partOf(Visit visit, int part) {
        return part >= 0 && part < visit.links().parts().size() ? part : PlannedVisit.NO_PART;
    }

    /** Per linked visit id the latest arrival of a caregiver serving one of its parts. */
    Map<String, Long> partsArrival() {
        return linkedTimes.partsArrival();
    }

    LinkedTimes linkedTimes() {
        return linkedTimes;
    }

    /** Records a recomputed stop for the checks across routes (parts, dependencies, pins). */
    void recordService(String shiftId, Caregiver caregiver, RouteSimulation.Stop stop, PlannedVisit planned) {
        services.computeIfAbsent(stop.visit().id(), id -> new ArrayList<>()).add(new Service(shiftId, caregiver
                .id(), stop, planned.start()));
    }

    Map<String, List<Service>> services() {
        return services;
    }

    Map<String, Visit> visitsById() {
        return visitsById;
    }

    /**
     * Records that a route serves a visit (or part {@code part} of a linked visit); returns the problem's visit, or
     * {@code null} when it is unknown.
     */
    Visit registerAssignment(String shiftId, int position, String visitId, int part) {
        String where = "shift " + shiftId + " (position " + (position + 1) + ")";
        Visit visit = visitId == null ? null : visitsById.get(visitId);
        if (visit == null) {
            structure(shiftId, visitId, "The route of shift " + shiftId + " serves visit " + visitId + " at position "
                    + (position + 1) + ", which is not in the problem; remove it from the route.");
            return null;
        }
        if (visit.links().hasParts() || part != PlannedVisit.NO_PART) {
            return registerPart(shiftId, where, visit, part);
        }
        String first = assignedAt.putIfAbsent(visitId, where);
        if (first != null) {
            structure(shiftId, visitId, "Visit " + visitId + " is planned more than once: in " + first
                    + " and in " + where + "; keep one.");
        }
        return visit;
    }

    private Visit registerPart(String shiftId, String where, Visit visit, int part) {
        int count = visit.links().parts().size();
        if (count == 0) {
            structure(shiftId, visit.id(), "Visit " + visit.id() + " in " + where + " names part " + part
                    + ", but the visit has no parts; remove 'part'.");
            return null;
        }
        if (part < 0 || part >= count) {
            structure(shiftId, visit.id(), "Visit " + visit.id() + " needs " + count + " caregivers; its entry in "
                    + where + " must name its part (0 to " + (count - 1) + ").");
            return null;
        }
        assignedAt.putIfAbsent(visit.id(), where);
        String first = partAt.putIfAbsent(visit.id() + "#" + part, where);
        if (first != null) {
            structure(shiftId, visit.id(), "Part " + part + " of visit " + visit.id() + " is planned more than once:"
                    + " in " + first + " and in " + where + "; keep one.");
        }
        return visit;
    }

    /** How many caregivers a visit still lacks: all when unplanned, the unplanned parts of a linked visit. */
    /**
     * Whether the visit counts as planned for a both-or-none dependency: planned, or for a visit with parts its first
     * part planned (a partly planned visit breaks {@code linked-visit-partly-assigned} anyway).
     */
    boolean isLeadPlanned(Visit visit) {
        return visit.links().hasParts() ? partAt.containsKey(visit.id() + "#0") : assignedAt.containsKey(visit.id());
    }

    int missingParts(Visit visit) {
        if (!visit.links().hasParts()) {
            return assignedAt.containsKey(visit.id()) ? 0 : 1;
        }
        int missing = 0;
        for (int p = 0; p < visit.links().parts().size(); p++) {
            if (!partAt.containsKey(visit.id() + "#" + p)) {
                missing++;
            }
        }
        return missing;
    }

    private void checkUnassignedList() {
        for (UnassignedVisit unassigned : plan.unassignedVisits()) {
            String visitId = unassigned.visitId();
            Visit visit = visitId == null ? null : visitsById.get(visitId);
            if (visit == null) {
                structure(null, visitId, "The plan lists visit " + visitId
                        + " as unassigned, but it is not in the problem; remove it from unassignedVisits.");
                continue;
            }
            if (!listedUnassigned.add(visitId)) {
                structure(null, visitId, "Visit " + visitId + " is listed more than once in unassignedVisits.");
            }
            if (assignedAt.containsKey(visitId)) {
                structure(null, visitId, "Visit " + visitId + " is both planned in " + assignedAt.get(visitId)
                        + " and listed in unassignedVisits; keep one.");
            }
            if (unassigned.mandatory() != visit.mandatory()) {
                structure(null, visitId, "The plan lists unassigned visit " + visitId + " with mandatory = "
                        + unassigned.mandatory() + ", but the problem says " + visit.mandatory() + ".");
            }
        }
    }

    private void checkEveryVisitAccountedFor() {
        for (String visitId : visitsById.keySet()) {
            if (!assignedAt.containsKey(visitId) && !listedUnassigned.contains(visitId)) {
                structure(null, visitId, "Visit " + visitId
                        + " is neither planned in a route nor listed in unassignedVisits; the plan is incomplete.");
            }
        }
    }

    /** Reports unplanned mandatory visits and returns the medium penalty of unplanned optional ones. */
    private long checkUnassignedVisits() {
        long medium = 0;
        for (Visit visit : visitsById.values()) {
            int missing = missingParts(visit);
            if (missing == 0) {
                continue;
            }
            // A visit needing several caregivers counts once per caregiver missing, as in the solver.
            String what = visit.links().hasParts()
                    ? " (" + missing + " of its " + visit.links().parts().size() + " parts)"
                    : "";
            if (visit.mandatory()) {
                rule(CareConstraint.MANDATORY_VISIT_UNASSIGNED, null, visit.id(), missing, "Mandatory visit "
                        + describe(visit) + what + " is not planned; every mandatory visit must have a caregiver.");
            } else if (visit.care().hasValue()) {
                long lost = lostValue(visit);
                softCost(CareConstraint.OPTIONAL_VISIT_VALUE, null, visit.id(), lost, "Optional visit "
                        + describe(visit) + what + " (value " + visit.care().value() + ") is not planned.");
            } else {
                long amount = (long) visit.priority() * missing;
                medium += weight(CareConstraint.VISIT_UNASSIGNED) * amount;
                cost(CareConstraint.VISIT_UNASSIGNED, null, visit.id(), amount, "Optional visit "
                        + describe(visit) + what + " (priority " + visit.priority() + ") is not planned.");
            }
        }
        return medium;
    }

    /**
     * The value lost by leaving a visit out: all of it, or for a visit with N parts the share of each missing part
     * (value / N each, the first part also the remainder), so that the whole visit counts once.
     */
    private long lostValue(Visit visit) {
        long value = visit.care().value();
        if (!visit.links().hasParts()) {
            return value;
        }
        int n = visit.links().parts().size();
        long lost = 0;
        for (int p = 0; p < n; p++) {
            if (!partAt.containsKey(visit.id() + "#" + p)) {
                lost += p == 0 ? value - (n - 1) * (value / n) : value / n;
            }
        }
        return lost;
    }

    private void checkSummary(int assigned, int unassigned) {
        PlanSummary summary = plan.summary();
        if (summary == null) {
            structure(null, null, "The plan has no summary.");
            return;
        }
        List<String> differences = new ArrayList<>();
        compare(differences, "assignedVisits", summary.assignedVisits(), assigned);
        compare(differences, "unassignedVisits", summary.unassignedVisits(), unassigned);
        compare(differences, "totalTravelSeconds", summary.totalTravelSeconds(), travelSeconds);
        compare(differences, "totalDistanceMeters", summary.totalDistanceMeters(), distanceMeters);
        if (!differences.isEmpty()) {
            structure(null, null, "The plan's summary does not match its routes: " + String.join("; ", differences)
                    + ".");
        }
    }

    private static void compare(List<String> differences, String field, long reported, long recomputed) {
        if (reported != recomputed) {
            differences.add(field + " is " + reported + " in the plan but " + recomputed + " when recomputed");
        }
    }

    /** The effective weight of a constraint: the problem's override or the default. */
    public long weight(CareConstraint constraint) {
        Long override = problem.constraintWeights().get(constraint.id());
        return override == null ? constraint.defaultWeight() : override;
    }

    /** Reports a broken rule, unless the problem switched the rule off with weight 0. */
    void rule(CareConstraint constraint, String shiftId, String visitId, long amount, String message) {
        long weight = weight(constraint);
        if (weight == 0 || amount == 0) {
            return;
        }
        hardPenalty += weight * amount;
        violations.add(new Violation(constraint.id(), shiftId, visitId, amount, message));
        matches.add(new ScoreMatch(constraint, shiftId, visitId, amount, weight * amount, message));
    }

    /** Records a medium or soft penalty, unless the problem switched the rule off with weight 0. */
    void cost(CareConstraint constraint, String shiftId, String visitId, long amount, String message) {
        long weight = weight(constraint);
        if (weight == 0 || amount == 0) {
            return;
        }
        matches.add(new ScoreMatch(constraint, shiftId, visitId, amount, weight * amount, message));
    }

    /** Records a soft penalty that the plan-wide soft total adds up match by match (working-day costs). */
    void softCost(CareConstraint constraint, String shiftId, String visitId, long amount, String message) {
        long weight = weight(constraint);
        if (weight == 0 || amount == 0) {
            return;
        }
        workingDaySoft += weight * amount;
        cost(constraint, shiftId, visitId, amount, message);
    }

    void structure(String shiftId, String visitId, String message) {
        structureBroken = true;
        violations.add(new Violation(Violation.PLAN_STRUCTURE, shiftId, visitId, 1, message));
    }

    /** Collects the idle time of every checked route. */
    IdleTimeCheck idleTime() {
        return idleTime;
    }

    TravelMatrices travelMatrices() {
        return travel();
    }

    public TimeText text() {
        return text;
    }

    public static String describe(Visit visit) {
        return visit.name().equals(visit.id()) ? visit.id() : visit.id() + " (" + visit.name() + ")";
    }

    public static String describe(Caregiver caregiver) {
        return caregiver.name().equals(caregiver.id())
                ? caregiver.id()
                : caregiver.id() + " (" + caregiver.name()
                        + ")";
    }

    /**
     * One constraint match found while verifying.
     *
     * @param penalty
     *            {@code amount × weight}
     */
    public record ScoreMatch(CareConstraint constraint, String shiftId, String visitId, long amount, long penalty,
            String message) {
    }

    /** A verification with its matches, the travel matrices it used and the ids of the visits the plan serves. */
    public record Evaluation(VerificationReport report, List<ScoreMatch> matches, TravelMatrices travel,
            Set<String> assignedVisitIds) {

        public Evaluation {
            assignedVisitIds = Set.copyOf(assignedVisitIds);
        }
    }

    /** A recomputed stop of a planned visit, with where it is and the start the plan reports. */
    record Service(String shiftId, String caregiverId, RouteSimulation.Stop stop, Instant reportedStart) {
    }

    /** Totals of one recomputed route. */
    /**
     * What one route adds up to; {@code busyFrom} to {@code busyUntil} (epoch seconds) is when its caregiver is out:
     * from leaving at the shift start to being back (or, with an open end, to the end of the last visit);
     * {@code backLate}: after the shift end and any overtime allowed (a {@code shift-end} violation).
     */
    record RouteResult(int visitCount, long travelSeconds, long distanceMeters, long waitingSeconds,
            long waitingMinutesCounted, long workloadSeconds, long busyFrom, long busyUntil, boolean backLate) {
    }

    /** A used route of a caregiver, for the check that nobody is in two places at once. */
    private record BusyRoute(String shiftId, long from, long until, boolean backLate) {
    }
}
