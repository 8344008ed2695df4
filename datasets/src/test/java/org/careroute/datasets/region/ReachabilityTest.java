package org.careroute.datasets.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careroute.core.api.Planner;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason.Kind;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.datasets.region.GeneratedDay.Cause;
import org.careroute.datasets.region.GeneratedDay.MadeOptional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mandatory visit of a generated day can be served by at least one qualified shift on a route of its own, as
 * careroute's explanation (the verifier's route simulation: drive from the shift's start location and back, breaks)
 * finds it, and all of them together: the day comes with a plan that serves every mandatory visit and that the
 * verifier accepts. Every profile, seeds 1-20, the default size and a large one.
 */
class ReachabilityTest {

    static Stream<Arguments> defaultDays() {
        List<Arguments> days = new ArrayList<>();
        for (String region : RegionProfiles.ids()) {
            for (long seed = 1; seed <= 20; seed++) {
                days.add(Arguments.of(region, seed));
            }
        }
        return days.stream();
    }

    static Stream<Arguments> largeDays() {
        return RegionProfiles.ids().stream().flatMap(region -> Stream.of(Arguments.of(region, 1L), Arguments.of(
                region, 2L)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("defaultDays")
    void defaultSize_everyMandatoryVisitIsReachable(String region, long seed) {
        RegionProfile profile = RegionProfiles.byId(region);
        checkReachable(new GenerateRequest(profile, RegionGenerator.typicalVisits(profile, 30, 1), 30, 1, seed,
                null));
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("largeDays")
    void largeSize_everyMandatoryVisitIsReachable(String region, long seed) {
        RegionProfile profile = RegionProfiles.byId(region);
        checkReachable(new GenerateRequest(profile, RegionGenerator.typicalVisits(profile, 120, 1), 120, 1, seed,
                null));
    }

    private static void checkReachable(GenerateRequest request) {
        GeneratedDay day = RegionGenerator.generateDay(request);
        Problem problem = day.problem();
        List<UnassignedVisit> none = problem.visits().stream().map(v -> new UnassignedVisit(v.id(), v.mandatory(),
                List.of())).toList();
        List<UnassignedExplanation> explained = Planner.create().explain(problem, new Plan(problem.name(), null,
                null, List.of(), none)).unassignedVisits();
        Map<String, Visit> visits = problem.visits().stream().collect(Collectors.toMap(Visit::id, v -> v));
        for (UnassignedExplanation e : explained) {
            if (visits.get(e.visitId()).mandatory()) {
                assertThat(e.reasons()).as("mandatory visit %s (%s)", e.visitId(), e.visitName()).anyMatch(r -> r
                        .kind() == Kind.INSERTABLE || r.kind() == Kind.COSTS_MORE_THAN_LEAVING_OUT);
            }
        }
        VerificationReport verified = Planner.create().verify(problem, day.mandatoryPlan());
        assertThat(verified.violations()).as("violations of the plan of the mandatory visits").isEmpty();
        Set<String> planned = day.mandatoryPlan().shifts().stream().flatMap(s -> s.visits().stream()).map(
                PlannedVisit::visitId).collect(Collectors.toSet());
        assertThat(planned).as("planned visits").containsAll(problem.visits().stream().filter(Visit::mandatory).map(
                Visit::id).toList());
        Set<String> reported = new java.util.HashSet<>();
        for (MadeOptional m : day.madeOptional()) {
            assertThat(visits.get(m.visitId()).mandatory()).isFalse();
            assertThat(m.reason()).isNotBlank();
            assertThat(reported.add(m.visitId())).isTrue();
        }
        long mandatory = problem.visits().stream().filter(Visit::mandatory).count();
        // windows follow the drive from a base where the team works that day: few visits are out of reach at all
        assertThat(day.count(Cause.UNREACHABLE)).as("visits made optional as unreachable").isLessThanOrEqualTo(
                Math.max(1, mandatory / 50));
        // contention for the same nurse's hour is rare: one or two visits a day where it happens
        assertThat(day.count(Cause.CONTENDED)).as("visits made optional as contended").isLessThanOrEqualTo(
                Math.max(2, mandatory / 50));
    }
}
