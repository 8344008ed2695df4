package org.careroute.core.internal.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;
import org.careroute.core.api.explain.UnassignedReason.Kind;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.travel.TravelMatrices;
import org.careroute.core.internal.verify.RouteSimulation;
import org.careroute.core.internal.verify.TimeText;
import org.careroute.core.internal.verify.Verification;

/**
 * Finds the concrete reasons why a visit is not in a plan by trying it at every position of every shift of a
 * qualified caregiver, simulating each route with {@link RouteSimulation} and comparing the hard and soft penalties
 * with and without the visit (weighted like the score) against the cost of leaving it out.
 */
final class InsertionDiagnosis {

    private static final int LISTED = 3;

    private final Problem problem;
    private final TravelMatrices travel;
    private final TimeText text;
    private final Map<String, List<Visit>> routes;
    private final Map<CareConstraint, Long> weights = new EnumMap<>(CareConstraint.class);
    private final RouteSimulation.Release release;

    /**
     * @param routes
     *            the visits of each shift's route in the plan, by shift id (shifts without a route are empty)
     */
    InsertionDiagnosis(Problem problem, TravelMatrices travel, TimeText text, Map<String, List<Visit>> routes) {
        this(problem, travel, text, routes, RouteSimulation.Release.NONE);
    }

    /** As above, with departures timed by {@code release} (re-planned plans: not before the re-planning time). */
    InsertionDiagnosis(Problem problem, TravelMatrices travel, TimeText text, Map<String, List<Visit>> routes,
            RouteSimulation.Release release) {
        this.release = release;
        this.problem = problem;
        this.travel = travel;
        this.text = text;
        this.routes = routes;
        for (CareConstraint constraint : CareConstraint.values()) {
            Long override = problem.constraintWeights().get(constraint.id());
            weights.put(constraint, override == null ? constraint.defaultWeight() : override);
        }
    }

    UnassignedExplanation explain(Visit visit) {
        return new UnassignedExplanation(visit.id(), visit.name(), visit.mandatory(), reasons(visit));
    }

    private List<UnassignedReason> reasons(Visit visit) {
        List<Caregiver> onDuty = problem.caregivers().stream().filter(c -> !c.shifts().isEmpty()).toList();
        if (onDuty.isEmpty()) {
            return List.of(new UnassignedReason(Kind.NO_SHIFTS, null, null, 0, 0,
                    "The problem has no shifts: nobody can serve any visit."));
        }
        List<Caregiver> qualified = onDuty.stream().filter(c -> c.skills().containsAll(visit.requiredSkills()))
                .toList();
        if (qualified.isEmpty()) {
            return List.of(missingSkill(visit, onDuty));
        }
        List<Caregiver> allowed = qualified.stream().filter(c -> !visit.care().excludedCaregivers().contains(c
                .id())).toList();
        if (allowed.isEmpty()) {
            List<String> names = qualified.stream().limit(LISTED).map(Verification::describe).toList();
            return List.of(new UnassignedReason(Kind.EXCLUDED_CAREGIVER, qualified.get(0).id(), null, 0, qualified
                    .size(),
                    "The patient excluded every caregiver with the required skills (" + String.join(", ",
                            names) + (qualified.size() > LISTED ? " and " + (qualified.size() - LISTED) + " more" : "")
                            + ")."));
        }
        qualified = allowed;
        List<Attempt> attempts = new ArrayList<>();
        for (Caregiver caregiver : qualified) {
            for (Shift shift : caregiver.shifts()) {
                // Over several days only the shifts at the visit's time are candidates: a shift on another day
                // would only "arrive late" by a day.
                if (overlapsWindows(shift, visit)) {
                    attempts.add(bestAttempt(visit, caregiver, shift));
                }
            }
        }
        if (attempts.isEmpty()) {
            return List.of(noShiftAtThatTime(visit, qualified));
        }
        Map<Kind, List<Attempt>> byKind = new EnumMap<>(Kind.class);
        for (Attempt attempt : attempts) {
            byKind.computeIfAbsent(attempt.kind(), k -> new ArrayList<>()).add(attempt);
        }
        List<UnassignedReason> reasons = new ArrayList<>();
        byKind.forEach((kind, group) -> reasons.add(withSolverNote(visit, group, reason(visit, kind, group, attempts
                .size()))));
        return reasons;
    }

