package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.BASE;
import static org.careroute.core.internal.score.ScheduleFixture.T0;
import static org.careroute.core.internal.score.ScheduleFixture.TRAVEL;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CarePreferences;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

/** ConstraintVerifier tests of {@link PatientCareConstraints}: caregivers are identified by index. */
class PatientCareConstraintsTest {

    private static final long DAY = 86_400;
    private static final long NO_CAP = Long.MAX_VALUE;

    /** Shift of caregiver {@code caregiver} on day {@code day} (0-based) from T0 + day, 8 hours, at the base. */
    private static CareShift shift(String id, int caregiver, int day) {
        long start = T0 + day * DAY;
        return new CareShift(id, "cg" + caregiver, caregiver, 0L, CareShift.UNLIMITED, start, start + 8 * 3600,
                BASE, BASE, TRAVEL);
    }

    private static CarePreferences preferring(int[] caregivers, int[] weights) {
        int highest = 0;
        for (int weight : weights) {
            highest = Math.max(highest, weight);
        }
        return new CarePreferences(caregivers, weights, highest, new long[0], Long.MIN_VALUE, Long.MAX_VALUE,
                NO_CAP);
    }

    private static CarePreferences excluding(int... caregivers) {
        long[] mask = new long[2];
        for (int caregiver : caregivers) {
            mask[caregiver >>> 6] |= 1L << caregiver;
        }
        return new CarePreferences(new int[0], new int[0], 0, mask, Long.MIN_VALUE, Long.MAX_VALUE, NO_CAP);
    }

    /** A preferred window given as offsets from T0, with an optional cap in seconds. */
    private static CarePreferences window(long from, long to, long cap) {
        return new CarePreferences(new int[0], new int[0], 0, new long[0], T0 + from, T0 + to, cap);
    }

    // ************************************************************************
    // preferred-caregiver
    // ************************************************************************

