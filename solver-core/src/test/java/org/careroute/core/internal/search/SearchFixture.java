package org.careroute.core.internal.search;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.score.CareConstraintProvider;

/** Timefold's score for schedules built by hand in the search tests. */
final class SearchFixture {

    private static final SolutionManager<CareSchedule, HardMediumSoftScore> SCORER = SolutionManager.create(
            SolverFactory.create(new SolverConfig().withSolutionClass(CareSchedule.class)
                    .withEntityClasses(CareShift.class, CareVisit.class)
                    .withConstraintProviderClass(CareConstraintProvider.class)
                    .withTerminationConfig(new TerminationConfig().withMoveCountLimit(1L))));

    private SearchFixture() {
    }

    /** Updates the shadow variables and returns Timefold's score. */
    static HardMediumSoftScore score(CareSchedule schedule) {
        return SCORER.update(schedule);
    }

    /** Copies the search's routes into the schedule's shifts. */
    static void writeBack(SearchRoutes routes) {
        for (int r = 0; r < routes.routeCount(); r++) {
            routes.shifts[r].setVisits(routes.currentVisits(r));
        }
    }
}