    /**
     * A hard rule broken by the insertion can still score better than leaving a mandatory visit out (e.g. a few
     * minutes late against the mandatory penalty): say so, as the solver should then have planned it.
     */
    private UnassignedReason withSolverNote(Visit visit, List<Attempt> group, UnassignedReason reason) {
        if (reason.kind() == Kind.INSERTABLE || reason.kind() == Kind.COSTS_MORE_THAN_LEAVING_OUT) {
            return reason;
        }
        reason = withPriorityNote(visit, reason);
        Attempt cheapest = group.stream().filter(a -> cheaperThanLeavingOut(visit, a)).min(Comparator.comparingLong(
                Attempt::hard)).orElse(null);
        if (cheapest == null) {
            return reason;
        }
        return new UnassignedReason(reason.kind(), reason.caregiverId(), reason.shiftId(), reason.amount(), reason
                .shiftCount(),
                reason.message() + " Even so, inserting it into shift " + cheapest.shift().id() + " "
                        + where(cheapest) + " would cost " + cheapest.hard() + " hard, less than leaving it out ("
                        + leaveOutCost(visit) + "): the solver stopped before finding this; solve longer.");
    }

    private UnassignedReason missingSkill(Visit visit, List<Caregiver> onDuty) {
        Set<String> heldByAnyone = new TreeSet<>();
        onDuty.forEach(c -> heldByAnyone.addAll(c.skills()));
        Set<String> heldByNobody = new TreeSet<>(visit.requiredSkills());
        heldByNobody.removeAll(heldByAnyone);
        List<Caregiver> closest = onDuty.stream().sorted(Comparator.comparingInt((Caregiver c) -> missing(visit, c)
                .size()).thenComparing(Caregiver::id)).toList();
        Caregiver best = closest.get(0);
        if (!heldByNobody.isEmpty()) {
            return new UnassignedReason(Kind.MISSING_SKILL, null, null, heldByNobody.size(), 0, "No caregiver on duty"
                    + " has the required skill" + (heldByNobody.size() == 1 ? " " : "s ") + String.join(", ",
                            heldByNobody)
                    + ".");
        }
        List<String> lacks = closest.stream().limit(LISTED).map(c -> Verification.describe(c) + " lacks " + String
                .join(", ", missing(visit, c))).toList();
        return new UnassignedReason(Kind.MISSING_SKILL, best.id(), null, missing(visit, best).size(), 0,
                "No caregiver on duty has all the required skills " + String.join(", ", new TreeSet<>(visit
                        .requiredSkills())) + ": " + String.join("; ", lacks) + ".");
    }

    private static Set<String> missing(Visit visit, Caregiver caregiver) {
        Set<String> missing = new TreeSet<>(visit.requiredSkills());
        missing.removeAll(caregiver.skills());
        return missing;
    }

    private static boolean overlapsWindows(Shift shift, Visit visit) {
        if (visit.timeWindows().isEmpty()) {
            return true;
        }
        for (TimeWindow window : visit.timeWindows()) {
            if (!window.start().isAfter(shift.end()) && !window.end().isBefore(shift.start())) {
                return true;
            }
        }
        return false;
    }

    private UnassignedReason noShiftAtThatTime(Visit visit, List<Caregiver> qualified) {
        List<String> windows = visit.timeWindows().stream().map(w -> text.instant(w.start().getEpochSecond()) + " to "
                + text.clock(w.end().getEpochSecond(), w.start().getEpochSecond())).toList();
        List<String> shifts = new ArrayList<>();
        for (Caregiver caregiver : qualified) {
            for (Shift shift : caregiver.shifts()) {
                shifts.add(shift.id() + " of " + Verification.describe(caregiver) + " (" + text.instant(shift.start()
                        .getEpochSecond()) + " to " + text.clock(shift.end().getEpochSecond(),
                                shift.start()
                                        .getEpochSecond())
                        + ")");
            }
        }
        int total = shifts.size();
        String listed = String.join(", ", shifts.subList(0, Math.min(LISTED, total))) + (total > LISTED
                ? " and "
                        + (total - LISTED) + " more"
                : "");
        String skills = visit.requiredSkills().isEmpty()
                ? ""
                : " with skill" + (visit.requiredSkills().size() == 1
                        ? " "
                        : "s ") + String.join(", ", new TreeSet<>(visit.requiredSkills()));
        Caregiver first = qualified.get(0);
        return new UnassignedReason(Kind.NO_SHIFT_AT_THAT_TIME, first.id(), first.shifts().get(0).id(), 0, total,
                "No caregiver" + skills + " works during the visit's time window" + (windows.size() == 1 ? " " : "s ")
                        + String.join(", ", windows) + "; the qualified shifts are " + listed + ".");
    }

