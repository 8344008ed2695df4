package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.A;
import static org.careroute.core.internal.verify.VerifyFixtures.B;
import static org.careroute.core.internal.verify.VerifyFixtures.C;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;
import static org.careroute.core.internal.verify.VerifyFixtures.visit;
import static org.careroute.core.internal.verify.VerifyFixtures.window;
import static org.careroute.core.internal.verify.VerifyFixtures.withDemand;
import static org.careroute.core.internal.verify.VerifyFixtures.withPriority;
import static org.careroute.core.internal.verify.VerifyFixtures.withSkills;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;
import org.careroute.core.api.explain.UnassignedReason.Kind;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.explain.PlanExplainer;
import org.careroute.core.internal.travel.TravelMatrices;
import org.junit.jupiter.api.Test;

/** Constructed problems where a visit cannot be placed for one known reason: the explanation names that reason. */
class PlanExplainerTest {

    private static final Shift DAY_SHIFT = shift("s1", at(8, 0), at(16, 0));

    @Test
    void noCaregiverHasAllSkills_reasonIsMissingSkillNamingWhatEachLacks() {
        Visit x = withSkills(visit("x", A, 10), "nurse", "physio");
        Problem problem = problem(List.of(caregiver("c1", Set.of("nurse"), Caregiver.UNLIMITED_CAPACITY, DAY_SHIFT),
                caregiver("c2", Set.of("physio"), Caregiver.UNLIMITED_CAPACITY, shift("s2", at(8, 0), at(16, 0)))),
                List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.MISSING_SKILL);
        assertThat(reason.message()).contains("nurse, physio").contains("c1 lacks physio").contains(
                "c2 lacks nurse");
    }

