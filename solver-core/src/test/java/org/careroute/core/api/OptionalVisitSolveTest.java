package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedReason;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.junit.jupiter.api.Test;

/**
 * Optional visits weighed against soft costs, solved end to end through the planner and re-checked by the verifier.
 * Travel: base 0, near patient 1 (10 min away), far patient 2 (2 h away).
 */
class OptionalVisitSolveTest {

    private static final Instant T = Instant.parse("2027-03-01T07:00:00Z");
    private static final long[][] SECONDS = {{0, 600, 7200}, {600, 0, 7200}, {7200, 7200, 0}};
    private final Planner planner = Planner.create();

    private static SolveOptions options() {
        return SolveOptions.defaults().withMoveCountLimit(2000L).withTimeLimit(null).withSeed(3);
    }

    private static Visit valued(String id, int location, long value) {
        return new Visit(id, null, null, new MatrixLocation(location), Duration.ofMinutes(20), List.of(new TimeWindow(
                T, T.plusSeconds(8 * 3600))), Set.of(), 1, false, 0, VisitCare.valued(value), VisitLinks.NONE);
    }

    private static Problem problem(List<Visit> visits) {
        Shift shift = new Shift("s", T, T.plusSeconds(10 * 3600), new MatrixLocation(0), new MatrixLocation(0));
        Caregiver caregiver = new Caregiver("c", null, Set.of(), null, Caregiver.UNLIMITED_CAPACITY, List.of(shift));
        return new Problem("optional", null, TimeFormat.NUMBER, new MatrixTravel(SECONDS, SECONDS), List.of(
                caregiver), visits, Map.of());
    }

    @Test
    void visitWorthMoreThanItsDrive_isPlanned_andOneWorthLess_isLeftOut() {
        // near: 1 200 s of driving for a value of 3 000; far: 14 400 s of driving for a value of 3 000
        Problem problem = problem(List.of(valued("near", 1, 3000), valued("far", 2, 3000)));

        Plan plan = planner.solve(problem, options());

        assertThat(plan.shifts().getFirst().visits()).extracting(v -> v.visitId()).containsExactly("near");
        assertThat(plan.unassignedVisits()).extracting(v -> v.visitId()).containsExactly("far");
        assertThat(plan.summary().mediumScore()).isZero();
        assertThat(plan.summary().softScore()).isEqualTo(-(1200 + 3000));
        VerificationReport report = planner.verify(problem, plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
    }

    @Test
    void explanation_listsTheValueLost_andWhyTheVisitIsLeftOut() {
        Problem problem = problem(List.of(valued("near", 1, 3000), valued("far", 2, 3000)));
        Plan plan = planner.solve(problem, options());

        Explanation explanation = planner.explain(problem, plan);

        ConstraintBreakdown value = explanation.constraints().stream()
                .filter(c -> c.constraint() == CareConstraint.OPTIONAL_VISIT_VALUE).findFirst().orElseThrow();
        assertThat(value.totalPenalty()).isEqualTo(3000);
        assertThat(value.matches()).singleElement().satisfies(m -> assertThat(m.visitId()).isEqualTo("far"));
        UnassignedReason reason = explanation.unassignedVisits().getFirst().reasons().getFirst();
        assertThat(reason.kind()).isEqualTo(UnassignedReason.Kind.COSTS_MORE_THAN_LEAVING_OUT);
        assertThat(reason.message()).contains("value 3000").contains("optional-visit-value");
    }

    @Test
    void farVisitWorthMoreThanItsDrive_isPlanned() {
        Problem problem = problem(List.of(valued("far", 2, 20_000)));

        Plan plan = planner.solve(problem, options());

        assertThat(plan.unassignedVisits()).isEmpty();
        assertThat(plan.summary().softScore()).isEqualTo(-14_400);
    }

    @Test
    void visitWithPriority_isPlannedHoweverFar() {
        Visit far = new Visit("far", null, null, new MatrixLocation(2), Duration.ofMinutes(20), List.of(), Set.of(),
                1, false, 0);
        Plan plan = planner.solve(problem(List.of(far)), options());

        assertThat(plan.unassignedVisits()).isEmpty();
    }

    /** Two optional visits at patient 1, the second {@code minGap} after the first starts, both or neither. */
    private static List<Visit> pair(Duration minGap) {
        Visit first = new Visit("first", null, null, new MatrixLocation(1), Duration.ofMinutes(20), List.of(), Set.of(),
                1, false, 0);
        Visit second = new Visit("second", null, null, new MatrixLocation(1), Duration.ofMinutes(20), List.of(), Set
                .of(), 1, false, 0, VisitCare.NONE,
                new VisitLinks(List.of(), List.of(new VisitDependency("first",
                        minGap, null, VisitDependency.GapFrom.START, true)), null, null));
        return List.of(first, second);
    }

    @Test
    void bothOrNonePairThatFits_isPlannedWhole() {
        Problem problem = problem(pair(Duration.ofHours(2)));

        Plan plan = planner.solve(problem, options());

        assertThat(plan.unassignedVisits()).isEmpty();
        assertThat(planner.verify(problem, plan).violations()).isEmpty();
    }

    @Test
    void bothOrNonePairWhoseSecondVisitCannotFit_isLeftOutWhole() {
        // the shift lasts 10 h: the second visit cannot start 11 h after the first
        Problem problem = problem(pair(Duration.ofHours(11)));

        Plan plan = planner.solve(problem, options());

        assertThat(plan.shifts().getFirst().visits()).isEmpty();
        assertThat(plan.unassignedVisits()).extracting(v -> v.visitId()).containsExactlyInAnyOrder("first", "second");
        assertThat(plan.summary().hardScore()).isZero();
        assertThat(planner.verify(problem, plan).violations()).isEmpty();
    }
}
