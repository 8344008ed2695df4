package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;
import org.junit.jupiter.api.Test;

class UhhcPlansTest {

    private final UhhcMapping mapping = UhhcProblems.toProblem(new TinyUhhc().instance());

    private static PlannedVisit visit(String id, long startMinutes) {
        return part(id, startMinutes, PlannedVisit.NO_PART);
    }

    private static PlannedVisit part(String id, long startMinutes, int part) {
        Instant start = Instant.ofEpochSecond(startMinutes * 60);
        return new PlannedVisit(id, start, start, start.plusSeconds(600), 0, Leg.NONE, part);
    }

    private static Plan plan(List<PlannedVisit> c1, List<PlannedVisit> c2) {
        return plan(c1, c2, List.of());
    }

    private static Plan plan(List<PlannedVisit> c1, List<PlannedVisit> c2, List<PlannedBreak> c1Breaks) {
        List<ShiftPlan> shifts = new ArrayList<>();
        shifts.add(new ShiftPlan("c1", "c1", Instant.EPOCH, Instant.EPOCH, c1, Leg.NONE, 0, 0, c1Breaks));
        shifts.add(new ShiftPlan("c2", "c2", Instant.EPOCH, Instant.EPOCH, c2, Leg.NONE, 0, 0));
        return new Plan("tiny", "0hard/0medium/0soft", new PlanSummary(0, 0, 0, true, 6, 0, 0, 0, 0, 2), shifts, List
                .of());
    }

    @Test
    void careroutePlan_becomesTheValidSolutionWithItsTimesInUnits() {
        Plan plan = plan(List.of(visit("p1/s1", 20), part("p2/s1+s2", 50, 0), visit("p3/s1", 70)), List.of(part(
                "p2/s1+s2", 50, 1), visit("p3/s2", 90), visit("p4/s1", 110)));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(mapping.instance(), UhhcSolutionWriter.toSolution(mapping
                .instance(), routes));

        assertThat(routes.getFirst().stops()).containsExactly(UhhcStop.service("p1", "s1", 20, 30), UhhcStop.service(
                "p2", "s1", 50, 60), UhhcStop.service("p3", "s1", 70, 80));
        assertThat(routes.get(1).stops().getFirst()).isEqualTo(UhhcStop.service("p2", "s2", 50, 60));
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(60);
    }

    @Test
    void shiftBreak_becomesALunchStopAtTheVisitedPatient() {
        TinyUhhc tiny = TinyUhhc.withLunch();
        UhhcMapping lunchMapping = UhhcProblems.toProblem(tiny.instance());
        PlannedBreak lunch = new PlannedBreak(0, Instant.ofEpochSecond(100 * 60), Instant.ofEpochSecond(130 * 60),
                "p3/s1");
        Plan plan = plan(List.of(visit("p1/s1", 20), part("p2/s1+s2", 50, 0), visit("p3/s1", 70)), List.of(part(
                "p2/s1+s2", 50, 1), visit("p3/s2", 90), visit("p4/s1", 110)), List.of(lunch));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(lunchMapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(lunchMapping.instance(), UhhcSolutionWriter.toSolution(
                lunchMapping.instance(), routes));

        assertThat(routes.getFirst().stops().getLast()).isEqualTo(UhhcStop.lunchBreak("p3", 100, 130));
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.value(UhhcComponent.MISSED_LUNCH_BREAK)).isZero();
        assertThat(evaluation.value(UhhcComponent.TRAVEL_TIME)).isEqualTo(60);
    }

    @Test
    void breakOnTheFirstDrive_isWrittenAtAServedPatientReachedInTimeForIt() {
        TinyUhhc tiny = TinyUhhc.withLunch();
        tiny.c1Shift = "[95, 300]";
        tiny.timeWindowMet = "at_service_end";
        // p3 is 40 from the depot: careroute stops for lunch at 105 on the way, arriving at 120 would start it late
        UhhcMapping far = UhhcProblems.toProblem(UhhcReader.parseInstance(tiny.instanceJson().replace(
                "[[0, 10, 10, 10, 10]", "[[0, 10, 10, 40, 10]").replace("[10, 5, 5, 0, 5]", "[40, 5, 5, 0, 5]"),
                "tiny.json"));
        PlannedBreak lunch = new PlannedBreak(0, Instant.ofEpochSecond(105 * 60), Instant.ofEpochSecond(135 * 60),
                null);
        Plan plan = plan(List.of(visit("p3/s1", 165)), List.of(visit("p1/s1", 20)), List.of(lunch));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(far, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(far.instance(), UhhcSolutionWriter.toSolution(far
                .instance(), routes));

        // at careroute's time, at p1 (10 from the depot, 5 from p3) rather than at p3 on arrival (135, late)
        assertThat(routes.getFirst().stops()).containsExactly(UhhcStop.lunchBreak("p1", 105, 135), UhhcStop.service(
                "p3", "s1", 165, 175));
        assertThat(evaluation.violations()).noneMatch(v -> v.kind() == UhhcViolation.Kind.LUNCH_BREAK_NOT_COMPLIANT
                || v.kind() == UhhcViolation.Kind.TRAVEL_TIME_INCONSISTENT);
        assertThat(evaluation.value(UhhcComponent.MISSED_LUNCH_BREAK)).isZero();
    }

    @Test
    void optionalPatientServedInPart_isWrittenAsNotVisited() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"travel_time\": 1, \"optional_patients\": 100}";
        UhhcMapping optional = UhhcProblems.toProblem(UhhcReader.parseInstance(tiny.instanceJson().replace(
                "\"distance\": [10, 30]}", "\"distance\": [10, 30]}, \"optional\": true"), "tiny.json"));
        Plan plan = plan(List.of(visit("p1/s1", 20), part("p2/s1+s2", 50, 0), visit("p3/s1", 70)), List.of(part(
                "p2/s1+s2", 50, 1), visit("p4/s1", 110)));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(optional, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(optional.instance(), UhhcSolutionWriter.toSolution(optional
                .instance(), routes));

        assertThat(routes.getFirst().stops()).extracting(UhhcStop::patient).containsExactly("p1", "p2");
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.value(UhhcComponent.OPTIONAL_PATIENTS)).isEqualTo(1);
    }

