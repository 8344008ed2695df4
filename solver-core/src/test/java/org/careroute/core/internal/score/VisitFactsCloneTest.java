package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import java.util.List;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

/** A solution clone copies a visit's route state and shares its immutable facts. */
class VisitFactsCloneTest {

    @Test
    void cloneSharesFacts_andCopiesTheRoutePlace() {
        CareVisit served = visit("served", A, 1800, 0, 7200);
        CareVisit left = visit("left", B, 600);
        served.pin("cg-s", CareVisit.UNSET);
        served.setReplanning(T0 + 60, "s", T0 + 600, 300, true);
        CareShift shift = route(shift("s", 8, 0), served);
        served.setShift(shift);
        CareSchedule original = schedule(List.of(shift), List.of(served, left));

        CareSchedule clone = SolutionDescriptor.buildSolutionDescriptor(CareSchedule.class, CareShift.class,
                CareVisit.class).getSolutionCloner().cloneSolution(original);

        CareVisit servedClone = clone.getVisits().get(0);
        assertThat(servedClone).isNotSameAs(served);
        assertThat(servedClone.facts()).isSameAs(served.facts());
        assertThat(servedClone.facts().replanning()).isSameAs(served.facts().replanning());
        assertThat(clone.getVisits().get(1).facts()).isSameAs(left.facts());
        assertThat(servedClone.getShift()).isSameAs(clone.getShifts().get(0)).isNotSameAs(shift);
        assertThat(servedClone.getId()).isEqualTo("served");
    }
}
