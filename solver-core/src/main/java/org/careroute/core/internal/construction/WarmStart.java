package org.careroute.core.internal.construction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.InputError;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.StartedBreak;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * Starts a solve from an existing plan: its routes are mapped onto the new schedule (shifts and visits no longer in
 * the problem are skipped with a note), the rest is left to construction and search.
 *
 * <p>
 * For re-planning, visits that start before "now" in the published plan are the fixed prefix of their route
 * (Timefold's {@code @PlanningPinToIndex} on {@link CareShift}), nothing else may depart before "now"
 * ({@link CareVisit#departureAfter}), and every published visit remembers its shift and start so that the
 * {@code plan-change} rule can count changes.
 */
public final class WarmStart {

    private final Plan start;
    private final String source;
    private final Instant now;
    private final long toleranceSeconds;
    private final boolean trackChanges;
    private final List<String> notes = new ArrayList<>();
    private final List<StartedBreak> startedBreaks = new ArrayList<>();

    private WarmStart(Plan start, String source, Instant now, long toleranceSeconds, boolean trackChanges) {
        this.start = start;
        this.source = source;
        this.now = now;
        this.toleranceSeconds = toleranceSeconds;
        this.trackChanges = trackChanges;
    }

    /** A plain warm start: continue from {@code start}, nothing fixed, no penalty for changes. */
    public static WarmStart plain(Plan start, String source) {
        return new WarmStart(start, source == null ? "plan" : source, null, 0, false);
    }

    /** Re-planning: fixed prefix before {@code now}, changes to published visits penalised and reported. */
    public static WarmStart replanning(Replanning replanning) {
        return new WarmStart(replanning.published(), replanning.planSource(), replanning.now(),
                replanning.changeTolerance().toSeconds(), true);
    }

    public Plan start() {
        return start;
    }

    public Instant now() {
        return now;
    }

    public long toleranceSeconds() {
        return toleranceSeconds;
    }

    public boolean tracksChanges() {
        return trackChanges;
    }

    /** The published breaks that had started before now and are held, filled by {@link #apply}. */
    public List<StartedBreak> startedBreaks() {
        return List.copyOf(startedBreaks);
    }

    /** What could not be carried over, filled by {@link #apply}. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The ways the start plan cannot be used with {@code problem} (each with its JSON pointer into the plan). */
    public List<InputError> check(Problem problem) {
        List<InputError> errors = new ArrayList<>();
        Map<String, String> caregiverByShift = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                caregiverByShift.putIfAbsent(shift.id(), caregiver.id());
            }
        }
        Set<String> visitIds = new LinkedHashSet<>();
        problem.visits().forEach(v -> visitIds.add(v.id()));
        Map<String, Integer> seenShifts = new HashMap<>();
        Map<String, String> seenVisits = new HashMap<>();
        boolean anyKnown = false;
        for (int i = 0; i < start.shifts().size(); i++) {
            ShiftPlan shiftPlan = start.shifts().get(i);
            String pointer = "/shifts/" + i;
            String shiftId = shiftPlan.shiftId();
            Integer first = seenShifts.putIfAbsent(shiftId, i);
            if (first != null) {
                errors.add(error(pointer + "/shiftId", "Shift " + shiftId + " has more than one route in the plan"
                        + " (also /shifts/" + first + "); a plan has one route per shift."));
            }
            String caregiverId = caregiverByShift.get(shiftId);
            anyKnown |= caregiverId != null;
            if (caregiverId != null && !caregiverId.equals(shiftPlan.caregiverId())) {
                errors.add(error(pointer + "/caregiverId", "The route of shift " + shiftId + " names caregiver "
                        + shiftPlan.caregiverId() + ", but in the problem the shift belongs to caregiver "
                        + caregiverId + "; was the plan made for another problem?"));
            }
            List<String> started = new ArrayList<>();
            for (int v = 0; v < shiftPlan.visits().size(); v++) {
                PlannedVisit visit = shiftPlan.visits().get(v);
                String visitPointer = pointer + "/visits/" + v + "/visitId";
                anyKnown |= visitIds.contains(visit.visitId());
                String previous = seenVisits.putIfAbsent(visit.key(), visitPointer);
                if (previous != null) {
                    errors.add(error(visitPointer, (visit.isPart()
                            ? "Part " + visit.part() + " of visit " + visit.visitId()
                            : "Visit " + visit.visitId()) + " is planned twice (also at " + previous
                            + "); a visit (or part) has one place in a plan."));
                }
                if (hasStarted(visit)) {
                    started.add(visit.visitId());
                }
            }
            if (caregiverId == null && !started.isEmpty()) {
                errors.add(error(pointer + "/shiftId", "Shift " + shiftId + " is not in the problem, but its visits "
                        + String.join(", ", started) + " started before " + now + " and cannot be moved. To take"
                        + " a caregiver off for the rest of the day, keep the shift and let it end at " + now
                        + " (or when the visit in progress ends) instead of removing it."));
            }
        }
        if (!anyKnown && !start.shifts().isEmpty() && !problem.visits().isEmpty()) {
            errors.add(error("", "None of the plan's shifts and visits is in the problem: the plan was made for"
                    + " another problem."));
        }
        return errors;
    }

    /**
     * A visit served by several caregivers that started with some of its parts not in the published plan cannot keep
     * its start: the parts left out are planned again and all parts start together. Rare (the published plan left a
     * part out, which is infeasible); the plan's notes say so.
     */
    private void noteStartedPartsAlone(CareSchedule schedule, Set<String> placed) {
        for (CareVisit visit : schedule.getVisits()) {
            if (visit.facts().isPart() && visit.facts().part() == 0) {
                boolean started = false;
                boolean missing = false;
                for (CareVisit part : visit.getParts()) {
                    started |= placed.contains(part.getId()) && part.facts().notBefore() == Long.MIN_VALUE
                            && now != null;
                    missing |= !placed.contains(part.getId());
                }
                if (started && missing) {
                    notes.add("Visit " + visit.facts().visitId() + " started before " + now + " with only some of its "
                            + visit.facts().partCount() + " parts planned: the other parts are planned again and its"
                            + " start may move.");
                }
            }
        }
    }

    private InputError error(String pointer, String message) {
        return new InputError(source, pointer, message);
    }

    /**
     * Holds the breaks of the published route that started before now at their published start and place, as the
     * started visits are held; a started break the problem no longer has (or has with another duration) is dropped
     * with a note.
     */
    private void holdStartedBreaks(CareShift shift, ShiftPlan shiftPlan) {
        if (now == null) {
            return;
        }
        int count = shift.getRules().breakCount();
        long mask = 0;
        long[] starts = new long[count];
        String[] places = new String[count];
        for (PlannedBreak published : shiftPlan.breaks()) {
            if (published.start() == null || !published.start().isBefore(now)) {
                continue;
            }
            int k = published.breakIndex();
            long start = published.start().getEpochSecond();
            long duration = published.end() == null ? -1 : published.end().getEpochSecond() - start;
            if (k < 0 || k >= count || shift.getRules().breakDuration(k) != duration) {
                notes.add("Break " + k + " of shift " + shift.getId() + " started at " + published.start()
                        + " in the plan, but the problem's shift no longer has it" + (k >= 0 && k < count
                                ? " with that duration"
                                : "")
                        + ": it is left out.");
                continue;
            }
            mask |= 1L << k;
            starts[k] = start;
            places[k] = published.visitId();
            startedBreaks.add(new StartedBreak(shift.getId(), k, published.start(), published.end(), published
                    .visitId()));
        }
        if (mask != 0) {
            shift.holdBreaks(mask, starts, places);
        }
    }

    private boolean hasStarted(PlannedVisit visit) {
        return now != null && visit.start() != null && visit.start().isBefore(now);
    }

    /**
     * Fills the (empty) routes of {@code schedule} from the start plan, pins the started visits and sets the
     * re-planning facts of every visit. Call {@link #check} first.
     */
    public void apply(CareSchedule schedule) {
        Map<String, CareShift> shifts = new HashMap<>();
        schedule.getShifts().forEach(s -> shifts.put(s.getId(), s));
        Map<String, CareVisit> visits = new HashMap<>();
        schedule.getVisits().forEach(v -> visits.putIfAbsent(v.getId(), v));
        long release = now == null ? Long.MIN_VALUE : now.getEpochSecond();
        for (CareVisit visit : schedule.getVisits()) {
            visit.setReplanning(release, null, CareVisit.UNSET, toleranceSeconds, false);
        }
        Set<String> placed = new LinkedHashSet<>();
        List<String> removedVisits = new ArrayList<>();
        for (ShiftPlan shiftPlan : start.shifts()) {
            CareShift shift = shifts.get(shiftPlan.shiftId());
            if (shift == null) {
                notes.add("Shift " + shiftPlan.shiftId() + " of the plan is not in the problem: its "
                        + shiftPlan.visits().size() + " visit(s) are planned again.");
                continue;
            }
            List<CareVisit> route = new ArrayList<>();
            int fixed = 0;
            for (PlannedVisit planned : shiftPlan.visits()) {
                CareVisit visit = visits.get(planned.key());
                if (visit == null) {
                    removedVisits.add(planned.visitId());
                    continue;
                }
                if (!placed.add(visit.getId())) {
                    continue;
                }
                boolean started = hasStarted(planned) && fixed == route.size();
                boolean next = !started && fixed == route.size();
                long published = planned.start() == null ? CareVisit.UNSET : planned.start().getEpochSecond();
                visit.setReplanning(started ? Long.MIN_VALUE : release, trackChanges ? shift.getId() : null,
                        published, toleranceSeconds, next);
                route.add(visit);
                if (started) {
                    visit.holdStart(published);
                    fixed++;
                }
            }
            shift.setVisits(route);
            shift.setFirstUnpinnedIndex(fixed);
            holdStartedBreaks(shift, shiftPlan);
        }
        noteStartedPartsAlone(schedule, placed);
        if (!removedVisits.isEmpty()) {
            notes.add("Visit(s) " + String.join(", ", removedVisits) + " of the plan are not in the problem and were"
                    + " dropped.");
        }
    }
}
