package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroute.datasets.uhhc.UhhcViolation.Kind;
import org.junit.jupiter.api.Test;

class UhhcEvaluatorTest {

    private static UhhcEvaluation evaluate(TinyUhhc tiny) {
        return tiny.evaluate();
    }

    private static void assertOnly(UhhcEvaluation evaluation, Kind... kinds) {
        assertThat(evaluation.violations()).extracting(UhhcViolation::kind).containsOnly(kinds);
        assertThat(evaluation.valid()).isFalse();
    }

    @Test
    void validSolution_hasNoViolationsAndTheHandComputedCost() {
        UhhcEvaluation evaluation = evaluate(new TinyUhhc());

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.value(UhhcComponent.TRAVEL_TIME)).isEqualTo(60);
        assertThat(evaluation.value(UhhcComponent.TOTAL_WAITING_TIME)).isEqualTo(100);
        assertThat(evaluation.value(UhhcComponent.MAX_WAITING_TIME)).isEqualTo(40);
        assertThat(evaluation.value(UhhcComponent.MAX_IDLE_TIME)).isEqualTo(140);
        assertThat(evaluation.value(UhhcComponent.WORKING_TIME)).isEqualTo(120);
        assertThat(evaluation.value(UhhcComponent.WORKLOAD_BALANCE)).isZero();
        assertThat(evaluation.objective()).isEqualTo(60);
    }

    @Test
    void weightedComponents_addUpInTheObjective() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"travel_time\": 1, \"total_waiting_time\": 2, \"max_idle_time\": 3,"
                + " \"workload_balance\": 4, \"total_tardiness\": \"HARD\", \"total_extra_time\": \"HARD\"}";
        tiny.set("c2", "p4", "s1", 110, 125);

        UhhcEvaluation evaluation = evaluate(tiny);

        // c2 now works 35 + 30 and c1 30 + 30: mean 62.5, balance ceil(2.5) + ceil(2.5) = 6; c2 is back at 135.
        assertThat(evaluation.value(UhhcComponent.WORKLOAD_BALANCE)).isEqualTo(6);
        assertThat(evaluation.value(UhhcComponent.MAX_IDLE_TIME)).isEqualTo(140);
        assertThat(evaluation.objective()).isEqualTo(60 + 2 * 100 + 3 * 140 + 4 * 6);
    }

    @Test
    void justInTimeOrigins_leaveTheDepotForTheFirstVisitWithoutWaiting() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.origin = "kummer";

        UhhcEvaluation evaluation = evaluate(tiny);

        assertThat(evaluation.violations()).isEmpty();
        // c1 no longer waits 10 at p1, c2 no longer 40 at p2
        assertThat(evaluation.value(UhhcComponent.TOTAL_WAITING_TIME)).isEqualTo(50);
    }

    @Test
    void unknownPatient_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c2", "p9", "s1", 130, 140)), Kind.UNKNOWN_PATIENT,
                Kind.UNVISITED_PATIENTS);
    }

    @Test
    void unknownCaregiver_rejects() {
        UhhcEvaluation evaluation = evaluate(new TinyUhhc().set("c9", "p4", "s1", 150, 160).remove("p4", "s1").set(
                "c9", "p4", "s1", 150, 160));

        assertThat(evaluation.violations()).extracting(UhhcViolation::kind).contains(Kind.UNKNOWN_CAREGIVER);
        assertThat(evaluation.rejected()).isTrue();
    }

    @Test
    void missingService_ofAVisitedPatient_rejects() {
        assertOnly(evaluate(new TinyUhhc().remove("p2", "s2")), Kind.SERVICE_NOT_PROVIDED,
                Kind.SYNCHRONISATION_INCOMPLETE);
    }

    @Test
    void serviceByTwoCaregivers_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c1", "p4", "s1", 110, 120)), Kind.SERVICE_PROVIDED_TWICE);
    }

    @Test
    void serviceThePatientDoesNotRequire_rejects() {
        UhhcEvaluation evaluation = evaluate(new TinyUhhc().set("c2", "p1", "s2", 150, 160));

        assertThat(evaluation.violations()).extracting(UhhcViolation::kind).contains(Kind.SERVICE_NOT_REQUIRED);
    }

    @Test
    void shortService_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c1", "p1", "s1", 20, 25)), Kind.SERVICE_TOO_SHORT);
    }

    @Test
    void tooLittleTravelTime_rejectsWithTheDerivedArrival() {
        assertOnly(evaluate(new TinyUhhc().set("c1", "p3", "s1", 64, 74)), Kind.TRAVEL_TIME_INCONSISTENT,
                Kind.START_BEFORE_ARRIVAL);
    }

    @Test
    void departureBeforeShiftStart_rejects() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.origin = "kummer";
        tiny.c1Shift = "[15, 200]";

        assertOnly(evaluate(tiny), Kind.DEPARTURE_BEFORE_SHIFT);
    }

    @Test
    void departureBeforeTimeZero_rejects() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.origin = "kummer";
        tiny.set("c1", "p1", "s1", 20, 30);
        tiny.set("c2", "p4", "s1", 110, 120).remove("p2", "s2").remove("p2", "s1").set("c1", "p2", "s1", 50, 60);
        tiny.set("c2", "p2", "s2", 50, 60);
        tiny.set("c2", "p1", "s1", 5, 15).remove("p1", "s1").set("c2", "p1", "s1", 5, 15);

        assertThat(evaluate(tiny).violations()).extracting(UhhcViolation::kind).contains(Kind.MALFORMED_ROUTE);
    }

    @Test
    void simultaneousServicesAtDifferentTimes_reject() {
        assertOnly(evaluate(new TinyUhhc().set("c2", "p2", "s2", 52, 62)), Kind.NOT_SIMULTANEOUS);
    }

    @Test
    void sequentialServiceTooEarly_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c2", "p3", "s2", 75, 85)), Kind.SEQUENTIAL_TOO_EARLY);
    }

    @Test
    void sequentialServiceTooLate_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c2", "p3", "s2", 105, 115).set("c2", "p4", "s1", 125, 135)),
                Kind.SEQUENTIAL_TOO_LATE);
    }

    @Test
    void serviceBeforeTheFirstWindow_rejects() {
        assertOnly(evaluate(new TinyUhhc().set("c1", "p1", "s1", 15, 25)), Kind.SERVICE_BEFORE_WINDOW);
    }

    @Test
    void mandatoryPatientNotVisited_isReported() {
        assertOnly(evaluate(new TinyUhhc().remove("p1", "s1")), Kind.MANDATORY_PATIENT_UNVISITED,
                Kind.UNVISITED_PATIENTS);
    }

    @Test
    void optionalPatientNotVisited_isAHardRuleWithoutWeightAndACostWithOne() {
        TinyUhhc hard = new TinyUhhc().remove("p4", "s1");
        TinyUhhc weighted = new TinyUhhc().remove("p4", "s1");
        weighted.costComponents = "{\"travel_time\": 1, \"optional_patients\": 100}";

        assertOnly(evaluate(hard), Kind.UNVISITED_PATIENTS);
        UhhcEvaluation evaluation = evaluate(weighted);
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(100 + 55);
    }

    @Test
    void serviceWithoutTheAbility_isAQualificationViolation() {
        UhhcEvaluation evaluation = evaluate(new TinyUhhc().remove("p2", "s1").remove("p2", "s2").set("c1", "p2",
                "s2", 50, 60).set("c2", "p2", "s1", 50, 60));

        assertOnly(evaluation, Kind.QUALIFICATION);
        assertThat(evaluation.value(UhhcComponent.QUALIFICATION)).isEqualTo(1);
    }

    @Test
    void caregiverNotPreferred_isAHardRuleWithoutWeightAndACostWithOne() {
        TinyUhhc hard = new TinyUhhc();
        hard.p1Extra = ", \"preferred_caregivers\": [\"c2\"]";
        TinyUhhc weighted = new TinyUhhc();
        weighted.p1Extra = hard.p1Extra;
        weighted.costComponents = "{\"travel_time\": 1, \"caregiver_preferences\": 10}";

        assertOnly(evaluate(hard), Kind.PREFERENCE);
        assertThat(evaluate(weighted).violations()).isEmpty();
        assertThat(evaluate(weighted).objective()).isEqualTo(60 + 10);
    }

    @Test
    void incompatibleCaregiver_isAHardRuleWithoutWeightAndACostWithOne() {
        TinyUhhc hard = new TinyUhhc();
        hard.p1Extra = ", \"incompatible_caregivers\": [\"c1\"]";
        TinyUhhc weighted = new TinyUhhc();
        weighted.p1Extra = hard.p1Extra;
        weighted.costComponents = "{\"travel_time\": 1, \"incompabilities\": 7}";

        assertOnly(evaluate(hard), Kind.INCOMPATIBLE_CAREGIVER);
        assertThat(evaluate(weighted).objective()).isEqualTo(60 + 7);
    }

    @Test
    void lateReturn_isAShiftEndViolationWhenWorkingTimeIsHard() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.c2Shift = "[0, 100]";
        tiny.costComponents = "{\"travel_time\": 1, \"working_time\": \"HARD\", \"total_extra_time\": 1}";

        UhhcEvaluation evaluation = evaluate(tiny);

        assertOnly(evaluation, Kind.SHIFT_END);
        assertThat(evaluation.value(UhhcComponent.TOTAL_EXTRA_TIME)).isEqualTo(30);
        assertThat(evaluation.objective()).isEqualTo(60 + 30 + 120);
    }

    @Test
    void lateService_isTardinessAtServiceStartOrEnd() {
        TinyUhhc start = new TinyUhhc().set("c1", "p1", "s1", 85, 95);
        TinyUhhc end = new TinyUhhc().set("c1", "p1", "s1", 85, 95);
        end.timeWindowMet = "at_service_end";
        end.costComponents = "{\"travel_time\": 1, \"total_tardiness\": 1, \"highest_tardiness\": 2}";

        UhhcEvaluation atStart = evaluate(start);
        UhhcEvaluation atEnd = evaluate(end);

        assertOnly(atStart, Kind.TARDINESS);
        assertThat(atStart.value(UhhcComponent.TOTAL_TARDINESS)).isEqualTo(25);
        assertThat(atEnd.violations()).isEmpty();
        assertThat(atEnd.value(UhhcComponent.TOTAL_TARDINESS)).isEqualTo(35);
        assertThat(atEnd.objective()).isEqualTo(atEnd.value(UhhcComponent.TRAVEL_TIME) + 35 + 2 * 35);
    }

    @Test
    void lunchBreaks_compliantLateOrMissing() {
        TinyUhhc compliant = TinyUhhc.withLunch();
        compliant.set("c1", "p3", "lunch_break", 100, 130);
        TinyUhhc early = TinyUhhc.withLunch();
        early.set("c1", "p3", "lunch_break", 90, 130);
        TinyUhhc missing = TinyUhhc.withLunch();

        UhhcEvaluation ok = evaluate(compliant);
        assertThat(ok.violations()).isEmpty();
        assertThat(ok.value(UhhcComponent.MISSED_LUNCH_BREAK)).isZero();
        assertThat(ok.value(UhhcComponent.TRAVEL_TIME)).isEqualTo(60);
        assertThat(ok.value(UhhcComponent.TOTAL_WAITING_TIME)).isEqualTo(100 + 20);
        assertOnly(evaluate(early), Kind.LUNCH_BREAK_NOT_COMPLIANT);
        assertThat(evaluate(missing).violations()).isEmpty();
        assertThat(evaluate(missing).objective()).isEqualTo(60 + 2);
    }

    @Test
    void lunchEntitlement_withoutLunchWeight_isAHardRule() {
        TinyUhhc tiny = TinyUhhc.withLunch();
        tiny.costComponents = "{\"travel_time\": 1}";

        assertOnly(evaluate(tiny), Kind.MISSED_LUNCH_BREAK);
    }
}