    @Test
    void caregiverWithoutVisits_lunchesAtTheDepartingPoint() {
        TinyUhhc tiny = TinyUhhc.withLunch();
        UhhcMapping lunchMapping = UhhcProblems.toProblem(tiny.instance());

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(lunchMapping, plan(List.of(), List.of()));

        assertThat(routes.getFirst().stops()).containsExactly(UhhcStop.lunchBreak("d0", 100, 130));
        assertThat(routes.get(1).stops()).isEmpty();
    }

    @Test
    void startEarlierThanTheMatrixAllows_isMovedToPreviousEndPlusDistance() {
        Plan plan = plan(List.of(visit("p1/s1", 20), visit("p4/s1", 33)), List.of());

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);

        assertThat(routes.getFirst().stops().get(1)).isEqualTo(UhhcStop.service("p4", "s1", 35, 45));
    }

    @Test
    void visitOfAnotherProblem_isRefused() {
        Plan plan = plan(List.of(visit("p9/s1", 20)), List.of());

        assertThatThrownBy(() -> UhhcPlans.toRoutes(mapping, plan)).hasMessageContaining("p9/s1");
    }

    @Test
    void firstStartWhoseDepotDepartureRoundsUp_isRaisedUntilTheSpecsRoundTripHolds() {
        // InstanzCPLEX_HCSRP_75_1: (545.3666666666667 - 31.113) + 31.113 is one unit in the last place above the start
        double start = 545.3666666666667;
        double travel = 31.113;
        assertThat((start - travel) + travel).isGreaterThan(start);

        double fixed = UhhcPlans.departureConsistent(start, travel);

        assertThat(fixed).isGreaterThan(start).isLessThan(start + 1e-9);
        assertThat((fixed - travel) + travel).isLessThanOrEqualTo(fixed);
    }

    @Test
    void firstStartWithAnExactRoundTrip_isKept() {
        assertThat(UhhcPlans.departureConsistent(20.0, 8.0)).isEqualTo(20.0);
    }

    private static PlannedVisit visitAtSecond(String id, long startSeconds) {
        Instant start = Instant.ofEpochSecond(startSeconds);
        return new PlannedVisit(id, start, start, start.plusSeconds(600), 0, Leg.NONE, PlannedVisit.NO_PART);
    }

    @Test
    void sequentialPairAtTheMinimumGap_staysValidInTheSpecsDoubleArithmetic() {
        // 7634 s and 8234 s are 10 units apart, but 7634 / 60 + 10 > 8234 / 60 in doubles
        assertThat(7634 / 60.0 + 10).isGreaterThan(8234 / 60.0);
        Plan plan = plan(List.of(visit("p1/s1", 20), part("p2/s1+s2", 50, 0), visitAtSecond("p3/s1", 7634)), List
                .of(part("p2/s1+s2", 50, 1), visitAtSecond("p3/s2", 8234), visit("p4/s1", 160)));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(mapping.instance(), UhhcSolutionWriter.toSolution(mapping
                .instance(), routes));

        assertThat(evaluation.violations()).isEmpty();
    }

    @Test
    void sequentialPairAtTheMaximumGap_staysValidInTheSpecsDoubleArithmetic() {
        // 3008 s and 4808 s are 30 units apart, but 3008 / 60 + 30 < 4808 / 60 in doubles
        assertThat(3008 / 60.0 + 30).isLessThan(4808 / 60.0);
        Plan plan = plan(List.of(visit("p1/s1", 20), visitAtSecond("p3/s1", 3008), part("p2/s1+s2", 100, 0)), List
                .of(visitAtSecond("p3/s2", 4808), part("p2/s1+s2", 100, 1), visit("p4/s1", 120)));

        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(mapping.instance(), UhhcSolutionWriter.toSolution(mapping
                .instance(), routes));

        assertThat(evaluation.violations()).isEmpty();
    }
}