    @Test
    void mostPreferredCaregiver_isNotPenalized() {
        CareVisit v = visit("v", A, 1800).withCare(preferring(new int[]{1, 2}, new int[]{5, 2}), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void lessPreferredCaregiver_isPenalizedByPointsLost() {
        CareVisit v = visit("v", A, 1800).withCare(preferring(new int[]{1, 2}, new int[]{5, 2}), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 2, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(3);
    }

    @Test
    void caregiverNotPreferred_isPenalizedByHighestWeight() {
        CareVisit v = visit("v", A, 1800).withCare(preferring(new int[]{1, 2}, new int[]{5, 2}), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 7, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(5);
    }

    @Test
    void unassignedVisitWithPreferences_isNotPenalized() {
        CareVisit v = visit("v", A, 1800).withCare(preferring(new int[]{1}, new int[]{5}), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredCaregiver(factory))
                .givenSolution(schedule(List.of(shift("s", 7, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    // ************************************************************************
    // excluded-caregiver
    // ************************************************************************

    @Test
    void caregiverNotExcluded_isNotPenalized() {
        CareVisit v = visit("v", A, 1800).withCare(excluding(3, 70), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.excludedCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 2, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void excludedCaregiver_isPenalizedPerVisit() {
        CareVisit v = visit("v", A, 1800).withCare(excluding(3), null);
        CareVisit w = visit("w", B, 1800).withCare(excluding(3), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.excludedCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 3, 0), v, w)), List.of(v, w)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void excludedCaregiverBeyondFirstMaskWord_isPenalized() {
        CareVisit v = visit("v", A, 1800).withCare(excluding(70), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.excludedCaregiver(factory))
                .givenSolution(schedule(List.of(route(shift("s", 70, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    // ************************************************************************
    // continuity-of-care and max-distinct-caregivers
    // ************************************************************************

    @Test
    void sameCaregiverOnEveryDay_isNotPenalized() {
        CareClient client = new CareClient("p", Integer.MAX_VALUE);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit wed = visit("wed", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.continuityOfCare(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 1, 0), mon), route(shift("s1", 1, 1), tue),
                        route(shift("s2", 1, 2), wed)), List.of(mon, tue, wed)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void threeCaregiversOverThreeDays_arePenalizedByTwo() {
        CareClient client = new CareClient("p", Integer.MAX_VALUE);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue2 = visit("tue2", B, 1800).withCare(CarePreferences.NONE, client);
        CareVisit wed = visit("wed", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.continuityOfCare(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 1, 0), mon), route(shift("s1", 2, 1), tue, tue2),
                        route(shift("s2", 3, 2), wed)), List.of(mon, tue, tue2, wed)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void twoShiftsOfOneCaregiver_countAsOneCaregiver() {
        CareClient client = new CareClient("p", Integer.MAX_VALUE);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.continuityOfCare(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 4, 0), mon), route(shift("s1", 4, 1), tue)),
                        List.of(mon, tue)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unassignedVisitOfPatient_doesNotCountAsCaregiver() {
        CareClient client = new CareClient("p", 1);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.maxDistinctCaregivers(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 4, 0), mon), shift("s1", 5, 1)), List.of(mon,
                        tue)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void distinctCaregiversWithinCap_areNotPenalizedByCap() {
        CareClient client = new CareClient("p", 2);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.maxDistinctCaregivers(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 1, 0), mon), route(shift("s1", 2, 1), tue)),
                        List.of(mon, tue)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void distinctCaregiversAboveCap_arePenalizedByExcess() {
        CareClient client = new CareClient("p", 1);
        CareVisit mon = visit("mon", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit tue = visit("tue", A, 1800).withCare(CarePreferences.NONE, client);
        CareVisit wed = visit("wed", A, 1800).withCare(CarePreferences.NONE, client);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.maxDistinctCaregivers(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 1, 0), mon), route(shift("s1", 2, 1), tue),
                        route(shift("s2", 3, 2), wed)), List.of(mon, tue, wed)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void otherPatientsCaregivers_doNotCount() {
        CareClient p = new CareClient("p", 1);
        CareClient q = new CareClient("q", 1);
        CareVisit p1 = visit("p1", A, 1800).withCare(CarePreferences.NONE, p);
        CareVisit p2 = visit("p2", A, 1800).withCare(CarePreferences.NONE, p);
        CareVisit q1 = visit("q1", B, 1800).withCare(CarePreferences.NONE, q);
        CareVisit q2 = visit("q2", B, 1800).withCare(CarePreferences.NONE, q);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.maxDistinctCaregivers(factory))
                .givenSolution(schedule(List.of(route(shift("s0", 1, 0), p1, q1), route(shift("s1", 2, 1), q2),
                        route(shift("s2", 1, 2), p2)), List.of(p1, p2, q1, q2)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    // ************************************************************************
    // preferred-window and preferred-window-max-deviation
    // ************************************************************************

    @Test
    void earlyArrival_waitsForPreferredWindowAndIsNotPenalized() {
        // Arrives at 600 s; the preferred window 3600-4200 lies inside the hard window 0-7200: the route waits.
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(3600, 4200, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindow(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void startAfterPreferredWindow_isPenalizedBySecondsLate() {
        // Arrives at 600 s, preferred window 0-100 inside the hard window 0-7200: 500 s tardiness.
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 100, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindow(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(500);
    }

    @Test
    void startAtPreferredWindowEnd_isNotPenalized() {
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 600, 0), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindowMaxDeviation(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void deviationWithinCap_isNotPenalizedByCap() {
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 100, 500), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindowMaxDeviation(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void deviationBeyondCap_isPenalizedBySecondsBeyond() {
        // 500 s after the preferred window, 300 s allowed: 200 s beyond.
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 100, 300), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindowMaxDeviation(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .penalizesBy(200);
    }

    @Test
    void waitingForPreferredWindow_delaysLaterVisits() {
        // v waits until 3600, ends 5400; w arrives 5400 + 300 = 5700 and its preferred window ended at 5000.
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(3600, 4000, NO_CAP), null);
        CareVisit w = visit("w", B, 600, 0, 9000).withCare(window(0, 5000, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.preferredWindow(factory))
                .givenSolution(schedule(List.of(route(shift("s", 1, 0), v, w)), List.of(v, w)))
                .settingAllShadowVariables()
                .penalizesBy(700);
    }

    // ************************************************************************
    // worst-preferred-window-deviation
    // ************************************************************************

    /** The rule is off by default (weight 0); the UHHC benchmarks switch it on. */
    private static CareSchedule weighed(CareSchedule schedule) {
        schedule.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION.id(), HardMediumSoftScore.ONE_SOFT)));
        return schedule;
    }

    @Test
    void visitsInsideTheirPreferredWindows_haveNoWorstDeviation() {
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(3600, 4000, NO_CAP), null);
        CareVisit w = visit("w", B, 600, 0, 9000).withCare(window(0, 6000, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.worstPreferredWindowDeviation(factory))
                .givenSolution(weighed(schedule(List.of(route(shift("s", 1, 0), v, w)), List.of(v, w))))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void twoLateVisits_arePenalizedByTheLargerLatenessOnly() {
        // v starts at 600 s, 500 s after its preferred window; w arrives at 2400 + 300 = 2700 s, 1700 s after its own
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 100, NO_CAP), null);
        CareVisit w = visit("w", B, 600, 0, 9000).withCare(window(0, 1000, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.worstPreferredWindowDeviation(factory))
                .givenSolution(weighed(schedule(List.of(route(shift("s", 1, 0), v, w)), List.of(v, w))))
                .settingAllShadowVariables()
                .penalizesBy(1700);
    }

    @Test
    void lateVisitLeftOut_leavesTheOtherLatenessAsTheWorst() {
        CareVisit v = visit("v", A, 1800, 0, 7200).withCare(window(0, 100, NO_CAP), null);
        CareVisit w = visit("w", B, 600, 0, 9000).withCare(window(0, 1000, NO_CAP), null);
        VERIFIER.verifyThat((provider, factory) -> PatientCareConstraints.worstPreferredWindowDeviation(factory))
                .givenSolution(weighed(schedule(List.of(route(shift("s", 1, 0), v)), List.of(v, w))))
                .settingAllShadowVariables()
                .penalizesBy(500);
    }
}
