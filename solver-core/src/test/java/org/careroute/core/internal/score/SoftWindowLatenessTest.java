package org.careroute.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.VisitFacts;
import org.junit.jupiter.api.Test;

/**
 * ConstraintVerifier tests of {@code soft-window-lateness}: tardiness to the soft window the service starts in, and how
 * the caregiver chooses between starting late and waiting for the next window. The shift starts at T0 at the base; A
 * is 600 s away, B 900 s; a first visit at A arrives at T0 + 600.
 */
class SoftWindowLatenessTest {

    /** A visit with soft windows given as offsets from T0 (start1, end1, start2, end2, ...). */
    private static CareVisit soft(String id, int location, long duration, long... offsets) {
        long[] starts = new long[offsets.length / 2];
        long[] ends = new long[offsets.length / 2];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = T0 + offsets[2 * i];
            ends[i] = T0 + offsets[2 * i + 1];
        }
        CareVisit visit = new CareVisit(id, 0, location, duration, starts, VisitFacts.softWindowReach(starts, ends), 0,
                1, false, 0);
        visit.softenWindows(ends);
        return visit;
    }

    @Test
    void startInsideTheFirstWindow_isNotPenalized() {
        CareVisit v = soft("v", A, 600, 0, 3600, 7200, 10_800);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void arrivalJustAfterTheFirstWindow_startsAtOnce_andIsLateToThatWindow() {
        // window 1 ends at T0 + 300, window 2 opens at T0 + 7200: arriving at T0 + 600 is 300 s late, 6600 s early
        CareVisit v = soft("v", A, 600, 0, 300, 7200, 10_800);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(300);
        assertThat(v.getServiceStart()).isEqualTo(T0 + 600);
    }

    @Test
    void arrivalAfterTheMiddle_waits() {
        // window 1 [T0, T0 + 100], window 2 from T0 + 1000: middle T0 + 550; arrival T0 + 600 waits for T0 + 1000
        CareVisit v = soft("v", A, 600, 0, 100, 1000, 3600);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
        assertThat(v.getServiceStart()).isEqualTo(T0 + 1000);
    }

    @Test
    void arrivalExactlyInTheMiddle_startsLate() {
        // window 1 [T0, T0 + 100], window 2 from T0 + 1100: late 500 s = wait 500 s, so the service starts at once
        CareVisit v = soft("v", A, 600, 0, 100, 1100, 3600);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(500);
    }

    @Test
    void startAfterTheLastWindow_isLateToTheLastWindow_andBreaksNoHardRule() {
        CareVisit a = soft("a", A, 3000, 0, 3600);
        CareVisit b = soft("b", B, 600, 0, 1000, 2000, 3000);
        // a: T0 + 600 to T0 + 3600; b: arrives T0 + 3900, 900 s after window 2 (the last)
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b));
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(900);
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void hardWindowsOfTheSameShape_areHardLateInstead() {
        CareVisit a = visit("a", A, 3000, 0, 3600);
        CareVisit b = visit("b", B, 600, 0, 1000, 2000, 3000);
        CareSchedule schedule = schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b));
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .hasNoImpact();
        VERIFIER.verifyThat(CareConstraintProvider::visitTimeWindow)
                .givenSolution(schedule)
                .settingAllShadowVariables()
                .penalizesBy(900);
    }

    @Test
    void unplannedVisitWithSoftWindows_isNotPenalized() {
        CareVisit v = soft("v", A, 600, 0, 100);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.softWindowLateness(factory))
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void worstTardiness_includesSoftWindowLateness() {
        CareVisit a = soft("a", A, 3000, 0, 3600);
        CareVisit b = soft("b", B, 600, 0, 1000, 2000, 3000);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.worstPreferredWindowDeviation(factory))
                .givenSolution(weighed(schedule(List.of(route(shift("s", 8, 0), a, b)), List.of(a, b))))
                .settingAllShadowVariables()
                .penalizesBy(900);
    }

    private static CareSchedule weighed(CareSchedule schedule) {
        schedule.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION.id(), HardMediumSoftScore.ONE_SOFT)));
        return schedule;
    }
}
