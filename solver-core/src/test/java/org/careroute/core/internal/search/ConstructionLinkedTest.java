package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.RouteTimes;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The construction places both parts of a double-staffed visit or neither, never breaking their rules. */
class ConstructionLinkedTest {

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void doubleStaffedVisits_getBothPartsOnDifferentCaregiversWithOneStart(long seed) {
        Problem problem = TestProblems.linked(seed, 24, 5);
        CareSchedule schedule = ScheduleFactory.build(problem).schedule();

        new Construction(1, 0).apply(schedule);

        Map<String, List<CareVisit>> placed = new HashMap<>();
        Map<CareVisit, CareShift> shiftOf = new HashMap<>();
        for (CareShift shift : schedule.getShifts()) {
            for (CareVisit visit : shift.getVisits()) {
                shiftOf.put(visit, shift);
                if (visit.facts().isPart()) {
                    placed.computeIfAbsent(visit.getSyncKey(), k -> new ArrayList<>()).add(visit);
                }
            }
        }
        assertThat(placed).isNotEmpty();
        RouteTimes times = RouteTimes.of(schedule.getShifts());
        assertThat(times.settled()).isTrue();
        assertThat(placed).allSatisfy((visitId, parts) -> {
            assertThat(parts).hasSize(2);
            assertThat(shiftOf.get(parts.get(0)).getCaregiverId()).isNotEqualTo(shiftOf.get(parts.get(1))
                    .getCaregiverId());
            assertThat(times.start(parts.get(0))).isEqualTo(times.start(parts.get(1)));
            long[] ends = parts.get(0).facts().windowEnds();
            if (ends.length > 0) {
                assertThat(times.start(parts.get(0))).isLessThanOrEqualTo(ends[ends.length - 1]);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void dependentVisits_arePlacedInsideTheirGap(long seed) {
        Problem problem = TestProblems.linked(seed, 24, 5);
        CareSchedule schedule = ScheduleFactory.build(problem).schedule();

        new Construction(1, 0).apply(schedule);

        Map<String, CareVisit> placed = new HashMap<>();
        schedule.getShifts().forEach(shift -> shift.getVisits().forEach(v -> placed.put(v.getId(), v)));
        RouteTimes times = RouteTimes.of(schedule.getShifts());
        for (CareDependency dependency : schedule.getDependencies()) {
            CareVisit before = placed.get(dependency.beforeId());
            CareVisit after = placed.get(dependency.afterId());
            if (before != null && after != null && !before.facts().isPart() && !after.facts().isPart()) {
                long gap = times.start(after) - times.start(before) - before.facts().duration();
                assertThat(gap).isBetween(dependency.minGap(), dependency.maxGap());
            }
        }
    }
}
