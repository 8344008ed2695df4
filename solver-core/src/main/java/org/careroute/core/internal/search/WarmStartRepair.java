package org.careroute.core.internal.search;

import org.careroute.core.internal.domain.CareShift;

/**
 * Takes out of the routes a warm start brings the visits that break a hard rule there, so that the construction
 * inserts them again where they fit: a skill the caregiver lacks or a caregiver the patient's rules do not allow,
 * then visits that start late, then the last visits while the route is over its capacity or breaks the shift end or
 * a working-day rule. Started visits (the pinned head of a route when re-planning) stay.
 */
final class WarmStartRepair {

    private WarmStartRepair() {
    }

    static void repair(SearchRoutes routes, CareRules care) {
        for (int r = 0; r < routes.routeCount(); r++) {
            repair(routes, care, r);
        }
        routes.commit();
    }

    private static void repair(SearchRoutes routes, CareRules care, int r) {
        CareShift shift = routes.shifts[r];
        int first = routes.firstMovablePosition(r);
        for (int i = routes.size(r) - 1; i >= first; i--) {
            int v = routes.visitAt(r, i);
            if ((routes.facts.skillMask[v] & ~shift.getSkillMask()) != 0 || !care.allows(r, v)) {
                routes.remove(v);
            }
        }
        routes.recompute(r);
        int i = first;
        while (i < routes.size(r)) {
            int v = routes.visitAt(r, i);
            if (routes.serviceEnd[r][i] - routes.facts.duration[v] > routes.facts.deadline[v]) {
                routes.remove(v);
                routes.recompute(r);
            } else {
                i++;
            }
        }
        while (routes.size(r) > first && (shift.hasCapacityLimit() && routes.load[r] > shift.getCapacity()
                || routes.violationFrom(r, -1, first) > 0)) {
            routes.remove(routes.visitAt(r, routes.size(r) - 1));
            routes.recompute(r);
        }
    }
}