    @Test
    void skillHeldByNobody_reasonNamesTheSkill() {
        Visit x = withSkills(visit("x", A, 10), "wound-care");
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.MISSING_SKILL);
        assertThat(reason.message()).contains("skill wound-care");
    }

    @Test
    void qualifiedShiftsOnAnotherDay_reasonIsNoShiftAtThatTime() {
        TimeWindow nextDay = new TimeWindow(at(9, 0).plusSeconds(86_400), at(10, 0).plusSeconds(86_400));
        Visit x = withSkills(visit("x", A, 10, nextDay), "nurse");
        Problem problem = problem(List.of(caregiver("c1", Set.of("nurse"), Caregiver.UNLIMITED_CAPACITY,
                DAY_SHIFT)), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.NO_SHIFT_AT_THAT_TIME);
        assertThat(reason.message()).contains("skill nurse").contains("2027-03-02T09:00").contains("s1");
    }

    @Test
    void windowEndsBeforeAnyoneCanArrive_reasonIsArrivesLateWithTheEarliestArrival() {
        // Base to C is 20 min: from 08:00 the earliest arrival is 08:20, the window ends 08:10.
        Visit x = visit("x", C, 10, window(8, 0, 8, 10));
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT), caregiver("c2", shift("s2", at(8, 5), at(
                16, 0)))), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.ARRIVES_LATE);
        assertThat(reason.shiftCount()).isEqualTo(2);
        assertThat(reason.shiftId()).isEqualTo("s1");
        assertThat(reason.amount()).isEqualTo(600);
        assertThat(reason.message()).contains("All 2 qualified shifts").contains("08:20").contains("08:10");
    }

    @Test
    void mandatoryVisitALittleLate_reasonSaysInsertingBeatsLeavingItOut() {
        Visit x = withPriority(visit("x", C, 10, window(8, 0, 8, 10)), 1, true);
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.ARRIVES_LATE);
        assertThat(reason.message()).contains("would cost 600 hard, less than leaving it out (costs 3600 hard")
                .contains("solve longer");
    }

    @Test
    void optionalVisitLate_reasonHasNoSolverNote() {
        Visit x = visit("x", C, 10, window(8, 0, 8, 10));
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.ARRIVES_LATE);
        assertThat(reason.message()).doesNotContain("solve longer");
    }

    @Test
    void visitTooLongForTheShift_reasonIsShiftEndByTheOverrun() {
        // 08:00 + 20 min drive + 30 min + 20 min back = 09:10, 10 min after the shift end.
        Visit x = visit("x", C, 30);
        Problem problem = problem(List.of(caregiver("c1", shift("s1", at(8, 0), at(9, 0)))), List.of(x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.SHIFT_END);
        assertThat(reason.amount()).isEqualTo(600);
        assertThat(reason.message()).contains("c1").contains("10 min").contains("s1");
    }

    @Test
    void insertionPushesAPlannedVisitLate_reasonIsDelaysOtherVisits() {
        // Route: A at 08:10 (window 08:10-08:20, 10 min). x at B (window until 08:15, 5 min): before A it makes A
        // start at 08:25 (5 min late); after A it arrives at 08:25 itself (10 min late).
        Visit a = visit("a", A, 10, window(8, 10, 8, 20));
        Visit x = visit("x", B, 5, window(8, 0, 8, 15));
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(a, x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of("s1", List.of("a"))), "x");

        assertThat(reason.kind()).isEqualTo(Kind.DELAYS_OTHER_VISITS);
        assertThat(reason.amount()).isEqualTo(300);
        assertThat(reason.message()).contains("5 min").contains("first in the route");
    }

    @Test
    void capacityFull_reasonIsCapacity() {
        Visit a = withDemand(visit("a", A, 10), 1);
        Visit x = withDemand(visit("x", B, 10), 1);
        Problem problem = problem(List.of(caregiver("c1", Set.of(), 1, DAY_SHIFT)), List.of(a, x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of("s1", List.of("a"))), "x");

        assertThat(reason.kind()).isEqualTo(Kind.CAPACITY);
        assertThat(reason.amount()).isEqualTo(1);
        assertThat(reason.message()).contains("demand of 2").contains("capacity of 1");
    }

    @Test
    void leavingOutIsFree_reasonIsCostsMoreThanLeavingOut() {
        Visit x = visit("x", C, 10);
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(x), Map.of("visit-unassigned", 0L));

        UnassignedReason reason = onlyReason(explain(problem, Map.of()), "x");

        assertThat(reason.kind()).isEqualTo(Kind.COSTS_MORE_THAN_LEAVING_OUT);
        assertThat(reason.amount()).isEqualTo(2400);
        assertThat(reason.message()).contains("2400 soft").contains("0 medium");
    }

    @Test
    void visitFitsEasily_reasonIsInsertableWithThePosition() {
        Visit a = visit("a", A, 10);
        Visit x = withPriority(visit("x", B, 10), 3, false);
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(a, x));

        UnassignedReason reason = onlyReason(explain(problem, Map.of("s1", List.of("a"))), "x");

        assertThat(reason.kind()).isEqualTo(Kind.INSERTABLE);
        // base-A-base = 1200 s; base-B-A-base (first of the equally cheap positions) = 1800 s: 600 s more.
        assertThat(reason.amount()).isEqualTo(600);
        assertThat(reason.message()).contains("first in the route").contains("3 medium").contains("solve longer");
    }

    @Test
    void constructedPlan_breakdownAddsUpAndListsMatches() {
        Visit a = visit("a", A, 10, window(8, 0, 8, 5));
        Visit x = withPriority(visit("x", C, 10, window(8, 0, 8, 10)), 2, false);
        Problem problem = problem(List.of(caregiver("c1", DAY_SHIFT)), List.of(a, x));

        Explanation explanation = explain(problem, Map.of("s1", List.of("a")));

        ConstraintBreakdown late = breakdown(explanation, CareConstraint.VISIT_TIME_WINDOW);
        assertThat(late.totalAmount()).isEqualTo(300);
        assertThat(late.matches()).singleElement().satisfies(m -> assertThat(m.visitId()).isEqualTo("a"));
        assertThat(breakdown(explanation, CareConstraint.TRAVEL_TIME).totalPenalty()).isEqualTo(1200);
        assertThat(breakdown(explanation, CareConstraint.VISIT_UNASSIGNED).totalPenalty()).isEqualTo(2);
        assertThat(breakdown(explanation, CareConstraint.TRAVEL_DISTANCE).matches()).isEmpty();
        assertThat(explanation.score()).isEqualTo("-300hard/-2medium/-1200soft");
        assertThat(explanation.planProblems()).isEmpty();
    }

    private static ConstraintBreakdown breakdown(Explanation explanation, CareConstraint constraint) {
        return explanation.constraints().stream().filter(c -> c.constraint() == constraint).findFirst().orElseThrow();
    }

    private static UnassignedReason onlyReason(Explanation explanation, String visitId) {
        assertThat(explanation.planProblems()).isEmpty();
        UnassignedExplanation unassigned = explanation.unassignedVisits().stream().filter(u -> u.visitId().equals(
                visitId)).findFirst().orElseThrow();
        assertThat(unassigned.reasons()).hasSize(1);
        return unassigned.reasons().get(0);
    }

    /** Explains a consistent plan with the given routes (visit ids per shift id); every other visit unassigned. */
    private static Explanation explain(Problem problem, Map<String, List<String>> routeIds) {
        return PlanExplainer.explain(problem, consistentPlan(problem, routeIds));
    }

    static Plan consistentPlan(Problem problem, Map<String, List<String>> routeIds) {
        TravelMatrices travel = TravelMatrices.build(problem);
        List<ShiftPlan> shiftPlans = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                List<Visit> visits = routeIds.getOrDefault(shift.id(), List.of()).stream().map(id -> problem.visits()
                        .stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow()).toList();
                RouteSimulation.Route route = new RouteSimulation(travel.forMode(caregiver.transportMode()), travel
                        .locationIndex()).simulate(caregiver, shift, visits);
                List<PlannedVisit> planned = route.stops().stream().map(s -> new PlannedVisit(s.visit().id(),
                        Instant.ofEpochSecond(s.arrival()), Instant.ofEpochSecond(s.start()), Instant.ofEpochSecond(s
                                .end()),
                        s.waitingSeconds(), s.leg())).toList();
                visits.forEach(v -> served.add(v.id()));
                shiftPlans.add(new ShiftPlan(shift.id(), caregiver.id(), shift.start(), Instant.ofEpochSecond(route
                        .returnTime()), planned, route.returnLeg(), route.travelSeconds(), route.distanceMeters()));
            }
        }
        List<UnassignedVisit> unassigned = problem.visits().stream().filter(v -> !served.contains(v.id())).map(
                v -> new UnassignedVisit(v.id(), v.mandatory(), List.of())).toList();
        long travelSeconds = shiftPlans.stream().mapToLong(ShiftPlan::travelSeconds).sum();
        long meters = shiftPlans.stream().mapToLong(ShiftPlan::distanceMeters).sum();
        PlanSummary summary = new PlanSummary(0, 0, 0, true, served.size(), unassigned.size(), travelSeconds, meters,
                0, 0);
        return new Plan(problem.name(), "0hard/0medium/0soft", summary, shiftPlans, unassigned);
    }
}
