package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.NURSE;
import static org.careroute.core.internal.score.ScheduleFixture.PHYSIO;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visitWith;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.output.RouteTimes;
import org.junit.jupiter.api.Test;

/**
 * A sequential pair that two caregivers serve (no caregiver holds both skills): the first caregiver waits until the
 * second can start within the maximum gap, so that a plan whose second caregiver is ready late still keeps the gap.
 */
class PartnerWaitConstraintsTest {

    /**
     * "before" (NURSE, 1800 s) at A, reached at 600 s; "after" (PHYSIO, 600 s) at B, window 7200..9000 s, reached at
     * 900 s; "after" starts 0 to 3000 s after "before" starts.
     */
    private static CareSchedule pair(long skillsOfS, long skillsOfT) {
        CareVisit before = visitWith("before", A, 1800, NURSE, 1, false, 0);
        CareVisit after = visitWith("after", B, 600, PHYSIO, 1, false, 0, 7200, 9000);
        return schedule(List.of(route(shift("s", 8, skillsOfS), before), route(shift("t", 8, skillsOfT), after)),
                List.of(before, after), new CareDependency("before", "after", 0, 3000, true));
    }

    private static CareSchedule schedule(List<CareShift> shifts, List<CareVisit> visits,
            CareDependency... dependencies) {
        CareSchedule schedule = new CareSchedule(shifts, new ArrayList<>(visits), ConstraintWeightOverrides.none());
        schedule.setDependencies(List.of(dependencies));
        return schedule;
    }

    @Test
    void twoCaregiverPair_firstWaitsForThePartnerAndTheGapHolds() {
        // "before" waits from 600 s to 4200 s (60 min), "after" starts at 7200 s: a gap of exactly 3000 s
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(pair(NURSE, PHYSIO))
                .settingAllShadowVariables()
                .hasNoImpact();
        // the plan's times, recomputed from the route order, are the same
        CareSchedule schedule = pair(NURSE, PHYSIO);
        RouteTimes times = RouteTimes.of(schedule.getShifts());
        CareVisit before = schedule.getShifts().get(0).getVisits().getFirst();
        CareVisit after = schedule.getShifts().get(1).getVisits().getFirst();
        assertThat(times.start(before)).isEqualTo(T0 + 4200);
        assertThat(times.start(after)).isEqualTo(T0 + 7200);
    }

    @Test
    void pairOneCaregiverCouldServe_firstStartsWhenReadyAndTheGapIsBroken() {
        // both shifts hold both skills: the first does not wait (600 s), the gap is 6600 s, 60 min over 3000 s
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.dependency(f))
                .givenSolution(pair(NURSE | PHYSIO, NURSE | PHYSIO))
                .settingAllShadowVariables()
                .penalizesBy(60);
    }

    @Test
    void twoCaregiverPairInOneRoute_isALoop() {
        // the first waits for the second's readiness, which comes after the first's end in the same route
        CareVisit before = visitWith("before", A, 1800, NURSE, 1, false, 0);
        CareVisit after = visitWith("after", B, 600, PHYSIO, 1, false, 0, 7200, 9000);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, NURSE), before, after), route(shift("t", 8,
                PHYSIO))), List.of(before, after), new CareDependency("before", "after", 0, 3000, true));
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void twoPairsServedInOppositeOrders_areALoop() {
        // s serves first1 then first2, t serves second2 then second1: first1 waits for second1, which comes after
        // second2, which waits for first2, which comes after first1
        CareVisit first1 = visitWith("first1", A, 600, NURSE, 1, false, 0);
        CareVisit first2 = visitWith("first2", B, 600, NURSE, 1, false, 0);
        CareVisit second1 = visitWith("second1", A, 600, PHYSIO, 1, false, 0);
        CareVisit second2 = visitWith("second2", B, 600, PHYSIO, 1, false, 0);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, NURSE), first1, first2), route(shift("t", 8,
                PHYSIO), second2, second1)), List.of(first1, first2, second1, second2),
                new CareDependency("first1", "second1", 0, 7200, true),
                new CareDependency("first2", "second2", 0, 7200, true));
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(4);
        CareVisit[] same = {visitWith("first1", A, 600, NURSE, 1, false, 0), visitWith("first2", B, 600, NURSE, 1,
                false, 0), visitWith("second1", A, 600, PHYSIO, 1, false, 0),
                visitWith("second2", B, 600, PHYSIO, 1,
                        false, 0)};
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.timesInconsistent(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, NURSE), same[0], same[1]), route(shift("t", 8,
                        PHYSIO), same[2], same[3])), List.of(same), new CareDependency("first1", "second1", 0, 7200,
                                true),
                        new CareDependency("first2", "second2", 0, 7200, true)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }
}