    /** Tries the visit at every position of one shift's route and keeps the least bad insertion. */
    private Attempt bestAttempt(Visit visit, Caregiver caregiver, Shift shift) {
        RouteSimulation simulation = new RouteSimulation(travel.forMode(caregiver.transportMode()), travel
                .locationIndex());
        List<Visit> route = routes.getOrDefault(shift.id(), List.of());
        RouteSimulation.Route base = simulation.simulate(caregiver, shift, route, release);
        long baseLateness = totalLateness(base);
        Attempt best = null;
        long earliestArrival = Long.MAX_VALUE;
        for (int position = 0; position <= route.size(); position++) {
            Attempt attempt = attempt(visit, caregiver, shift, simulation, route, base, baseLateness, position);
            earliestArrival = Math.min(earliestArrival, attempt.stop().arrival());
            if (best == null || attempt.hard() < best.hard() || attempt.hard() == best.hard() && attempt
                    .soft() < best.soft()) {
                best = attempt;
            }
        }
        return best.withKind(kindOf(visit, best, earliestArrival), earliestArrival);
    }

    /** The visit inserted before {@code position} of one shift's route, with its weighted penalty increases. */
    private Attempt attempt(Visit visit, Caregiver caregiver, Shift shift, RouteSimulation simulation,
            List<Visit> route, RouteSimulation.Route base, long baseLateness, int position) {
        List<Visit> tried = new ArrayList<>(route);
        tried.add(position, visit);
        RouteSimulation.Route after = simulation.simulate(caregiver, shift, tried, release);
        RouteSimulation.Stop stop = after.stops().get(position);
        long ownLate = stop.lateness();
        long othersLate = Math.max(0, totalLateness(after) - ownLate - baseLateness);
        long overrun = Math.max(0, after.overrun() - base.overrun());
        long capacity = Math.max(0, after.capacityExcess() - base.capacityExcess());
        long workingDay = Math.max(0, workingDayHard(after, shift) - workingDayHard(base, shift));
        long deviation = visit.care().deviationSeconds(stop.start());
        long beyondCap = visit.care().maxDeviation() == null
                ? 0
                : Math.max(0, deviation - visit.care().maxDeviation().getSeconds());
        long excluded = visit.care().excludedCaregivers().contains(caregiver.id())
                ? weight(CareConstraint.EXCLUDED_CAREGIVER)
                : 0;
        long hard = weight(CareConstraint.VISIT_TIME_WINDOW) * (ownLate + othersLate) + weight(
                CareConstraint.SHIFT_END) * overrun + weight(CareConstraint.SHIFT_CAPACITY) * capacity + weight(
                        CareConstraint.PREFERRED_WINDOW_MAX_DEVIATION) * beyondCap
                + workingDay + excluded;
        ownLate = Math.max(ownLate, beyondCap);
        long soft = weight(CareConstraint.TRAVEL_TIME) * (after.travelSeconds() - base.travelSeconds()) + weight(
                CareConstraint.TRAVEL_DISTANCE) * (after.distanceMeters() - base.distanceMeters()) + weight(
                        CareConstraint.WAITING_TIME) * (after.waitingMinutesCounted() - base.waitingMinutesCounted())
                + weight(CareConstraint.PREFERRED_WINDOW) * deviation + weight(CareConstraint.SOFT_WINDOW_LATENESS)
                        * RouteSimulation.softWindowLateness(visit, stop.start())
                + weight(
                        CareConstraint.PREFERRED_CAREGIVER) * visit.care().preferencePointsLost(caregiver.id())
                + weight(CareConstraint.MISSED_BREAK)
                        * (after.missedBreaks().size() - base.missedBreaks().size());
        return new Attempt(caregiver, shift, route, position, stop, ownLate, othersLate, overrun, capacity, after
                .demand(), after.returnTime(), hard, soft, null, 0, workingDay);
    }

