package org.careroute.core.internal.construction;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.run.SolverRun;
import org.careroute.core.internal.search.Construction;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repair after the search takes optional visits out of broken routes only when the score gets better. */
class InfeasibilityRepairTest {

    private static final SolutionManager<CareSchedule, HardMediumSoftScore> SCORER = SolutionManager.create(
            SolverFactory.create(SolverRun.solverConfig(SolveOptions.defaults())));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void overloadedRoute_losesOptionalVisitsAndGetsBetter(long seed) {
        CareSchedule schedule = allOnFirstShift(TestProblems.random(seed, 30, 3));
        HardMediumSoftScore before = SCORER.update(schedule);
        Set<CareVisit> mandatory = new HashSet<>();
        schedule.getVisits().stream().filter(visit -> visit.facts().mandatory()).forEach(mandatory::add);

        HardMediumSoftScore after = new InfeasibilityRepair(SCORER).apply(schedule);

        assertThat(before.isFeasible()).as("the set-up breaks hard rules").isFalse();
        assertThat(after).isGreaterThan(before);
        assertThat(after.hardScore()).isGreaterThan(before.hardScore());
        assertThat(SCORER.update(schedule)).as("the returned score is the schedule's").isEqualTo(after);
        assertThat(mandatory).allSatisfy(visit -> assertThat(visit.getShift()).isNotNull());
        long removed = schedule.getVisits().stream().filter(visit -> visit.getShift() == null).count();
        assertThat(removed).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void feasiblePlan_isLeftAsItIs(long seed) {
        CareSchedule schedule = ScheduleFactory.build(TestProblems.random(seed, 12, 4)).schedule();
        new Construction(1, 0).apply(schedule);
        HardMediumSoftScore before = SCORER.update(schedule);
        List<List<CareVisit>> routes = new ArrayList<>();
        schedule.getShifts().forEach(shift -> routes.add(List.copyOf(shift.getVisits())));

        HardMediumSoftScore after = new InfeasibilityRepair(SCORER).apply(schedule);

        assertThat(before.isFeasible()).isTrue();
        assertThat(after).isEqualTo(before);
        for (int s = 0; s < routes.size(); s++) {
            assertThat(schedule.getShifts().get(s).getVisits()).containsExactlyElementsOf(routes.get(s));
        }
    }

    /** Every visit on the first shift, in the schedule's order: late, past the shift end, lacking skills. */
    private static CareSchedule allOnFirstShift(Problem problem) {
        CareSchedule schedule = ScheduleFactory.build(problem).schedule();
        CareShift first = schedule.getShifts().getFirst();
        first.setVisits(new ArrayList<>(schedule.getVisits()));
        return schedule;
    }
}
