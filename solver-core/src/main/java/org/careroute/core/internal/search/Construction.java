package org.careroute.core.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The first routes, built before Timefold starts by the search's own insertion ({@link BlinkInsertion} without
 * blinking, over every route) on the search's route model ({@link SearchRoutes}): visits in order of difficulty
 * (pinned first, then mandatory, then those few caregivers can serve, then the earliest deadline), each at the
 * cheapest position of any route where the estimate finds no hard rule broken (windows, shift end, capacity, and on
 * shifts with breaks and working-time rules the whole working day), with the patient's rules on top
 * ({@link CareRules}). The parts of a visit and visits linked by dependencies go in together, as the search inserts
 * them ({@link BlinkInsertion#insertGroup}, {@link BlinkInsertion#insertLinked}), at the place of their most difficult
 * member; routes a warm start brings are first cleared of what breaks a hard rule there ({@link WarmStartRepair}).
 * Visits that fit nowhere stay unassigned for the search.
 *
 * <p>
 * Timefold's default construction heuristic evaluates every position of every route for every visit through the
 * score director; on 10 000 visits it had not finished after 5 minutes. The estimate checks a position in O(1) from
 * the route's latest arrivals (a timed route is driven only where the times change).
 */
public final class Construction {

    private final long timeWeight;
    private final long distanceWeight;
    private long preferenceWeight;
    private long continuityWeight;
    private long preferredWindowWeight;

    public Construction(long timeWeight, long distanceWeight) {
        this.timeWeight = timeWeight;
        this.distanceWeight = distanceWeight;
    }

    /**
     * Also weighs the soft patient-care rules when choosing a position: preference points lost, a caregiver new to
     * the patient (continuity of care) and seconds after the preferred window (the search's tardiness estimate).
     */
    public Construction withPatientCare(long preference, long continuity, long preferredWindow) {
        this.preferenceWeight = preference;
        this.continuityWeight = continuity;
        this.preferredWindowWeight = preferredWindow;
        return this;
    }

    /**
     * Inserts the visits no route of the schedule serves yet (all of them when the routes are empty; a warm start
     * brings its routes, whose pinned heads stay untouched) and sets the routes; returns how many visits the routes
     * serve.
     */
    public int apply(CareSchedule schedule) {
        // the preferred window weighs as the search's tardiness estimate (the service never starts before it opens)
        SearchRoutes routes = SearchRoutes.of(schedule, timeWeight, distanceWeight, 0, 0, 0, preferredWindowWeight);
        CareRules care = new CareRules(routes.visits, routes.shifts, preferenceWeight, continuityWeight);
        WarmStartRepair.repair(routes, care);
        for (int r = 0; r < routes.routeCount(); r++) {
            for (int i = 0; i < routes.size(r); i++) {
                care.placed(routes.visitAt(r, i), r);
            }
        }
        BlinkInsertion insertion = new BlinkInsertion(0, null, 0, care);
        SplittableRandom unused = new SplittableRandom(0);
        boolean[] tried = new boolean[routes.visitCount()];
        for (int v : order(routes)) {
            if (tried[v]) {
                continue;
            }
            int[] unit = routes.group(v);
            boolean placed;
            if (unit == null) {
                tried[v] = true;
                placed = insertion.insertBest(routes, v, unused);
            } else {
                for (int member : unit) {
                    tried[member] = true;
                }
                placed = routes.isPooledGroup(v) && (routes.isDependencyLinked(v)
                        ? insertion.insertLinked(routes, unit, unused)
                        : insertion.insertGroup(routes, unit, unused));
            }
            if (placed) {
                for (int member : unit == null ? new int[]{v} : unit) {
                    care.placed(member, routes.routeOf(member));
                }
            }
            routes.commit();
        }
        dropHalfPlanned(schedule, routes);
        for (int r = 0; r < routes.routeCount(); r++) {
            routes.shifts[r].setVisits(routes.currentVisits(r));
        }
        return routes.visitCount() - routes.poolSize();
    }

    /**
     * Takes out the planned visit (every part of it) of each both-or-none dependency whose other visit found no place
     * (a warm start can bring one half): the rule is hard, and the search may plan both later.
     */
    private static void dropHalfPlanned(CareSchedule schedule, SearchRoutes routes) {
        Map<String, Integer> numberOf = new HashMap<>();
        for (int v = 0; v < routes.visitCount(); v++) {
            numberOf.putIfAbsent(routes.visits[v].getId(), v);
        }
        for (CareDependency dependency : schedule.getDependencies()) {
            Integer before = numberOf.get(dependency.beforeId());
            Integer after = numberOf.get(dependency.afterId());
            if (!dependency.bothOrNone() || before == null || after == null
                    || planned(routes, before) == planned(routes, after)) {
                continue;
            }
            int kept = planned(routes, before) ? before : after;
            int[] parts = routes.siblings(kept);
            for (int visit : parts == null ? new int[]{kept} : parts) {
                int r = routes.routeOf(visit);
                if (r >= 0 && routes.positionOf(visit) >= routes.firstMovablePosition(r)) {
                    routes.remove(visit);
                    routes.recompute(r);
                }
            }
        }
        routes.commit();
    }

    private static boolean planned(SearchRoutes routes, int visit) {
        return routes.routeOf(visit) >= 0;
    }

    /**
     * The pooled visits in construction order: pinned visits first (they have one caregiver and often one start, so
     * they get it before others fill it), then mandatory ones, then those few shifts have the skills for, then the
     * earliest deadline (the end of the last window).
     */
    private static List<Integer> order(SearchRoutes routes) {
        int n = routes.visitCount();
        int[] qualified = new int[n];
        List<Integer> order = new ArrayList<>(routes.poolSize());
        for (int v = 0; v < n; v++) {
            for (CareShift shift : routes.shifts) {
                if ((routes.facts.skillMask[v] & ~shift.getSkillMask()) == 0) {
                    qualified[v]++;
                }
            }
            if (routes.routeOf(v) < 0) {
                order.add(v);
            }
        }
        CareVisit[] visits = routes.visits;
        order.sort(Comparator.comparing((Integer v) -> visits[v].facts().pinnedCaregiverId() == null
                && visits[v].facts().pinnedStart() == CareVisit.UNSET)
                .thenComparing(v -> !routes.isMandatory(v))
                .thenComparingInt(v -> qualified[v])
                .thenComparingLong(v -> routes.facts.deadline[v])
                .thenComparingInt(v -> visits[v].facts().index()));
        return order;
    }
}