    /**
     * Every insertion of {@code visit} into the route of every shift of a caregiver with the required skills, at
     * positions from {@code firstPosition.applyAsInt(shiftId)} on, with the weighted hard and soft increase the
     * route simulation gives (the same estimate the unassigned reasons use).
     */
    List<InsertionEstimate> estimates(Visit visit, java.util.function.ToIntFunction<String> firstPosition) {
        List<InsertionEstimate> estimates = new ArrayList<>();
        for (Caregiver caregiver : problem.caregivers()) {
            if (!caregiver.skills().containsAll(visit.requiredSkills())) {
                continue;
            }
            RouteSimulation simulation = new RouteSimulation(travel.forMode(caregiver.transportMode()), travel
                    .locationIndex());
            for (Shift shift : caregiver.shifts()) {
                List<Visit> route = routes.getOrDefault(shift.id(), List.of());
                RouteSimulation.Route base = simulation.simulate(caregiver, shift, route, release);
                long baseLateness = totalLateness(base);
                for (int position = Math.max(0, firstPosition.applyAsInt(shift.id())); position <= route
                        .size(); position++) {
                    Attempt a = attempt(visit, caregiver, shift, simulation, route, base, baseLateness, position);
                    estimates.add(new InsertionEstimate(caregiver.id(), shift.id(), position, a.hard(), a.soft()));
                }
            }
        }
        return estimates;
    }

    private Kind kindOf(Visit visit, Attempt best, long earliestArrival) {
        if (best.hard() == 0) {
            return cheaperThanLeavingOut(visit, best) ? Kind.INSERTABLE : Kind.COSTS_MORE_THAN_LEAVING_OUT;
        }
        long latestStart = latestStart(visit);
        if (weight(CareConstraint.VISIT_TIME_WINDOW) > 0 && latestStart != Long.MAX_VALUE
                && earliestArrival > latestStart) {
            return Kind.ARRIVES_LATE;
        }
        long timeWindow = weight(CareConstraint.VISIT_TIME_WINDOW);
        long ownLate = timeWindow * best.ownLate();
        long shiftEnd = weight(CareConstraint.SHIFT_END) * best.overrun();
        long others = timeWindow * best.othersLate();
        long capacity = weight(CareConstraint.SHIFT_CAPACITY) * best.capacity();
        long max = Math.max(Math.max(ownLate, shiftEnd), Math.max(others, capacity));
        if (best.workingDay() > max) {
            return Kind.WORKING_TIME;
        }
        if (max == ownLate) {
            return Kind.ARRIVES_LATE;
        }
        if (max == shiftEnd) {
            return Kind.SHIFT_END;
        }
        return max == others ? Kind.DELAYS_OTHER_VISITS : Kind.CAPACITY;
    }

    /** Whether inserting (hard, 0 medium, soft) scores better than leaving the visit out. */
    private boolean cheaperThanLeavingOut(Visit visit, Attempt attempt) {
        long leaveHard = visit.mandatory() ? weight(CareConstraint.MANDATORY_VISIT_UNASSIGNED) : 0;
        boolean valued = !visit.mandatory() && visit.care().hasValue();
        long leaveMedium = visit.mandatory() || valued ? 0 : weight(CareConstraint.VISIT_UNASSIGNED) * visit.priority();
        if (attempt.hard() != leaveHard) {
            return attempt.hard() < leaveHard;
        }
        if (leaveMedium != 0) {
            return leaveMedium > 0;
        }
        return attempt.soft() < (valued ? weight(CareConstraint.OPTIONAL_VISIT_VALUE) * visit.care().value() : 0);
    }

    /** When an optional visit is crowded out by other visits, says that its priority decided it. */
    private static UnassignedReason withPriorityNote(Visit visit, UnassignedReason reason) {
        boolean crowdedOut = reason.kind() == Kind.DELAYS_OTHER_VISITS || reason.kind() == Kind.SHIFT_END || reason
                .kind() == Kind.CAPACITY;
        if (visit.mandatory() || !crowdedOut) {
            return reason;
        }
        if (visit.care().hasValue()) {
            return new UnassignedReason(reason.kind(), reason.caregiverId(), reason.shiftId(), reason.amount(), reason
                    .shiftCount(),
                    reason.message() + " It is optional with value " + visit.care().value()
                            + ": capacity is short, and the plan leaves out what is worth least for what it costs.");
        }
        return new UnassignedReason(reason.kind(), reason.caregiverId(), reason.shiftId(), reason.amount(), reason
                .shiftCount(),
                reason.message() + " It is optional with priority " + visit.priority()
                        + ": capacity is short, and the plan leaves out the least important optional visits first.");
    }

