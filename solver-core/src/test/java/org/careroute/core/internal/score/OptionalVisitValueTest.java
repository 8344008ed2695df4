package org.careroute.core.internal.score;

import static org.careroute.core.internal.score.ScheduleFixture.A;
import static org.careroute.core.internal.score.ScheduleFixture.B;
import static org.careroute.core.internal.score.ScheduleFixture.VERIFIER;
import static org.careroute.core.internal.score.ScheduleFixture.route;
import static org.careroute.core.internal.score.ScheduleFixture.schedule;
import static org.careroute.core.internal.score.ScheduleFixture.shift;
import static org.careroute.core.internal.score.ScheduleFixture.visit;
import static org.careroute.core.internal.score.ScheduleFixture.visitWith;

import java.util.List;
import org.careroute.core.internal.domain.CareVisit;
import org.junit.jupiter.api.Test;

/** ConstraintVerifier tests of {@code optional-visit-value} and how it replaces the medium-level priority. */
class OptionalVisitValueTest {

    private static CareVisit valued(String id, int location, long value) {
        CareVisit visit = visitWith(id, location, 600, 0, 1, false, 0);
        visit.weighByValue(value);
        return visit;
    }

    @Test
    void unplannedVisitWithAValue_isPenalizedByItsValue() {
        CareVisit v = valued("v", A, 1800);
        CareVisit w = valued("w", B, 700);
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v, w)))
                .settingAllShadowVariables()
                .penalizesBy(2500);
    }

    @Test
    void plannedVisitWithAValue_isNotPenalized() {
        CareVisit v = valued("v", A, 1800);
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), v)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unplannedVisitWithAValue_costsNothingOnTheMediumLevel() {
        CareVisit v = valued("v", A, 1800);
        VERIFIER.verifyThat(CareConstraintProvider::visitUnassigned)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unplannedVisitWithoutAValue_isNotPenalizedOnTheSoftLevel() {
        CareVisit v = visit("v", A, 600);
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unplannedVisitWorthNothing_hasNoImpact() {
        CareVisit v = valued("v", A, 0);
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), List.of(v)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unplannedVisitWithThreeParts_losesItsValueOnce() {
        List<CareVisit> parts = List.of(visit("p#0", A, 600), visit("p#1", A, 600), visit("p#2", A, 600));
        for (int p = 0; p < parts.size(); p++) {
            parts.get(p).linkAsPart("p", p, parts);
            parts.get(p).weighByValue(1000);
        }
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(shift("s", 8, 0)), parts))
                .settingAllShadowVariables()
                .penalizesBy(1000);
    }

    @Test
    void partlyPlannedVisitWithParts_losesTheShareOfTheMissingPart() {
        List<CareVisit> parts = List.of(visit("p#0", A, 600), visit("p#1", A, 600), visit("p#2", A, 600));
        for (int p = 0; p < parts.size(); p++) {
            parts.get(p).linkAsPart("p", p, parts);
            parts.get(p).weighByValue(1000);
        }
        // value / 3 = 333 per part, the first part 334: parts 0 and 1 planned, part 2 missing
        VERIFIER.verifyThat(CareConstraintProvider::optionalVisitValue)
                .givenSolution(schedule(List.of(route(shift("s", 8, 0), parts.get(0)), route(shift("t", 8, 0), parts
                        .get(1))), parts))
                .settingAllShadowVariables()
                .penalizesBy(333);
    }
}
