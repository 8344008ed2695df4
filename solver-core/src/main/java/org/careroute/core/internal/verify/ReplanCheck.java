package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanChanges;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.StartedBreak;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitChange;

/**
 * The re-planning rules of a plan with a {@code changes} section, checked independently of the solver: no visit
 * departs before "now" except those that had started (and the one the published route went to next, on the way
 * already), started visits and breaks stay exactly where they were, and the {@code plan-change} penalty is recounted
 * from the
 * published shift and start each change entry records.
 */
final class ReplanCheck implements RouteSimulation.Release {

    private final PlanChanges changes;
    private final long now;
    private final Set<String> fixed = new HashSet<>();
    private final Map<String, String> publishedShift = new HashMap<>();
    private final Set<String> publishedNext = new HashSet<>();
    private final Map<String, Long> publishedStart = new HashMap<>();
    private final Map<String, StartedBreak> startedBreaks = new HashMap<>();

    private ReplanCheck(PlanChanges changes) {
        this.changes = changes;
        this.now = changes.now() == null ? Long.MIN_VALUE : changes.now().getEpochSecond();
        Map<String, VisitChange> firstUnfixed = new HashMap<>();
        for (VisitChange change : changes.visits()) {
            if (change.kind() == VisitChange.Kind.FIXED) {
                fixed.add(PlannedVisit.key(change.visitId(), change.part()));
                if (change.previousStart() != null) {
                    publishedStart.put(PlannedVisit.key(change.visitId(), change.part()), change.previousStart()
                            .getEpochSecond());
                }
            }
            if (change.previousShiftId() == null || change.previousStart() == null) {
                continue;
            }
            publishedShift.put(PlannedVisit.key(change.visitId(), change.part()), change.previousShiftId());
            if (change.kind() != VisitChange.Kind.FIXED) {
                firstUnfixed.merge(change.previousShiftId(), change, (a, b) -> a.previousStart().isAfter(b
                        .previousStart()) ? b : a);
            }
        }
        firstUnfixed.values().forEach(c -> publishedNext.add(PlannedVisit.key(c.visitId(), c.part())));
        changes.startedBreaks().forEach(b -> startedBreaks.put(b.shiftId() + "#" + b.breakIndex(), b));
    }

    /** The check for {@code plan}, or {@code null} when it is not a re-planned plan. */
    static ReplanCheck of(Plan plan) {
        return plan.changes() == null ? null : new ReplanCheck(plan.changes());
    }

    @Override
    public long departure(Shift shift, String beforeId, String visitId, long free) {
        if (now == Long.MIN_VALUE || fixed.contains(visitId)) {
            return free;
        }
        if (publishedNext.contains(visitId) && shift.id().equals(publishedShift.get(visitId)) && (beforeId == null
                || fixed.contains(beforeId))) {
            return free;
        }
        return Math.max(free, now);
    }

    /** A started visit keeps its published start: its service never starts earlier. */
    @Override
    public long heldStart(String visitId) {
        Long start = publishedStart.get(visitId);
        return start == null ? Long.MIN_VALUE : start;
    }

    @Override
    public StartedBreak startedBreak(String shiftId, int index) {
        return startedBreaks.get(shiftId + "#" + index);
    }

    /**
     * Reports moved started visits and breaks, and records the {@code plan-change} matches; returns how many changed.
     */
    long check(Verification verification, Plan plan) {
        Map<String, ShiftPlan> shiftOf = new HashMap<>();
        Map<String, PlannedVisit> placed = new HashMap<>();
        for (ShiftPlan shift : plan.shifts()) {
            for (PlannedVisit visit : shift.visits()) {
                shiftOf.putIfAbsent(visit.key(), shift);
                placed.putIfAbsent(visit.key(), visit);
            }
        }
        TimeText text = verification.text();
        for (StartedBreak started : changes.startedBreaks()) {
            ShiftPlan shift = plan.shifts().stream().filter(s -> s.shiftId().equals(started.shiftId())).findFirst()
                    .orElse(null);
            PlannedBreak kept = new PlannedBreak(started.breakIndex(), started.start(), started.end(), started
                    .visitId());
            // a route the re-plan left empty is not worked any more and lists no breaks
            if (shift != null && !shift.visits().isEmpty() && !shift.breaks().contains(kept)) {
                verification.structure(shift.shiftId(), started.visitId(), "Break " + started.breakIndex()
                        + " of shift " + started.shiftId() + " started at " + text.instant(started.start()
                                .getEpochSecond())
                        + (started.visitId() == null ? "" : " at " + started.visitId())
                        + ", before the re-planning time, but the plan does not keep it there; started breaks never"
                        + " move.");
            }
        }
        long tolerance = changes.changeTolerance().toSeconds();
        long changed = 0;
        for (VisitChange change : changes.visits()) {
            if (change.previousShiftId() == null || change.previousStart() == null) {
                continue;
            }
            String id = PlannedVisit.key(change.visitId(), change.part());
            ShiftPlan shift = shiftOf.get(id);
            PlannedVisit visit = placed.get(id);
            Instant start = visit == null ? null : visit.start();
            boolean sameShift = shift != null && change.previousShiftId().equals(shift.shiftId());
            if (fixed.contains(id) && (!sameShift || start == null || !start.equals(change.previousStart()))) {
                verification.structure(shift == null ? null : shift.shiftId(), id, "Visit " + id + " started at "
                        + text.instant(change.previousStart().getEpochSecond()) + " in shift " + change
                                .previousShiftId()
                        + ", before the re-planning time, but the plan has it " + (visit == null
                                ? "unassigned"
                                : "in shift " + shift.shiftId() + " at " + text.instant(start.getEpochSecond()))
                        + "; started visits never move.");
            }
            boolean isChanged = visit == null || !sameShift || start == null || Math.abs(start.getEpochSecond()
                    - change.previousStart().getEpochSecond()) > tolerance;
            if (isChanged) {
                changed++;
                verification.cost(CareConstraint.PLAN_CHANGE, shift == null ? null : shift.shiftId(), id, 1,
                        "Published visit " + id + " (shift " + change.previousShiftId() + " at " + text.instant(change
                                .previousStart().getEpochSecond()) + ") "
                                + (visit == null
                                        ? "is left out"
                                        : sameShift
                                                ? "starts at " + text.instant(start.getEpochSecond())
                                                : "moved to shift " + shift.shiftId())
                                + ".");
            }
        }
        if (changed != changes.changedVisits()) {
            verification.structure(null, null, "The changes section counts " + changes.changedVisits()
                    + " changed visits, but " + changed + " published visits are on another shift, moved by more"
                    + " than the tolerance or left out.");
        }
        return changed;
    }
}