    private String leaveOutCost(Visit visit) {
        if (visit.mandatory()) {
            return "costs " + weight(CareConstraint.MANDATORY_VISIT_UNASSIGNED) + " hard: mandatory-visit-unassigned";
        }
        if (visit.care().hasValue()) {
            long valueWeight = weight(CareConstraint.OPTIONAL_VISIT_VALUE);
            return "costs " + valueWeight * visit.care().value() + " soft: value " + visit.care().value() + " × weight "
                    + valueWeight + " of optional-visit-value";
        }
        long weight = weight(CareConstraint.VISIT_UNASSIGNED);
        return "costs " + weight * visit.priority() + " medium: priority " + visit.priority() + " × weight " + weight
                + " of visit-unassigned";
    }

    private UnassignedReason reason(Visit visit, Kind kind, List<Attempt> group, int qualifiedShifts) {
        String share = group.size() == qualifiedShifts
                ? (qualifiedShifts == 1 ? "The only qualified shift" : "All " + qualifiedShifts + " qualified shifts")
                : group.size() + " of " + qualifiedShifts + " qualified shifts";
        return switch (kind) {
            case ARRIVES_LATE -> arrivesLate(visit, group, share);
            case SHIFT_END -> {
                Attempt a = min(group, Attempt::overrun);
                long shiftEnd = a.shift().end().getEpochSecond();
                yield reason(kind, a, a.overrun(), group, share + ": inserting it would bring caregiver "
                        + Verification.describe(a.caregiver()) + " back " + text.duration(a.overrun())
                        + " after shift " + a.shift().id() + " ends (" + text.clock(shiftEnd, a.returnTime())
                        + ", back at " + text.clock(a.returnTime(), shiftEnd) + ") at best, " + where(a) + ".");
            }
            case DELAYS_OTHER_VISITS -> {
                Attempt a = min(group, Attempt::othersLate);
                yield reason(kind, a, a.othersLate(), group, share + ": inserting it would push later visits of"
                        + " caregiver " + Verification.describe(a.caregiver()) + " (shift " + a.shift().id()
                        + ") " + text.duration(a.othersLate()) + " past their time windows at best, " + where(a)
                        + ".");
            }
            case CAPACITY -> {
                Attempt a = min(group, Attempt::capacity);
                yield reason(kind, a, a.capacity(), group, share + ": inserting it would load shift " + a.shift()
                        .id() + " of caregiver " + Verification.describe(a.caregiver()) + " with a demand of "
                        + a
                                .demand()
                        + ", " + a.capacity() + " above its capacity of " + a.caregiver()
                                .capacity()
                        + ".");
            }
            case WORKING_TIME -> {
                Attempt a = min(group, Attempt::workingDay);
                yield reason(kind, a, a.workingDay(), group, share + ": inserting it would break a working-time"
                        + " rule of caregiver " + Verification.describe(a.caregiver()) + " (shift " + a.shift().id()
                        + ": breaks, continuous work or maximum working time) by " + a.workingDay()
                        + " hard at best, " + where(a) + ".");
            }
            case COSTS_MORE_THAN_LEAVING_OUT -> {
                Attempt a = min(group, Attempt::soft);
                yield reason(kind, a, a.soft(), group, "It fits without breaking a hard rule into shift " + a.shift()
                        .id() + " of caregiver " + Verification.describe(a.caregiver()) + " " + where(a)
                        + " at a cost of " + a.soft() + " soft, but that costs more than leaving it out ("
                        + leaveOutCost(visit) + ").");
            }
            case INSERTABLE -> {
                Attempt a = min(group, Attempt::soft);
                yield reason(kind, a, a.soft(), group, "It fits without breaking a hard rule into shift " + a.shift()
                        .id() + " of caregiver " + Verification.describe(a.caregiver()) + " " + where(a)
                        + " at a cost of " + a.soft() + " soft, which is better than leaving it out ("
                        + leaveOutCost(visit) + "): the solver stopped before finding this; solve longer.");
            }
            default -> throw new IllegalStateException("Not an insertion outcome: " + kind);
        };
    }

