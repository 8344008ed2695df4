package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What-if insertion on the shipped sample: ranked places whose score change the independent verifier confirms. */
class RecommendTest {

    private static final Planner PLANNER = Planner.create();
    private static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");

    private static Problem problem;
    private static Plan plan;

    @BeforeAll
    static void solveTheSample() throws Exception {
        Problem sample = CarerouteJson.readProblem(ReplanningTest.sample());
        plan = PLANNER.solve(sample, new SolveOptions(null, null, null, 5_000L, 0L, AssertionMode.NONE));
        List<Visit> visits = new ArrayList<>(sample.visits());
        visits.add(new Visit("call", "client-call", "Phone call: fall, check-up", new GeoLocation(59.385, 13.49),
                Duration.ofMinutes(30), List.of(new TimeWindow(DAY.plusSeconds(4 * 3600), DAY.plusSeconds(8
                        * 3600))),
                Set.of(), 3, false, 0));
        problem = new Problem(sample.name(), sample.timeZone(), sample.timeFormat(), sample.travel(), sample
                .caregivers(), visits, sample.constraintWeights(), sample.clients());
    }

    @Test
    void newVisit_placesAreRankedAndTheScoreChangeMatchesTheVerifier() {
        Recommendations recommendations = PLANNER.recommend(problem, plan, "call", 5);

        assertThat(recommendations.options()).hasSize(5);
        assertThat(recommendations.currentShiftId()).isNull();
        assertThat(recommendations.placesTried()).isGreaterThan(5);
        assertThat(recommendations.options()).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4, 5);
        for (int i = 1; i < 5; i++) {
            Recommendation better = recommendations.options().get(i - 1);
            Recommendation worse = recommendations.options().get(i);
            assertThat(compare(better, worse)).isGreaterThanOrEqualTo(0);
        }
        Recommendation best = recommendations.options().get(0);
        assertThat(best.keepsHardRules()).isTrue();
        assertThat(best.mediumChange()).isEqualTo(3); // priority 3 no longer left out
        assertThat(best.start()).isAfterOrEqualTo(DAY.plusSeconds(4 * 3600)).isBeforeOrEqualTo(DAY.plusSeconds(8
                * 3600));

        PlanSummary without = PLANNER.verify(problem, withCallUnassigned(plan)).recomputed();
        for (Recommendation option : recommendations.options()) {
            PlanSummary with = PLANNER.verify(problem, inserted(plan, option)).recomputed();
            assertThat(with.hardScore() - without.hardScore()).isEqualTo(option.hardChange());
            assertThat(with.mediumScore() - without.mediumScore()).isEqualTo(option.mediumChange());
            assertThat(with.softScore() - without.softScore()).as(option.toString()).isEqualTo(option.softChange());
        }
    }

    @Test
    void plannedVisit_isTakenOutAndItsPlaceIsAnOption() {
        ShiftPlan route = plan.shifts().stream().filter(s -> s.visits().size() > 2).findFirst().orElseThrow();
        String visitId = route.visits().get(1).visitId();

        Recommendations recommendations = PLANNER.recommend(problem, plan, visitId, 3);

        assertThat(recommendations.currentShiftId()).isEqualTo(route.shiftId());
        assertThat(recommendations.options()).isNotEmpty();
        assertThat(plan.shifts()).contains(route); // the plan is not changed
    }

    @Test
    void unknownVisit_isAnInputError() {
        assertThatThrownBy(() -> PLANNER.recommend(problem, plan, "nobody", 3)).isInstanceOf(
                InvalidInputException.class).hasMessageContaining("nobody");
    }

    private static int compare(Recommendation a, Recommendation b) {
        if (a.hardChange() != b.hardChange()) {
            return Long.compare(a.hardChange(), b.hardChange());
        }
        if (a.mediumChange() != b.mediumChange()) {
            return Long.compare(a.mediumChange(), b.mediumChange());
        }
        return Long.compare(a.softChange(), b.softChange());
    }

    /** The plan with the new visit listed as unassigned (the verifier recomputes the score from route order). */
    private static Plan withCallUnassigned(Plan base) {
        List<UnassignedVisit> unassigned = new ArrayList<>(base.unassignedVisits());
        unassigned.add(new UnassignedVisit("call", false, List.of()));
        return new Plan(base.problemName(), base.score(), base.summary(), base.shifts(), unassigned);
    }

    private static Plan inserted(Plan base, Recommendation option) {
        List<ShiftPlan> shifts = new ArrayList<>();
        for (ShiftPlan shift : base.shifts()) {
            if (!shift.shiftId().equals(option.shiftId())) {
                shifts.add(shift);
                continue;
            }
            List<PlannedVisit> visits = new ArrayList<>(shift.visits());
            visits.add(option.position(), new PlannedVisit("call", option.arrival(), option.start(), option.end(), 0,
                    Leg.NONE));
            shifts.add(new ShiftPlan(shift.shiftId(), shift.caregiverId(), shift.departure(), shift.returnTime(),
                    visits, shift.returnLeg(), shift.travelSeconds(), shift.distanceMeters()));
        }
        return new Plan(base.problemName(), base.score(), base.summary(), shifts, base.unassignedVisits());
    }
}
