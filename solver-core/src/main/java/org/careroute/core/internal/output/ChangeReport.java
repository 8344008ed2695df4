package org.careroute.core.internal.output;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanChanges;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitChange;
import org.careroute.core.api.model.VisitChange.Kind;
import org.careroute.core.internal.construction.WarmStart;

/**
 * Compares a re-planned plan with the published plan it started from: one {@link VisitChange} per visit of the
 * problem with its kind and a reason, the number of changed published visits, and the warm start's notes.
 */
public final class ChangeReport {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Problem problem;
    private final WarmStart warmStart;
    private final Map<String, Shift> shifts = new HashMap<>();
    private final Map<String, Caregiver> caregivers = new HashMap<>();

    private ChangeReport(Problem problem, WarmStart warmStart) {
        this.problem = problem;
        this.warmStart = warmStart;
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                shifts.put(shift.id(), shift);
                caregivers.put(shift.id(), caregiver);
            }
        }
    }

    public static PlanChanges of(Problem problem, WarmStart warmStart, Plan plan) {
        return new ChangeReport(problem, warmStart).compare(plan);
    }

    /** Where a visit is in a plan: its shift and planned visit. */
    private record Place(String shiftId, PlannedVisit visit) {
    }

    private static Map<String, Place> places(Plan plan) {
        Map<String, Place> places = new HashMap<>();
        for (ShiftPlan shift : plan.shifts()) {
            for (PlannedVisit visit : shift.visits()) {
                places.putIfAbsent(visit.key(), new Place(shift.shiftId(), visit));
            }
        }
        return places;
    }

    private PlanChanges compare(Plan plan) {
        Plan published = warmStart.start();
        Map<String, Place> before = places(published);
        Map<String, Place> after = places(plan);
        Set<String> listedBefore = new HashSet<>(before.keySet());
        published.unassignedVisits().forEach(u -> listedBefore.add(u.visitId()));
        Map<String, UnassignedVisit> unassigned = new HashMap<>();
        plan.unassignedVisits().forEach(u -> unassigned.put(u.visitId(), u));
        List<VisitChange> changes = new ArrayList<>(problem.visits().size());
        int changed = 0;
        for (Visit visit : problem.visits()) {
            boolean hasParts = visit.links().hasParts();
            int count = hasParts ? visit.links().parts().size() : 1;
            for (int p = 0; p < count; p++) {
                int part = hasParts ? p : PlannedVisit.NO_PART;
                String key = PlannedVisit.key(visit.id(), part);
                VisitChange change = change(visit, before.get(key), after.get(key), listedBefore.contains(visit
                        .id()) || before.containsKey(key), unassigned.get(visit.id()));
                if (part != PlannedVisit.NO_PART) {
                    change = new VisitChange(change.visitId(), part, change.kind(), change.previousShiftId(), change
                            .previousStart(), change.shiftId(), change.start(),
                            "Part " + part + ": " + change
                                    .reason());
                }
                changes.add(change);
                if (change.kind().isChange()) {
                    changed++;
                }
            }
        }
        return new PlanChanges(warmStart.now(), Duration.ofSeconds(warmStart.toleranceSeconds()), changed, changes,
                warmStart.notes(), warmStart.startedBreaks());
    }

    private VisitChange change(Visit visit, Place before, Place after, boolean inPublished,
            UnassignedVisit unassigned) {
        String previousShift = before == null ? null : before.shiftId();
        Instant previousStart = before == null ? null : before.visit().start();
        String shift = after == null ? null : after.shiftId();
        Instant start = after == null ? null : after.visit().start();
        if (before == null && after == null) {
            return new VisitChange(visit.id(), Kind.STILL_UNASSIGNED, null, null, null, null, "Not planned before"
                    + " and still not planned" + because(unassigned));
        }
        if (before == null) {
            String what = inPublished ? "Left out of the published plan, planned now" : "A new visit";
            return new VisitChange(visit.id(), Kind.NEWLY_PLANNED, null, null, shift, start, what + ": shift "
                    + shift + " at " + clock(start) + ".");
        }
        if (after == null) {
            return new VisitChange(visit.id(), Kind.UNASSIGNED, previousShift, previousStart, null, null,
                    "Was planned in shift " + previousShift + " at " + clock(previousStart) + ", now left out"
                            + because(unassigned));
        }
        Instant now = warmStart.now();
        if (now != null && previousStart != null && previousStart.isBefore(now) && previousShift.equals(shift)) {
            String note = previousStart.equals(start)
                    ? ""
                    : " (its times were recomputed from the changed problem: now " + clock(start) + ")";
            return new VisitChange(visit.id(), Kind.FIXED, previousShift, previousStart, shift, start,
                    "Started at " + clock(previousStart) + ", before " + clock(now) + ": kept as it is" + note + ".");
        }
        if (!previousShift.equals(shift)) {
            return new VisitChange(visit.id(), Kind.OTHER_CAREGIVER, previousShift, previousStart, shift, start,
                    "Moved from shift " + previousShift + " (" + caregiverOf(previousShift) + ") at " + clock(
                            previousStart) + " to shift " + shift + " (" + caregiverOf(shift) + ") at " + clock(start)
                            + cause(visit, before) + ".");
        }
        long moved = start.getEpochSecond() - previousStart.getEpochSecond();
        if (Math.abs(moved) > warmStart.toleranceSeconds()) {
            return new VisitChange(visit.id(), Kind.MOVED_TIME, previousShift, previousStart, shift, start,
                    "Start moved from " + clock(previousStart) + " to " + clock(start) + " (" + (moved > 0 ? "+" : "-")
                            + minutes(Math.abs(moved)) + ", more than the tolerance of " + minutes(warmStart
                                    .toleranceSeconds())
                            + ")" + cause(visit, before) + ".");
        }
        return new VisitChange(visit.id(), Kind.KEPT, previousShift, previousStart, shift, start, moved == 0
                ? "Unchanged."
                : "Same shift, start moved by " + minutes(Math.abs(moved)) + " (within the tolerance).");
    }

    /** Why a published visit had to change, as far as the problem shows it. */
    private String cause(Visit visit, Place before) {
        Shift shift = shifts.get(before.shiftId());
        if (shift == null) {
            return ": shift " + before.shiftId() + " is no longer in the problem";
        }
        PlannedVisit planned = before.visit();
        if (planned.end() != null && shift.end().isBefore(planned.end())) {
            return ": shift " + shift.id() + " now ends at " + clock(shift.end());
        }
        if (!caregivers.get(shift.id()).skills().containsAll(visit.requiredSkills())) {
            return ": the visit now needs a skill caregiver " + caregivers.get(shift.id()).id() + " lacks";
        }
        if (planned.start() != null && planned.end() != null && !Duration.between(planned.start(), planned.end())
                .equals(visit.duration())) {
            return ": its duration changed";
        }
        if (planned.start() != null && !insideWindows(visit, planned.start())) {
            return ": its published start is outside its time windows now";
        }
        return ": to make room for new, changed or re-assigned visits at a lower total cost";
    }

    private static boolean insideWindows(Visit visit, Instant start) {
        if (visit.timeWindows().isEmpty()) {
            return true;
        }
        for (TimeWindow window : visit.timeWindows()) {
            if (!start.isBefore(window.start()) && !start.isAfter(window.end())) {
                return true;
            }
        }
        return false;
    }

    private static String because(UnassignedVisit unassigned) {
        if (unassigned == null || unassigned.reasons().isEmpty()) {
            return ".";
        }
        return ": " + unassigned.reasons().get(0);
    }

    private String caregiverOf(String shiftId) {
        Caregiver caregiver = caregivers.get(shiftId);
        return caregiver == null ? "no longer in the problem" : caregiver.name();
    }

    private String clock(Instant instant) {
        if (instant == null) {
            return "?";
        }
        if (problem.timeFormat() == TimeFormat.NUMBER) {
            return Long.toString(instant.getEpochSecond());
        }
        return CLOCK.format(instant.atZone(problem.timeZone()));
    }

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
