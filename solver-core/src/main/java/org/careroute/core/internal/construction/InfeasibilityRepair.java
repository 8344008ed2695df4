package org.careroute.core.internal.construction;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * After the search, for a plan that still breaks hard rules: takes optional visits (all parts of a visit together)
 * out of the routes that break a hard rule, one at a time, and keeps each removal that makes the score better.
 * Timefold's local search moves visits between routes but does not take an assigned visit out of the plan, so a
 * search that ends with an optional visit late, on a caregiver without the skill or past the shift end would
 * otherwise return an infeasible plan where leaving that visit out is feasible (the linked Värmland sample ended at
 * -3 667 hard with four such visits). Before that, a part on a caregiver without its skills trades places with a
 * sibling part. Every try is judged by the real score; mandatory, pinned and started visits stay.
 */
public final class InfeasibilityRepair {

    /** Upper bound on tries (one full score calculation each), so that a region-size plan is not held up. */
    private static final int MAX_TRIES = 400;

    private final SolutionManager<CareSchedule, HardMediumSoftScore> scorer;
    private final long deadlineNanos;
    private int tries;

    /** Without a time budget (move-count limits: reproducible); at most {@value #MAX_TRIES} tries. */
    InfeasibilityRepair(SolutionManager<CareSchedule, HardMediumSoftScore> scorer) {
        this(scorer, null);
    }

    /**
     * With a time budget ({@code null}: none): each try rescores the whole schedule (about 0.3 s at 10 000 visits,
     * so hundreds of tries would run far beyond the solve's time limit); a timed solve spends at most this much on it.
     */
    public InfeasibilityRepair(SolutionManager<CareSchedule, HardMediumSoftScore> scorer, Duration budget) {
        this.scorer = scorer;
        this.deadlineNanos = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    }

    private boolean exhausted() {
        return tries >= MAX_TRIES || System.nanoTime() - deadlineNanos > 0 && deadlineNanos != Long.MAX_VALUE;
    }

    /** Repairs {@code schedule} in place; returns its score afterwards. */
    public HardMediumSoftScore apply(CareSchedule schedule) {
        HardMediumSoftScore score = scorer.update(schedule);
        boolean improved = true;
        while (improved && !score.isFeasible() && !exhausted()) {
            improved = false;
            HardMediumSoftScore swapped = swapMisplacedParts(schedule, score);
            if (swapped != null) {
                score = swapped;
                improved = true;
            }
            for (CareVisit visit : candidates(schedule)) {
                if (exhausted() || score.isFeasible()) {
                    break;
                }
                HardMediumSoftScore tried = tryWithout(schedule, visit, score);
                if (tried != null) {
                    score = tried;
                    improved = true;
                }
            }
        }
        return score;
    }

    /**
     * Parts on a caregiver without their skills trade places with a sibling part (the nurse's part to the nurse):
     * the search moves one list element at a time and can miss that swap. Returns the better score, or null.
     */
    private HardMediumSoftScore swapMisplacedParts(CareSchedule schedule, HardMediumSoftScore score) {
        HardMediumSoftScore best = null;
        for (CareVisit visit : schedule.getVisits()) {
            if (!visit.facts().isPart() || visit.getShift() == null || visit.getMissingSkillCount() == 0
                    || exhausted()) {
                continue;
            }
            for (CareVisit sibling : visit.getParts()) {
                if (sibling == visit || sibling.getShift() == null || sibling.getShift() == visit.getShift()
                        || isStarted(visit) || isStarted(sibling)) {
                    continue;
                }
                List<CareVisit> route = visit.getShift().getVisits();
                List<CareVisit> siblingRoute = sibling.getShift().getVisits();
                int at = route.indexOf(visit);
                int siblingAt = siblingRoute.indexOf(sibling);
                route.set(at, sibling);
                siblingRoute.set(siblingAt, visit);
                tries++;
                HardMediumSoftScore tried = scorer.update(schedule);
                if (tried.compareTo(best == null ? score : best) > 0) {
                    best = tried;
                    break;
                }
                route.set(at, visit);
                siblingRoute.set(siblingAt, sibling);
                scorer.update(schedule);
            }
        }
        return best;
    }

