package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

/** ConstraintVerifier tests of {@code dependency-both-or-none}: the two visits of such a dependency go together. */
class DependencyBothOrNoneTest {

    private static final CareDependency BOTH_OR_NONE = new CareDependency("before", "after", 600, 7200, true, true);

    private static CareSchedule schedule(List<CareShift> shifts, List<CareVisit> visits, CareDependency... links) {
        CareSchedule schedule = new CareSchedule(shifts, new ArrayList<>(visits), ConstraintWeightOverrides.none());
        schedule.setDependencies(List.of(links));
        return schedule;
    }

    @Test
    void bothPlanned_isNotPenalized() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), before), route(shift("t", 8, 0), after)),
                        List.of(before, after), BOTH_OR_NONE))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void neitherPlanned_isNotPenalized() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(before, after), BOTH_OR_NONE))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void onlyTheEarlierVisitPlanned_isPenalizedOnce() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), before)), List.of(before, after),
                        BOTH_OR_NONE))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void onlyTheLaterVisitPlanned_isPenalizedOnce() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("t", 8, 0), after)), List.of(before, after),
                        BOTH_OR_NONE))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void ordinaryDependencyWithOneVisitPlanned_isNotPenalized() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), before)), List.of(before, after),
                        new CareDependency("before", "after", 600, 7200, true)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void twoBrokenPairs_arePenalizedTwice() {
        CareVisit before = visit("before", A, 1800);
        CareVisit after = visit("after", B, 600);
        CareVisit third = visit("third", B, 600);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), before)), List.of(before, after, third),
                        BOTH_OR_NONE, new CareDependency("before", "third", 0, CareDependency.NO_MAX_GAP, false,
                                true)))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void visitWithPartsPlannedWhileItsPartnerIsNot_isPenalizedOnce() {
        List<CareVisit> parts = List.of(visit("before#0", A, 1800), visit("before#1", A, 1800));
        for (int p = 0; p < parts.size(); p++) {
            parts.get(p).linkAsPart("before", p, parts);
        }
        CareVisit after = visit("after", B, 600);
        List<CareVisit> all = new ArrayList<>(parts);
        all.add(after);
        VERIFIER.verifyThat((provider, f) -> LinkedVisitConstraints.bothOrNone(f))
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), parts.get(0)), route(shift("t", 8, 0), parts
                        .get(1))), all, new CareDependency("before#0", "after", 600, 7200, true, true)))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }
}
