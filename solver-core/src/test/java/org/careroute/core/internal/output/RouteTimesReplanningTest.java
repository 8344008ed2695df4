package org.careroute.core.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.RouteTiming;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.run.SolverRun;
import org.careroute.core.internal.search.Construction;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan's times ({@link RouteTimes}) follow the re-planning departure rule like the shadow variables: a part whose
 * caregiver may not leave before "now" is ready later, and its partner's start waits for it. (The synchronised starts
 * of the plan output used to be computed without the rule, so the plan showed the parts starting apart.)
 */
class RouteTimesReplanningTest {

    private static final SolverFactory<CareSchedule> FACTORY = SolverFactory.create(SolverRun.solverConfig(
            SolveOptions.defaults()));

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void partNotLeavingBeforeNow_delaysTheCommonStartAsTheShadowVariablesDo(long seed) {
        CareSchedule schedule = ScheduleFactory.build(TestProblems.linked(seed, 24, 5)).schedule();
        new Construction(1, 0).apply(schedule);
        List<CareVisit> parts = new ArrayList<>();
        CareShift shiftOfFirst = null;
        for (CareShift shift : schedule.getShifts()) {
            for (CareVisit visit : shift.getVisits()) {
                if (visit.facts().isPart() && visit.facts().part() == 0 && parts.isEmpty()) {
                    parts.addAll(visit.getParts());
                    shiftOfFirst = shift;
                }
            }
        }
        assertThat(parts).as("a placed visit with parts").hasSize(2);
        CareVisit first = parts.get(0);
        long commonStart = RouteTimes.of(schedule.getShifts()).start(first);
        // re-planning at the common start: the first part's caregiver may not leave for it before then
        first.setReplanning(commonStart, null, CareVisit.UNSET, 0, false);
        int position = shiftOfFirst.getVisits().indexOf(first);
        CareVisit before = position == 0 ? null : shiftOfFirst.getVisits().get(position - 1);
        long earliest = commonStart + RouteTiming.drive(shiftOfFirst, before, first);

        RouteTimes times = RouteTimes.of(schedule.getShifts());
        SolutionManager.create(FACTORY).update(schedule);

        assertThat(times.settled()).isTrue();
        assertThat(times.start(first)).isGreaterThanOrEqualTo(earliest)
                .isEqualTo(times.start(parts.get(1)))
                .isEqualTo(first.getServiceStart())
                .isEqualTo(parts.get(1).getServiceStart());
        assertThat(times.arrival(first)).isEqualTo(first.getArrivalTime());
    }
}