    /**
     * Optional visits in routes that break a hard rule, assigned parts of partly planned visits, and planned visits
     * of both-or-none dependencies whose other visit is not planned.
     */
    private static List<CareVisit> candidates(CareSchedule schedule) {
        List<CareVisit> candidates = new ArrayList<>();
        Set<String> halfPlanned = halfPlanned(schedule);
        for (CareShift shift : schedule.getShifts()) {
            List<CareVisit> route = shift.getVisits();
            boolean broken = false;
            long load = 0;
            for (CareVisit visit : route) {
                load += visit.facts().demand();
                broken |= breaksHardRule(visit) || isPartlyPlanned(visit) || halfPlanned.contains(visit.getId());
            }
            if (!broken && load <= shift.getCapacity()) {
                continue;
            }
            for (int i = route.size() - 1; i >= shift.getFirstUnpinnedIndex(); i--) {
                CareVisit visit = route.get(i);
                if (isRemovable(visit)) {
                    candidates.add(visit);
                }
            }
        }
        return candidates;
    }

    /** Planning ids of the planned visits of both-or-none dependencies whose other visit is not planned. */
    private static Set<String> halfPlanned(CareSchedule schedule) {
        Set<String> planned = new HashSet<>();
        for (CareShift shift : schedule.getShifts()) {
            shift.getVisits().forEach(visit -> planned.add(visit.getId()));
        }
        Set<String> half = new HashSet<>();
        for (CareDependency dependency : schedule.getDependencies()) {
            boolean before = planned.contains(dependency.beforeId());
            if (dependency.bothOrNone() && before != planned.contains(dependency.afterId())) {
                half.add(before ? dependency.beforeId() : dependency.afterId());
            }
        }
        return half;
    }

    private static boolean breaksHardRule(CareVisit visit) {
        return visit.isInconsistent() || visit.getLateness() > 0 || visit.getMissingSkillCount() > 0
                || visit.isServedByExcludedCaregiver() || visit.getShiftOverrun() > 0
                || visit.getWorkingTimeExcess() > 0 || visit.getBreakLateness() > 0
                || visit.getContinuousWorkExcess() > 0;
    }

    private static boolean isPartlyPlanned(CareVisit visit) {
        if (!visit.facts().isPart()) {
            return false;
        }
        for (CareVisit part : visit.getParts()) {
            if (part.getShift() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRemovable(CareVisit visit) {
        if (visit.facts().mandatory() || visit.facts().pinnedCaregiverId() != null
                || visit.facts().pinnedStart() != CareVisit.UNSET) {
            return false;
        }
        if (visit.facts().isPart()) {
            for (CareVisit part : visit.getParts()) {
                if (part.facts().pinnedCaregiverId() != null || part.facts().pinnedStart() != CareVisit.UNSET
                        || isStarted(
                                part)) {
                    return false;
                }
            }
            return true;
        }
        return !isStarted(visit);
    }

    /** In the started (pinned) prefix of its route when re-planning. */
    private static boolean isStarted(CareVisit visit) {
        CareShift shift = visit.getShift();
        return shift != null && shift.getVisits().indexOf(visit) < shift.getFirstUnpinnedIndex();
    }

    /** Takes the visit (all its parts) out; keeps that when the score gets better, else puts it back. */
    private HardMediumSoftScore tryWithout(CareSchedule schedule, CareVisit visit, HardMediumSoftScore score) {
        if (visit.getShift() == null) {
            return null; // taken out with a partner part in this pass
        }
        List<CareVisit> group = visit.facts().isPart() ? visit.getParts() : List.of(visit);
        List<Place> places = new ArrayList<>(group.size());
        for (CareVisit member : group) {
            CareShift shift = member.getShift();
            if (shift != null) {
                places.add(new Place(shift, shift.getVisits().indexOf(member), member));
            }
        }
        places.sort(Comparator.comparingInt(Place::position));
        for (Place place : places) {
            place.shift().getVisits().remove(place.visit());
        }
        tries++;
        HardMediumSoftScore tried = scorer.update(schedule);
        if (tried.compareTo(score) > 0) {
            return tried;
        }
        for (Place place : places) {
            place.shift().getVisits().add(place.position(), place.visit());
        }
        scorer.update(schedule);
        return null;
    }

    private record Place(CareShift shift, int position, CareVisit visit) {
    }
}