    /** The latest start the hard windows and the preferred-window deviation cap allow; MAX_VALUE for none. */
    private static long latestStart(Visit visit) {
        List<TimeWindow> windows = visit.timeWindows();
        long latest = windows.isEmpty() || visit.care().softWindows()
                ? Long.MAX_VALUE
                : windows.get(windows.size() - 1).end().getEpochSecond();
        if (visit.care().maxDeviation() != null) {
            latest = Math.min(latest, visit.care().preferredWindow().end().getEpochSecond() + visit.care()
                    .maxDeviation().getSeconds());
        }
        return latest;
    }

    private UnassignedReason arrivesLate(Visit visit, List<Attempt> group, String share) {
        long lastEnd = latestStart(visit);
        Attempt a = min(group, attempt -> attempt.shownArrival(lastEnd));
        long arrival = a.shownArrival(lastEnd);
        long late = Math.max(0, arrival - lastEnd);
        boolean capped = visit.care().maxDeviation() != null && (visit.timeWindows().isEmpty() || lastEnd < visit
                .timeWindows().getLast().end().getEpochSecond());
        String limit = capped
                ? " would arrive after the latest start its preferred window allows (preferred end plus the allowed"
                        + " deviation)"
                : " would arrive after the visit's last time window ends";
        return reason(Kind.ARRIVES_LATE, a, late, group,
                share + limit + " at " + text.clock(lastEnd, arrival) + "; the earliest is caregiver "
                        + Verification.describe(a
                                .caregiver())
                        + " (shift " + a.shift().id() + ") at " + text.clock(arrival, lastEnd) + ", "
                        + text.duration(late) + " late.");
    }

    private static UnassignedReason reason(Kind kind, Attempt a, long amount, List<Attempt> group, String message) {
        return new UnassignedReason(kind, a.caregiver().id(), a.shift().id(), amount, group.size(), message);
    }

    private static Attempt min(List<Attempt> group, ToLongFunction<Attempt> key) {
        return group.stream().min(Comparator.comparingLong(key).thenComparingLong(Attempt::hard)).orElseThrow();
    }

    private static String where(Attempt a) {
        if (a.route().isEmpty()) {
            return "as the only visit of the route";
        }
        return a.position() == 0
                ? "first in the route"
                : "after visit " + a.route().get(a.position() - 1).id() + " (position " + (a.position() + 1) + ")";
    }

    /** The weighted hard penalty of the working-day rules (breaks, continuous work, maximum working time). */
    private long workingDayHard(RouteSimulation.Route route, Shift shift) {
        long overMax = shift.rules().maxWorkingTime() == null
                ? 0
                : Math.max(0, route.workingSeconds() - shift.rules().maxWorkingTime().toSeconds());
        return weight(CareConstraint.BREAK_WINDOW) * route.breakLateness() + weight(CareConstraint.CONTINUOUS_WORK)
                * route.workExcess() + weight(CareConstraint.MAX_WORKING_TIME) * overMax;
    }

    private static long totalLateness(RouteSimulation.Route route) {
        long total = 0;
        for (RouteSimulation.Stop stop : route.stops()) {
            total += stop.lateness();
        }
        return total;
    }

    private long weight(CareConstraint constraint) {
        return weights.get(constraint);
    }

    /** The least bad insertion of the visit into one shift, with its weighted hard and soft penalty increases. */
    private record Attempt(Caregiver caregiver, Shift shift, List<Visit> route, int position,
            RouteSimulation.Stop stop, long ownLate, long othersLate, long overrun, long capacity, long demand,
            long returnTime, long hard, long soft, Kind kind, long earliestArrival, long workingDay) {

        Attempt withKind(Kind newKind, long earliest) {
            return new Attempt(caregiver, shift, route, position, stop, ownLate, othersLate, overrun, capacity,
                    demand, returnTime, hard, soft, newKind, earliest, workingDay);
        }

        /** The arrival an "arrives late" reason shows: the earliest when every position is late. */
        long shownArrival(long lastWindowEnd) {
            return earliestArrival > lastWindowEnd ? earliestArrival : stop.arrival();
        }
    }
}
